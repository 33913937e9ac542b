<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO">
<context>
    <name>AttentionPanel</name>
    <message>
        <source>All (%1)</source>
        <translation>Toate (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Necesită atenție</translation>
    </message>
    <message>
        <source>Customers to look at now, and why</source>
        <translation>Clienți de urmărit acum, și de ce</translation>
    </message>
    <message>
        <source>Show only one kind of attention</source>
        <translation>Afișează un singur tip de atenționare</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afișează</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Deschide clientul</translation>
    </message>
    <message>
        <source>Nothing needs your attention here.</source>
        <translation>Nimic de aici nu necesită atenția ta.</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open the customer</source>
        <translation>Apasă Enter sau fă dublu clic pentru a deschide clientul</translation>
    </message>
</context>
<context>
    <name>AttentionTableModel</name>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Din</translation>
    </message>
    <message>
        <source>Client as master</source>
        <translation>Clientul-stăpân</translation>
    </message>
    <message>
        <source>Disengage candidates</source>
        <translation>Candidați pentru dezangajare</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Reveniri întârziate</translation>
    </message>
    <message>
        <source>Gone quiet</source>
        <translation>Relații tăcute</translation>
    </message>
    <message>
        <source>Client acting as master</source>
        <translation>Client care se poartă ca un stăpân</translation>
    </message>
    <message>
        <source>Follow-up overdue (due today)</source>
        <translation>Revenire întârziată (scadentă azi)</translation>
    </message>
    <message>
        <source>Client acting as master: turn the relationship back into a partnership between equals (see the Principles tab).</source>
        <translation>Client care se poartă ca un stăpân: readu relația la un parteneriat între egali (vezi fila Principii).</translation>
    </message>
    <message>
        <source>Disengage candidate: %1</source>
        <translation>Candidat pentru dezangajare: %1</translation>
    </message>
    <message numerus="yes">
        <source>Follow-up overdue by %n day(s)</source>
        <translation>
            <numerusform>Revenire întârziată cu %n zi</numerusform>
            <numerusform>Revenire întârziată cu %n zile</numerusform>
            <numerusform>Revenire întârziată cu %n de zile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No meeting for %n day(s)</source>
        <translation>
            <numerusform>Nicio întâlnire de %n zi</numerusform>
            <numerusform>Nicio întâlnire de %n zile</numerusform>
            <numerusform>Nicio întâlnire de %n de zile</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>Made on</source>
        <translation>Creată la</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensiune</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienți</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Întâlniri</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automată</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>Creată de tine</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Înainte de o restaurare</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Înainte de o actualizare</translation>
    </message>
    <message>
        <source>Before a repair</source>
        <translation>Înainte de o reparare</translation>
    </message>
    <message>
        <source>Made before a person or customer was erased: it still holds their data.</source>
        <translation>Creată înainte de ștergerea unei persoane sau a unui client: conține încă datele acestora.</translation>
    </message>
    <message>
        <source>holds erased data</source>
        <translation>conține date șterse</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Delete backups with erased data</source>
        <translation>Elimină copiile cu date șterse</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n backup(s) made before the last erasure? They still hold the erased people. The backups made since are kept.</source>
        <translation>
            <numerusform>Elimini %n copie de rezervă creată înainte de ultima ștergere? Aceasta conține încă datele persoanelor șterse. Copiile create după aceea se păstrează.</numerusform>
            <numerusform>Elimini cele %n copii de rezervă create înainte de ultima ștergere? Acestea conțin încă datele persoanelor șterse. Copiile create după aceea se păstrează.</numerusform>
            <numerusform>Elimini cele %n de copii de rezervă create înainte de ultima ștergere? Acestea conțin încă datele persoanelor șterse. Copiile create după aceea se păstrează.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurează copia de rezervă</translation>
    </message>
    <message>
        <source>Replace everything in RelationDesk with the backup of %1? What you recorded since then is not lost: the current database is backed up first.</source>
        <translation>Înlocuiești tot conținutul RelationDesk cu copia de rezervă din %1? Ce ai înregistrat de atunci nu se pierde: mai întâi se face o copie de rezervă a bazei de date actuale.</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Restaurează dintr-un fișier</translation>
    </message>
    <message>
        <source>RelationDesk databases (*.sqlite *.sqlite3 *.db)</source>
        <translation>Baze de date RelationDesk (*.sqlite *.sqlite3 *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Replace everything in RelationDesk with %1? It is checked first; what you have now is backed up before it is replaced.</source>
        <translation>Înlocuiești tot ce e în RelationDesk cu %1? Fișierul e verificat întâi; ce ai acum e salvat într-o copie de rezervă înainte de a fi înlocuit.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copii de rezervă</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Cele mai noi întâi</translation>
    </message>
    <message>
        <source>RelationDesk backs up your database when it starts and when it closes, at most every %2 hours (see Settings), and keeps 12 daily, 10 weekly and 9 monthly copies. They are in: %1</source>
        <translation>RelationDesk face o copie de rezervă a bazei de date la pornire și la închidere, cel mult o dată la %2 ore (vezi Setări), și păstrează 12 copii zilnice, 10 săptămânale și 9 lunare. Se află în: %1</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Fă o copie de &amp;rezervă acum</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>Re&amp;staurează…</translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation>Restaurează dintr-un &amp;fișier…</translation>
    </message>
    <message>
        <source>&amp;Delete backups with erased data…</source>
        <translation>&amp;Elimină copiile cu date șterse…</translation>
    </message>
</context>
<context>
    <name>BriefPanel</name>
    <message>
        <source>Build trust through reliability. Share something of your own company&apos;s plans to invite openness, and listen for what matters to them beyond the order.</source>
        <translation>Câștigă încrederea prin seriozitate. Împărtășește ceva din planurile propriei firme ca să încurajezi deschiderea și fii atent la ce contează pentru ei dincolo de comandă.</translation>
    </message>
    <message>
        <source>Work on shared goals and agree next steps at every meeting. If both of you want it, personal conversations can follow; if not, this is a good place to be.</source>
        <translation>Lucrează la obiective comune și stabilește pașii următori la fiecare întâlnire. Dacă amândouă părțile își doresc, pot urma și discuții personale; dacă nu, relația este oricum într-un punct bun.</translation>
    </message>
    <message>
        <source>Protect what you have built: keep every promise, remember what they told you, and raise problems early and openly.</source>
        <translation>Protejează ce ai construit: ține-ți fiecare promisiune, amintește-ți ce ți-au spus și semnalează problemele din timp și deschis.</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Sinteză</translation>
    </message>
    <message>
        <source>What to remember before the next meeting: promises, last disclosures, advice</source>
        <translation>Ce să ții minte înainte de următoarea întâlnire: promisiuni, ultimele dezvăluiri, sfaturi</translation>
    </message>
    <message>
        <source>Promised and open</source>
        <translation>Promisiuni în curs</translation>
    </message>
    <message>
        <source>Nothing open.</source>
        <translation>Nimic în curs.</translation>
    </message>
    <message>
        <source>Last meetings</source>
        <translation>Ultimele întâlniri</translation>
    </message>
    <message>
        <source>No meetings yet.</source>
        <translation>Încă nicio întâlnire.</translation>
    </message>
    <message>
        <source>Ask how these are going.</source>
        <translation>Întreabă cum merg aceste lucruri.</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmat</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>sugerat</translation>
    </message>
    <message>
        <source>Next steps: %1</source>
        <translation>Pași următori: %1</translation>
    </message>
    <message>
        <source>What they told us (personal)</source>
        <translation>Ce ne-au spus (viață personală)</translation>
    </message>
    <message>
        <source>What they told us (business)</source>
        <translation>Ce ne-au spus (afacere)</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <source>Principle scores chart</source>
        <translation>Graficul scorurilor principiilor</translation>
    </message>
    <message>
        <source>Principle scores over time chart</source>
        <translation>Graficul scorurilor principiilor în timp</translation>
    </message>
    <message>
        <source>Customers per relationship stage</source>
        <translation>Clienți pe etape ale relației</translation>
    </message>
    <message>
        <source>Lifecycle funnel</source>
        <translation>Pâlnia ciclului de viață</translation>
    </message>
    <message>
        <source>Net Promoter Score per quarter</source>
        <translation>Scorul de recomandare (NPS) pe trimestru</translation>
    </message>
    <message>
        <source>Average principle scores</source>
        <translation>Scorurile medii ale principiilor</translation>
    </message>
    <message>
        <source>Economics per lifecycle stage</source>
        <translation>Economia pe etape ale ciclului de viață</translation>
    </message>
    <message>
        <source>Revenue and cost to serve chart</source>
        <translation>Graficul veniturilor și costului de deservire</translation>
    </message>
    <message>
        <source>Depth chart</source>
        <translation>Graficul profunzimii</translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <source>Edit commitment</source>
        <translation>Editează angajamentul</translation>
    </message>
    <message>
        <source>New commitment</source>
        <translation>Angajament nou</translation>
    </message>
    <message>
        <source>Promised &amp;by:</source>
        <translation>Promis &amp;de:</translation>
    </message>
    <message>
        <source>&amp;Promise:</source>
        <translation>&amp;Promisiune:</translation>
    </message>
    <message>
        <source>Promised &amp;on:</source>
        <translation>Promis &amp;la data:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Termen:</translation>
    </message>
    <message>
        <source>Ou&amp;tcome:</source>
        <translation>&amp;Rezultat:</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>Are termen</translation>
    </message>
    <message>
        <source>What was promised, e.g. samples delivered by the trade fair</source>
        <translation>Ce s-a promis, de ex. livrarea mostrelor până la târg</translation>
    </message>
    <message>
        <source>a promise cannot be due before the day it was made.</source>
        <translation>o promisiune nu poate avea termenul înaintea zilei în care a fost făcută.</translation>
    </message>
</context>
<context>
    <name>CommitmentTableModel</name>
    <message>
        <source>Promised on</source>
        <translation>Data promisiunii</translation>
    </message>
    <message>
        <source>By</source>
        <translation>De către</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Promisiune</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Rezultat</translation>
    </message>
    <message numerus="yes">
        <source>Still open, overdue by %n day(s)</source>
        <translation>
            <numerusform>Încă deschisă, termen depășit cu %n zi</numerusform>
            <numerusform>Încă deschisă, termen depășit cu %n zile</numerusform>
            <numerusform>Încă deschisă, termen depășit cu %n de zile</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Asking the team server…</source>
        <translation>Se întreabă serverul echipei…</translation>
    </message>
    <message>
        <source>No conflicts: nothing was lost.</source>
        <translation>Niciun conflict: nu s-a pierdut nimic.</translation>
    </message>
    <message>
        <source>Cannot reach the team server: %1</source>
        <translation>Serverul echipei nu poate fi contactat: %1</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicte</translation>
    </message>
    <message>
        <source>The same field was changed on two laptops before they synced: the later edit won everywhere and the other value was kept. Choose which one stays.</source>
        <translation>Același câmp a fost modificat pe două laptopuri înainte de sincronizare: modificarea mai recentă a câștigat peste tot, iar cealaltă valoare a fost păstrată. Alege care rămâne.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Câmp</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Al meu</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Al lor</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Cine</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <source>&amp;Use mine</source>
        <translation>Folosește-l pe al &amp;meu</translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>Păstrează-l pe al &amp;lor</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Editează contactul</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Contact nou</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nume:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Funcție:</translation>
    </message>
    <message>
        <source>&amp;Buying role:</source>
        <translation>&amp;Rol în achiziție:</translation>
    </message>
    <message>
        <source>In&amp;fluence:</source>
        <translation>&amp;Influență:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>&amp;Mobil:</translation>
    </message>
    <message>
        <source>Preferred &amp;language:</source>
        <translation>&amp;Limba preferată:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nume@firma.ro</translation>
    </message>
    <message>
        <source>+40 268 123 456</source>
        <translation>+40 268 123 456</translation>
    </message>
</context>
<context>
    <name>ContactMergeDialog</name>
    <message>
        <source>Job title</source>
        <translation>Funcție</translation>
    </message>
    <message>
        <source>Buying role</source>
        <translation>Rol în achiziție</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limba preferată</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Îmbină contactele</translation>
    </message>
    <message>
        <source>Two entries that are the same person become one: the meetings they attended, what they disclosed, their answers and referrals are all kept. Choose the person to merge with “%1”.</source>
        <translation>Două înregistrări care reprezintă aceeași persoană devin una singură: se păstrează întâlnirile la care a participat, ce a dezvăluit, răspunsurile NPS și recomandările sale. Alege persoana care va fi îmbinată cu „%1”.</translation>
    </message>
    <message>
        <source>Merge &amp;with:</source>
        <translation>Îmbină &amp;cu:</translation>
    </message>
    <message>
        <source>(choose a person)</source>
        <translation>(alege o persoană)</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>Î&amp;mbină</translation>
    </message>
    <message>
        <source>&amp;Swap: keep the other name</source>
        <translation>&amp;Inversează: păstrează celălalt nume</translation>
    </message>
    <message>
        <source>Meetings attended</source>
        <translation>Întâlniri la care a participat</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Dezvăluiri</translation>
    </message>
    <message>
        <source>Answers and referrals</source>
        <translation>Răspunsuri NPS și recomandări</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Funcție</translation>
    </message>
    <message>
        <source>Buying role</source>
        <translation>Rol în achiziție</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influență</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>Delete contact</source>
        <translation>Șterge contactul</translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation>Domeniu de activitate:</translation>
    </message>
    <message>
        <source>The customer&apos;s people</source>
        <translation>Oamenii clientului</translation>
    </message>
    <message>
        <source>City / country:</source>
        <translation>Oraș / țară:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsabil:</translation>
    </message>
    <message>
        <source>Lifecycle stage:</source>
        <translation>Etapa ciclului de viață:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Monedă:</translation>
    </message>
    <message>
        <source>Customer since:</source>
        <translation>Client din:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacte</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>Adaugă &amp;contact…</translation>
    </message>
    <message>
        <source>Edit contact…</source>
        <translation>Editează contactul…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Îmbină…</translation>
    </message>
    <message>
        <source>Merge another entry of the same person into the selected contact</source>
        <translation>Îmbină în contactul selectat o altă înregistrare a aceleiași persoane</translation>
    </message>
    <message>
        <source>Personal data…</source>
        <translation>Date personale…</translation>
    </message>
    <message>
        <source>Export everything held about this person, to answer an access request</source>
        <translation>Exportă tot ce se păstrează despre această persoană, pentru a răspunde unei cereri de acces</translation>
    </message>
</context>
<context>
    <name>CsvDuplicatesModel</name>
    <message>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Există deja</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acțiune</translation>
    </message>
    <message>
        <source>a customer of this name</source>
        <translation>un client cu acest nume</translation>
    </message>
    <message>
        <source>a contact of this customer with this name or e-mail</source>
        <translation>un contact al acestui client cu același nume sau e-mail</translation>
    </message>
    <message>
        <source>the same customer on line %1</source>
        <translation>același client, pe linia %1</translation>
    </message>
    <message>
        <source>the same person on line %1</source>
        <translation>aceeași persoană, pe linia %1</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>(leave out)</source>
        <translation>(nu se importă)</translation>
    </message>
    <message>
        <source>Customer: name</source>
        <translation>Client: nume</translation>
    </message>
    <message>
        <source>Customer: industry</source>
        <translation>Client: domeniu de activitate</translation>
    </message>
    <message>
        <source>Customer: city</source>
        <translation>Client: oraș</translation>
    </message>
    <message>
        <source>Customer: country</source>
        <translation>Client: țară</translation>
    </message>
    <message>
        <source>Customer: owner</source>
        <translation>Client: responsabil</translation>
    </message>
    <message>
        <source>Customer: notes</source>
        <translation>Client: note</translation>
    </message>
    <message>
        <source>Customer: currency</source>
        <translation>Client: monedă</translation>
    </message>
    <message>
        <source>Contact: name</source>
        <translation>Contact: nume</translation>
    </message>
    <message>
        <source>Contact: job title</source>
        <translation>Contact: funcție</translation>
    </message>
    <message>
        <source>Contact: e-mail</source>
        <translation>Contact: e-mail</translation>
    </message>
    <message>
        <source>Contact: phone</source>
        <translation>Contact: telefon</translation>
    </message>
    <message>
        <source>Contact: mobile</source>
        <translation>Contact: mobil</translation>
    </message>
    <message>
        <source>Contact: language</source>
        <translation>Contact: limbă</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omite</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Îmbină</translation>
    </message>
    <message>
        <source>Create new</source>
        <translation>Creează nou</translation>
    </message>
    <message>
        <source>UTF-8 (with BOM)</source>
        <translation>UTF-8 (cu BOM)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (vest-europeană)</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgulă</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punct și virgulă</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulator</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>bară verticală</translation>
    </message>
    <message>
        <source>The file is larger than 50 MB. Split it into smaller files and import them one after the other.</source>
        <translation>Fișierul depășește 50 MB. Împarte-l în fișiere mai mici și importă-le pe rând.</translation>
    </message>
    <message>
        <source>The file is empty: there is no row to import.</source>
        <translation>Fișierul este gol: nu există niciun rând de importat.</translation>
    </message>
    <message>
        <source>Line %1 holds characters no spreadsheet writes: this is not a CSV text file. Save the sheet as &quot;CSV (UTF-8)&quot; and try again.</source>
        <translation>Linia %1 conține caractere pe care nicio foaie de calcul nu le scrie: acesta nu este un fișier text CSV. Salvează foaia ca „CSV (UTF-8)” și încearcă din nou.</translation>
    </message>
    <message>
        <source>Line %1 is not readable text (neither UTF-8 nor Windows-1252). Save the sheet as &quot;CSV (UTF-8)&quot; and try again.</source>
        <translation>Linia %1 nu este text lizibil (nici UTF-8, nici Windows-1252). Salvează foaia ca „CSV (UTF-8)” și încearcă din nou.</translation>
    </message>
    <message>
        <source>A quoted cell that starts on line %1 is never closed: the file may have been cut short. Check that row in the spreadsheet and save it again.</source>
        <translation>O celulă între ghilimele care începe pe linia %1 nu se mai închide: este posibil ca fișierul să fi fost trunchiat. Verifică rândul respectiv în foaia de calcul și salvează-l din nou.</translation>
    </message>
    <message>
        <source>Line %1 uses quotes wrongly (text right after a closing quote). Check that row in the spreadsheet and save it again.</source>
        <translation>Linia %1 folosește greșit ghilimelele (text imediat după ghilimelele de închidere). Verifică rândul respectiv în foaia de calcul și salvează-l din nou.</translation>
    </message>
    <message>
        <source>A cell on line %1 is longer than 100,000 characters.</source>
        <translation>O celulă de pe linia %1 are peste 100.000 de caractere.</translation>
    </message>
    <message>
        <source>The file cannot be read. Check that it exists and that you may open it.</source>
        <translation>Fișierul nu poate fi citit. Verifică dacă există și dacă ai permisiunea de a-l deschide.</translation>
    </message>
    <message>
        <source>Row: it has more cells than the header has columns, so its cells are shifted (a separator inside a cell that is not in quotes?). Correct the row and save the file again.</source>
        <translation>Rând: are mai multe celule decât coloanele din antet, așa că celulele lui sunt deplasate (un separator într-o celulă care nu e între ghilimele?). Corectează rândul și salvează din nou fișierul.</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Checking the rows…</source>
        <translation>Se verifică rândurile…</translation>
    </message>
    <message>
        <source>Check cancelled: nothing was written.</source>
        <translation>Verificare anulată: nu s-a scris nimic.</translation>
    </message>
    <message>
        <source>Rows not checked</source>
        <translation>Rândurile nu au fost verificate</translation>
    </message>
    <message>
        <source>The rows could not be checked against the database. Nothing was written.</source>
        <translation>Rândurile nu au putut fi comparate cu baza de date. Nu s-a scris nimic.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Se importă…</translation>
    </message>
    <message>
        <source>Import customers from CSV</source>
        <translation>Importă clienți din CSV</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; Î&amp;napoi</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Următorul &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importă</translation>
    </message>
</context>
<context>
    <name>CsvImportFlow</name>
    <message>
        <source>Import customers from CSV</source>
        <translation>Importă clienți din CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Fișiere CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Se citește %1…</translation>
    </message>
    <message>
        <source>File not imported</source>
        <translation>Fișierul nu a fost importat</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nu s-a importat nimic.</translation>
    </message>
    <message>
        <source>Importing customers…</source>
        <translation>Se importă clienții…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import anulat: nu s-a scris nimic.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Importul a eșuat</translation>
    </message>
    <message>
        <source>The import did not complete. Nothing was written.</source>
        <translation>Importul nu s-a încheiat. Nu s-a scris nimic.</translation>
    </message>
    <message>
        <source>Customers created: %1</source>
        <translation>Clienți creați: %1</translation>
    </message>
    <message>
        <source>Contacts created: %1</source>
        <translation>Contacte create: %1</translation>
    </message>
    <message>
        <source>Customers merged: %1; contacts merged: %2</source>
        <translation>Clienți îmbinați: %1; contacte îmbinate: %2</translation>
    </message>
    <message>
        <source>Duplicates skipped: %1</source>
        <translation>Duplicate omise: %1</translation>
    </message>
    <message>
        <source>Rows with problems left out: %1</source>
        <translation>Rânduri cu probleme omise: %1</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import încheiat</translation>
    </message>
    <message>
        <source>Customers imported.</source>
        <translation>Clienții au fost importați.</translation>
    </message>
</context>
<context>
    <name>CsvMappingPage</name>
    <message>
        <source>Choose the column that holds the customer&apos;s name.</source>
        <translation>Alege coloana care conține numele clientului.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, separated by %3, %n data rows.</source>
        <translation>
            <numerusform>%1: %2, valori separate prin %3, %n rând de date.</numerusform>
            <numerusform>%1: %2, valori separate prin %3, %n rânduri de date.</numerusform>
            <numerusform>%1: %2, valori separate prin %3, %n de rânduri de date.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where does each column go?</source>
        <translation>În ce câmp se importă fiecare coloană?</translation>
    </message>
    <message numerus="yes">
        <source>The first %n rows, numbered by their line in the file:</source>
        <translation>
            <numerusform>%n rând, numerotat după linia sa din fișier:</numerusform>
            <numerusform>Primele %n rânduri, numerotate după linia lor din fișier:</numerusform>
            <numerusform>Primele %n de rânduri, numerotate după linia lor din fișier:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remember these columns for files like this one</source>
        <translation>&amp;Reține aceste coloane pentru fișierele de acest tip</translation>
    </message>
</context>
<context>
    <name>CsvProblemsModel</name>
    <message>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problemă</translation>
    </message>
</context>
<context>
    <name>CsvReportPage</name>
    <message>
        <source>For &amp;every duplicate:</source>
        <translation>Pentru &amp;fiecare duplicat:</translation>
    </message>
    <message>
        <source>Import the other rows and &amp;leave out the rows with problems</source>
        <translation>Importă celelalte rânduri și &amp;omite rândurile cu probleme</translation>
    </message>
    <message>
        <source>Already there: choose for each whether to skip it, merge it into the one there (its empty fields are filled, notes added) or create a new one.</source>
        <translation>Înregistrări care există deja: alege pentru fiecare dacă o omiți, o îmbini cu cea existentă (câmpurile ei goale se completează, iar notele se adaugă) sau creezi una nouă.</translation>
    </message>
    <message numerus="yes">
        <source>%n customers</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clienți</numerusform>
            <numerusform>%n de clienți</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacte</numerusform>
            <numerusform>%n de contacte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows read: %1 and %2 are ready to import.</source>
        <translation>
            <numerusform>%n rând citit: %1 și %2 sunt gata de import.</numerusform>
            <numerusform>%n rânduri citite: %1 și %2 sunt gata de import.</numerusform>
            <numerusform>%n de rânduri citite: %1 și %2 sunt gata de import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows have problems. Nothing is imported until they are corrected in the file, or you choose to leave them out.</source>
        <translation>
            <numerusform>%n rând are probleme. Nu se importă nimic până când nu este corectat în fișier sau până când nu alegi să îl omiți.</numerusform>
            <numerusform>%n rânduri au probleme. Nu se importă nimic până când nu sunt corectate în fișier sau până când nu alegi să le omiți.</numerusform>
            <numerusform>%n de rânduri au probleme. Nu se importă nimic până când nu sunt corectate în fișier sau până când nu alegi să le omiți.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerDetailPane</name>
    <message>
        <source>Customer sections</source>
        <translation>Secțiunile clientului</translation>
    </message>
    <message>
        <source>Ctrl+Page Up and Ctrl+Page Down move between the sections</source>
        <translation>Ctrl+Page Up și Ctrl+Page Down trec de la o secțiune la alta</translation>
    </message>
    <message>
        <source>Select a customer to see its details and contacts.</source>
        <translation>Selectează un client pentru a-i vedea detaliile și contactele.</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>E&amp;ditează…</translation>
    </message>
    <message>
        <source>&amp;Log meeting…</source>
        <translation>Înregistrează o întâ&amp;lnire…</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Sinteză</translation>
    </message>
    <message>
        <source>Details and contacts</source>
        <translation>Detalii și contacte</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologie</translation>
    </message>
    <message>
        <source>Depth chart</source>
        <translation>Graficul profunzimii</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>Principii</translation>
    </message>
    <message>
        <source>Give and take</source>
        <translation>Dat și primit</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Ciclu de viață</translation>
    </message>
    <message>
        <source>Economics</source>
        <translation>Date economice</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Customer since</source>
        <translation>Client din</translation>
    </message>
    <message>
        <source>Date, in your locale&apos;s format</source>
        <translation>Data, în formatul limbii tale</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Editează clientul</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Client nou</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nume:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Domeniu de activitate:</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>&amp;Oraș:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Ț&amp;ară:</translation>
    </message>
    <message>
        <source>Cu&amp;rrency:</source>
        <translation>&amp;Monedă:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsabil:</translation>
    </message>
    <message>
        <source>Customer &amp;since:</source>
        <translation>Client d&amp;in:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;te:</translation>
    </message>
    <message>
        <source>known</source>
        <translation>cunoscut</translation>
    </message>
    <message>
        <source>When the relationship really began, if earlier than its first meeting, order or lifecycle move here: loyalty counts the years from it.</source>
        <translation>Când a început cu adevărat relația, dacă a fost înainte de prima întâlnire, comandă sau mutare în ciclul de viață înregistrată aici: loialitatea numără anii de atunci.</translation>
    </message>
    <message>
        <source>Company name, e.g. Carpați Industrial S.R.L.</source>
        <translation>Denumirea firmei, de ex. Carpați Industrial S.R.L.</translation>
    </message>
    <message>
        <source>The salesperson who looks after the account</source>
        <translation>Agentul de vânzări care se ocupă de acest client</translation>
    </message>
    <message>
        <source>Revenue and costs are in it, e.g. RON</source>
        <translation>Veniturile și costurile sunt în această monedă, de ex. RON</translation>
    </message>
    <message>
        <source>Customer already exists</source>
        <translation>Clientul există deja</translation>
    </message>
    <message>
        <source>A customer named “%1” already exists. Save another one with the same name?</source>
        <translation>Există deja un client cu numele „%1”. Salvezi încă unul cu același nume?</translation>
    </message>
</context>
<context>
    <name>CustomerMergeDialog</name>
    <message>
        <source>Industry</source>
        <translation>Domeniu de activitate</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Oraș</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monedă</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Îmbină clienții</translation>
    </message>
    <message>
        <source>Two customers that are the same company become one: every contact, meeting, disclosure, follow-up, period and history entry of both is kept. Choose the customer to merge “%1” with.</source>
        <translation>Doi clienți care sunt de fapt aceeași firmă devin unul singur: se păstrează toate contactele, întâlnirile, dezvăluirile, revenirile, perioadele și înregistrările din istoric ale amândurora. Alege clientul cu care va fi îmbinat „%1”.</translation>
    </message>
    <message>
        <source>Merge &amp;with:</source>
        <translation>Îmbină &amp;cu:</translation>
    </message>
    <message>
        <source>Type a few letters of the customer&apos;s name</source>
        <translation>Tastează câteva litere din numele clientului</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>Î&amp;mbină</translation>
    </message>
    <message>
        <source>&amp;Swap: keep the other name</source>
        <translation>&amp;Inversează: păstrează celălalt nume</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacte</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Întâlniri</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Dezvăluiri</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Reveniri</translation>
    </message>
    <message>
        <source>Economics periods</source>
        <translation>Perioade economice</translation>
    </message>
    <message>
        <source>Other history entries</source>
        <translation>Alte înregistrări din istoric</translation>
    </message>
    <message>
        <source>Stage confirmations, ratings, give and take, commitments, lifecycle moves, recommendation answers and referrals</source>
        <translation>Confirmări de etapă, evaluări, înregistrări „Dat și primit”, angajamente, mutări în ciclul de viață, răspunsuri NPS și recomandări</translation>
    </message>
</context>
<context>
    <name>CustomerReview</name>
    <message>
        <source>Customer review</source>
        <translation>Analiza clientului</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>Întocmit de:</translation>
    </message>
    <message>
        <source>Period covered:</source>
        <translation>Perioada analizată:</translation>
    </message>
    <message>
        <source>City / country:</source>
        <translation>Oraș / țară:</translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation>Domeniu de activitate:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsabil:</translation>
    </message>
    <message>
        <source>Relationship since:</source>
        <translation>Relație din:</translation>
    </message>
    <message>
        <source>%1 · customer review</source>
        <translation>%1 · analiza clientului</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 din %2</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmat</translation>
    </message>
    <message>
        <source>suggested from the disclosures</source>
        <translation>sugerat pe baza dezvăluirilor</translation>
    </message>
    <message>
        <source>Relationship stage</source>
        <translation>Etapa relației</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapă</translation>
    </message>
    <message>
        <source>Suggested then</source>
        <translation>Sugestia de atunci</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Ciclu de viață</translation>
    </message>
    <message>
        <source>Lifecycle stage: %1</source>
        <translation>Etapa ciclului de viață: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Ce este de făcut: %1</translation>
    </message>
    <message>
        <source>The evidence suggests moving to %1: %2.</source>
        <translation>Dovezile sugerează trecerea la %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not suggested yet; still needed: %2.</source>
        <translation>%1 nu este încă sugerat; mai este nevoie de: %2.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De la</translation>
    </message>
    <message>
        <source>To</source>
        <translation>La</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <source>The five principles</source>
        <translation>Cele cinci principii</translation>
    </message>
    <message>
        <source>Health: %1</source>
        <translation>Sănătate: %1</translation>
    </message>
    <message>
        <source>not enough evidence</source>
        <translation>dovezi insuficiente</translation>
    </message>
    <message>
        <source>Only one set of ratings so far: %1.</source>
        <translation>Deocamdată un singur set de evaluări: %1.</translation>
    </message>
    <message>
        <source>Principle</source>
        <translation>Principiu</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Scor</translation>
    </message>
    <message>
        <source>Main evidence</source>
        <translation>Dovezi principale</translation>
    </message>
    <message>
        <source>Economics and recommendation</source>
        <translation>Date economice și NPS</translation>
    </message>
    <message>
        <source>Last 12 months: revenue %1 · cost to serve %2 · profit %3 · margin %4</source>
        <translation>Ultimele 12 luni: venituri %1 · cost de deservire %2 · profit %3 · marjă %4</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Începutul perioadei</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Venituri</translation>
    </message>
    <message>
        <source>Cost to serve</source>
        <translation>Cost de deservire</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Profit</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marjă</translation>
    </message>
    <message>
        <source>No revenue or costs recorded in the period.</source>
        <translation>Niciun venit sau cost înregistrat în perioada analizată.</translation>
    </message>
    <message>
        <source>No recommendation answers in the last 12 months.</source>
        <translation>Niciun răspuns NPS în ultimele 12 luni.</translation>
    </message>
    <message>
        <source>NPS %1, from each contact&apos;s latest answer (contacts: %2).</source>
        <translation>NPS %1, calculat din cel mai recent răspuns al fiecărui contact (contacte: %2).</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Răspuns</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>Meetings in the period</source>
        <translation>Întâlniri în perioada analizată</translation>
    </message>
    <message>
        <source>No meetings in the period.</source>
        <translation>Nicio întâlnire în perioada analizată.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participanți</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Rezumat</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Pași următori</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Dezvăluiri</translation>
    </message>
    <message>
        <source>No disclosures in the period.</source>
        <translation>Nicio dezvăluire în perioada analizată.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domeniu</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Subiecte</translation>
    </message>
    <message>
        <source>What was disclosed is not printed in this report.</source>
        <translation>Conținutul dezvăluirilor nu este inclus în acest raport.</translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation>sensibilă</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Cine</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Subiect</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Ce s-a spus</translation>
    </message>
    <message>
        <source>Sensitive disclosures are left out of this report.</source>
        <translation>Dezvăluirile sensibile nu sunt incluse în acest raport.</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Angajamente</translation>
    </message>
    <message>
        <source>No commitments recorded.</source>
        <translation>Niciun angajament înregistrat.</translation>
    </message>
    <message>
        <source>Promised on</source>
        <translation>Data promisiunii</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>Promis de</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Promisiune</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termen</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Reveniri în curs</translation>
    </message>
    <message>
        <source>No open follow-ups.</source>
        <translation>Nicio revenire în curs.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Revenire</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>City / country</source>
        <translation>Oraș / țară</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Domeniu de activitate</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Last meeting</source>
        <translation>Ultima întâlnire</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Următoarea revenire</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Sănătate</translation>
    </message>
    <message>
        <source>Reciprocity</source>
        <translation>Reciprocitate</translation>
    </message>
    <message>
        <source>Autonomy</source>
        <translation>Autonomie</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integritate</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Loialitate</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Echitate</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Ciclu de viață</translation>
    </message>
    <message>
        <source>⚠ Client as master: see the Principles tab.</source>
        <translation>⚠ Clientul-stăpân: vezi fila „Principii”.</translation>
    </message>
    <message>
        <source>Follow-up overdue since %1</source>
        <translation>Revenire întârziată din %1</translation>
    </message>
    <message>
        <source>Not enough evidence yet</source>
        <translation>Încă nu există suficiente dovezi</translation>
    </message>
</context>
<context>
    <name>CustomerWorkspace</name>
    <message>
        <source>Delete customer</source>
        <translation>Șterge clientul</translation>
    </message>
    <message>
        <source>Delete %1 with all its contacts? Everything recorded about this customer will be erased. Undo cannot bring it back: only a backup made before it can (File → Backups…).</source>
        <translation>Ștergi clientul %1 cu toate contactele sale? Tot ce s-a înregistrat despre acest client va fi șters. Anularea nu îl poate aduce înapoi: doar o copie de rezervă făcută înainte poate (Fișier → Copii de rezervă…).</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Șterge întâlnirea</translation>
    </message>
    <message>
        <source>Delete this meeting with its disclosures? Its follow-ups stay. Edit → Undo brings it back.</source>
        <translation>Ștergi această întâlnire împreună cu dezvăluirile ei? Revenirile asociate rămân. Editare → Anulează o aduce înapoi.</translation>
    </message>
    <message>
        <source>meeting deleted</source>
        <translation>întâlnire ștearsă</translation>
    </message>
    <message>
        <source>Loading the sample portfolio…</source>
        <translation>Se încarcă portofoliul de exemplu…</translation>
    </message>
    <message numerus="yes">
        <source>Added %n sample customer(s).</source>
        <translation>
            <numerusform>A fost adăugat %n client de exemplu.</numerusform>
            <numerusform>Au fost adăugați %n clienți de exemplu.</numerusform>
            <numerusform>Au fost adăugați %n de clienți de exemplu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sample portfolio not loaded</source>
        <translation>Portofoliul de exemplu nu a fost încărcat</translation>
    </message>
    <message>
        <source>The sample portfolio could not be added. Nothing was changed.</source>
        <translation>Portofoliul de exemplu nu a putut fi adăugat. Nu s-a modificat nimic.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienți</translation>
    </message>
    <message>
        <source>The dot: contact; ⚑: a late follow-up</source>
        <translation>Punctul: contactul; ⚑: o revenire întârziată</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Afișea&amp;ză:</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Toți clienții</translation>
    </message>
    <message>
        <source>Any weak principle (below 50)</source>
        <translation>Cel puțin un principiu slab (sub 50)</translation>
    </message>
    <message>
        <source>Clients acting as masters</source>
        <translation>Clienți care se poartă ca stăpâni</translation>
    </message>
    <message>
        <source>Weak reciprocity</source>
        <translation>Reciprocitate slabă</translation>
    </message>
    <message>
        <source>Weak autonomy</source>
        <translation>Autonomie slabă</translation>
    </message>
    <message>
        <source>Weak integrity</source>
        <translation>Integritate slabă</translation>
    </message>
    <message>
        <source>Weak loyalty</source>
        <translation>Loialitate slabă</translation>
    </message>
    <message>
        <source>Weak equity</source>
        <translation>Echitate slabă</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>Prospecți</translation>
    </message>
    <message>
        <source>Testers</source>
        <translation>Testeri</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>Cumpărători</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Conturi-cheie</translation>
    </message>
    <message>
        <source>Patron-friends</source>
        <translation>Patroni-prieteni</translation>
    </message>
    <message>
        <source>Sponsor-champions</source>
        <translation>Sponsori-campioni</translation>
    </message>
    <message>
        <source>Former customers</source>
        <translation>Foști clienți</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>No customers yet.</source>
        <translation>Încă nu există clienți.</translation>
    </message>
    <message>
        <source>No recommendation answers yet: ask your contacts how likely they are to recommend you (0-10).</source>
        <translation>Încă nu există răspunsuri NPS: întreabă-ți contactele cât de probabil este să ne recomande (0-10).</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>T%1</translation>
    </message>
    <message>
        <source>No principle scores yet: they come from the evidence logged with meetings.</source>
        <translation>Încă nu există scoruri ale principiilor: ele vin din dovezile înregistrate cu întâlnirile.</translation>
    </message>
    <message>
        <source>Health %1</source>
        <translation>Sănătate %1</translation>
    </message>
    <message>
        <source>No revenue or costs recorded in the last 12 months.</source>
        <translation>Niciun venit sau cost înregistrat în ultimele 12 luni.</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Venituri</translation>
    </message>
    <message>
        <source>Cost to serve</source>
        <translation>Cost de deservire</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Profit</translation>
    </message>
    <message>
        <source>Millions of %1</source>
        <translation>Milioane de %1</translation>
    </message>
    <message>
        <source>Thousands of %1</source>
        <translation>Mii de %1</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Reading your portfolio…</source>
        <translation>Se citește portofoliul…</translation>
    </message>
    <message>
        <source>Your portfolio is empty. Add a customer, or load the sample portfolio from the File menu, and the dashboard shows how your relationships are doing.</source>
        <translation>Portofoliul este gol. Adaugă un client sau încarcă portofoliul de exemplu din meniul Fișier, iar tabloul de bord va arăta cum merg relațiile tale.</translation>
    </message>
    <message>
        <source>The dashboard could not be read. Switch to another tab and back to try again; the details are in the log file in the data folder.</source>
        <translation>Tabloul de bord nu a putut fi citit. Treci la altă filă și revino pentru a încerca din nou; detaliile sunt în fișierul jurnal din dosarul de date.</translation>
    </message>
    <message>
        <source>no scores yet</source>
        <translation>încă fără scoruri</translation>
    </message>
    <message>
        <source>out of 100</source>
        <translation>din 100</translation>
    </message>
    <message numerus="yes">
        <source>customers, %Ln item(s) in the list</source>
        <translation>
            <numerusform>clienți, %Ln element în listă</numerusform>
            <numerusform>clienți, %Ln elemente în listă</numerusform>
            <numerusform>clienți, %Ln de elemente în listă</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln past their stay-in-touch interval</source>
        <translation>
            <numerusform>%Ln a depășit intervalul de contact</numerusform>
            <numerusform>%Ln au depășit intervalul de contact</numerusform>
            <numerusform>%Ln au depășit intervalul de contact</numerusform>
        </translation>
    </message>
    <message>
        <source>no valid answers this quarter</source>
        <translation>niciun răspuns valabil în acest trimestru</translation>
    </message>
    <message>
        <source>this quarter</source>
        <translation>acest trimestru</translation>
    </message>
    <message>
        <source>same as last quarter</source>
        <translation>la fel ca trimestrul trecut</translation>
    </message>
    <message>
        <source>%1 since last quarter</source>
        <translation>%1 față de trimestrul trecut</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienți</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>Scorul de recomandare (NPS)</translation>
    </message>
    <message>
        <source>% promoters (9-10) minus % detractors (0-6) among the contacts&apos; latest answers of the last 12 months</source>
        <translation>% promotori (9-10) minus % detractori (0-6) din ultimele răspunsuri ale contactelor din ultimele 12 luni</translation>
    </message>
    <message>
        <source>Average health</source>
        <translation>Sănătate medie</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Necesită atenție</translation>
    </message>
    <message>
        <source>Drifting apart</source>
        <translation>Relații care se răcesc</translation>
    </message>
    <message>
        <source>Customers drifting apart; Today lists them with those to call</source>
        <translation>Clienți cu care relația se răcește; Azi îi listează împreună cu cei de sunat</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Se actualizează…</translation>
    </message>
    <message>
        <source>Customers per relationship stage</source>
        <translation>Clienți pe etape ale relației</translation>
    </message>
    <message>
        <source>Lifecycle funnel</source>
        <translation>Pâlnia ciclului de viață</translation>
    </message>
    <message>
        <source>Net Promoter Score per quarter</source>
        <translation>Scorul de recomandare (NPS) pe trimestru</translation>
    </message>
    <message>
        <source>Average principle scores</source>
        <translation>Scorurile medii ale principiilor</translation>
    </message>
    <message>
        <source>Revenue, cost to serve and profit per lifecycle stage, last 12 months</source>
        <translation>Venituri, cost de deservire și profit pe etape ale ciclului de viață, ultimele 12 luni</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Monedă:</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <source>The file&apos;s structure</source>
        <translation>Structura fișierului</translation>
    </message>
    <message>
        <source>The database&apos;s layout (tables, indexes, triggers)</source>
        <translation>Structura bazei de date (tabele, indexuri, declanșatoare)</translation>
    </message>
    <message>
        <source>Links between records</source>
        <translation>Legăturile dintre înregistrări</translation>
    </message>
    <message>
        <source>The search index</source>
        <translation>Indexul de căutare</translation>
    </message>
    <message>
        <source>Records left without their customer</source>
        <translation>Înregistrări rămase fără client</translation>
    </message>
    <message>
        <source>Damaged dates and texts</source>
        <translation>Date și texte deteriorate</translation>
    </message>
    <message>
        <source>Last meeting, next follow-up and lifecycle stage</source>
        <translation>Ultima întâlnire, următoarea revenire și etapa ciclului de viață</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Se face copia de rezervă…</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>Copia de rezervă a fost salvată: %1</translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation>Copia de rezervă nu a fost restaurată</translation>
    </message>
    <message>
        <source>The database is empty</source>
        <translation>Baza de date este goală</translation>
    </message>
    <message>
        <source>The database file is empty: what it held is gone. Restore the newest good backup, made on %1? If you do not, RelationDesk starts with an empty database.</source>
        <translation>Fișierul bazei de date este gol: ce conținea s-a pierdut. Restaurezi cea mai recentă copie de rezervă bună, creată la %1? Dacă nu, RelationDesk pornește cu o bază de date goală.</translation>
    </message>
    <message>
        <source>The database is missing</source>
        <translation>Baza de date lipsește</translation>
    </message>
    <message>
        <source>The database file is empty or missing, and there is no backup of it that can be restored. RelationDesk starts with a new, empty database.</source>
        <translation>Fișierul bazei de date este gol sau lipsește și nu există nicio copie de rezervă care să poată fi restaurată. RelationDesk pornește cu o bază de date nouă, goală.</translation>
    </message>
    <message>
        <source>The database file is missing, but there are backups of it. Restore the newest good backup, made on %1? If you do not, RelationDesk starts with an empty database.</source>
        <translation>Fișierul bazei de date lipsește, dar există copii de rezervă ale lui. Restaurezi cea mai recentă copie de rezervă bună, creată la %1? Dacă nu, RelationDesk pornește cu o bază de date goală.</translation>
    </message>
    <message>
        <source>The backup could not be restored, so RelationDesk starts with an empty database. Your backups are kept: File → Backups… lists them.</source>
        <translation>Copia de rezervă nu a putut fi restaurată, așa că RelationDesk pornește cu o bază de date goală. Copiile tale de rezervă sunt păstrate: le găsești în Fișier → Copii de rezervă…</translation>
    </message>
    <message>
        <source>The backup could not be restored; your data is as it was.</source>
        <translation>Copia de rezervă nu a putut fi restaurată; datele tale au rămas neschimbate.</translation>
    </message>
    <message>
        <source>This backup was changed outside RelationDesk: it holds tables, triggers or indexes that RelationDesk does not make, and they could change or delete your data. It was not restored; your data is as it was.</source>
        <translation>Această copie de rezervă a fost modificată în afara RelationDesk: conține tabele, declanșatoare sau indexuri pe care RelationDesk nu le creează și care ți-ar putea modifica sau șterge datele. Nu a fost restaurată; datele tale au rămas neschimbate.</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Copia de rezervă a fost restaurată.</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Se verifică baza de date…</translation>
    </message>
    <message>
        <source>The database is in good health: nothing to repair.</source>
        <translation>Baza de date este în stare bună: nu e nimic de reparat.</translation>
    </message>
    <message>
        <source>repaired</source>
        <translation>reparat</translation>
    </message>
    <message>
        <source>not repaired</source>
        <translation>nereparat</translation>
    </message>
    <message>
        <source>The check found:</source>
        <translation>Verificarea a găsit:</translation>
    </message>
    <message>
        <source>Before repairing, RelationDesk backed up the database (File → Backups…).</source>
        <translation>Înainte de reparare, RelationDesk a făcut o copie de rezervă a bazei de date (Fișier → Copii de rezervă…).</translation>
    </message>
    <message>
        <source>Some problems could not be repaired: restore a recent backup (File → Backups…).</source>
        <translation>Unele probleme nu au putut fi reparate: restaurează o copie de rezervă recentă (Fișier → Copii de rezervă…).</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Verifică baza de date</translation>
    </message>
    <message>
        <source>Database operation failed</source>
        <translation>Operația cu baza de date a eșuat</translation>
    </message>
    <message>
        <source>The operation did not complete. Nothing was changed.</source>
        <translation>Operația nu s-a încheiat. Nu s-a modificat nimic.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>today</source>
        <comment>typed in a date field; spellings</comment>
        <translation>azi, astăzi</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <comment>typed in a date field; spellings</comment>
        <translation>mâine</translation>
    </message>
    <message>
        <source>yesterday</source>
        <comment>typed in a date field; spellings</comment>
        <translation>ieri</translation>
    </message>
    <message>
        <source>d, day, days</source>
        <comment>after a number: +3d</comment>
        <translation>z, zi, zile</translation>
    </message>
    <message>
        <source>w, wk, week, weeks</source>
        <comment>after a number: +2w</comment>
        <translation>s, săpt, săptămână, săptămâni</translation>
    </message>
    <message>
        <source>m, mo, month, months</source>
        <comment>after a number: +1m</comment>
        <translation>l, lună, luni</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type one such as %2, or a word such as “fri”, “+3d” or “tomorrow”.</source>
        <translation>„%1” nu este o dată. Scrie una precum %2 sau un cuvânt precum „vin”, „+3z” sau „mâine”.</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>Alege din calendar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dată</translation>
    </message>
</context>
<context>
    <name>DisclosureChart</name>
    <message>
        <source>%1, %2: %3 topics, depth %4</source>
        <translation>%1, %2: %3 subiecte, profunzime %4</translation>
    </message>
    <message>
        <source>No disclosures recorded yet.</source>
        <translation>Nu există încă dezvăluiri înregistrate.</translation>
    </message>
    <message>
        <source>Topics (breadth)</source>
        <translation>Subiecte (amploare)</translation>
    </message>
    <message>
        <source>Breadth</source>
        <translation>Amploare</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profunzime</translation>
    </message>
</context>
<context>
    <name>DisclosureEditor</name>
    <message>
        <source>Disclosures of this meeting</source>
        <translation>Dezvăluirile acestei întâlniri</translation>
    </message>
    <message>
        <source>Who, domain, topic, depth, sensitive and what was said; Delete removes one</source>
        <translation>Cine, domeniu, subiect, profunzime, sensibilă și ce s-a spus; Delete șterge una</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Ce s-a spus</translation>
    </message>
    <message>
        <source>W&amp;ho</source>
        <translation>C&amp;ine</translation>
    </message>
    <message>
        <source>Dep&amp;th</source>
        <translation>Pro&amp;funzime</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Adaugă</translation>
    </message>
    <message>
        <source>D&amp;omain</source>
        <translation>D&amp;omeniu</translation>
    </message>
    <message>
        <source>To&amp;pic</source>
        <translation>&amp;Subiect</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensibilă</translation>
    </message>
    <message>
        <source>Someone else at the customer</source>
        <translation>Altcineva de la client</translation>
    </message>
    <message>
        <source>What was said, e.g. “the plant will double capacity next year”</source>
        <translation>Ce s-a spus, de ex. „fabrica își va dubla capacitatea anul viitor”</translation>
    </message>
    <message>
        <source>Remove disclosure</source>
        <translation>Elimină dezvăluirea</translation>
    </message>
</context>
<context>
    <name>DisclosureListModel</name>
    <message>
        <source>Who</source>
        <translation>Cine</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domeniu</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Subiect</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profunzime</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensibilă</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Ce s-a spus</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
</context>
<context>
    <name>EconomicsChart</name>
    <message>
        <source>No periods recorded yet.</source>
        <translation>Nicio perioadă înregistrată încă.</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Venituri</translation>
    </message>
    <message>
        <source>Cost to serve</source>
        <translation>Cost de deservire</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Profit</translation>
    </message>
</context>
<context>
    <name>EconomicsModel</name>
    <message>
        <source>Period</source>
        <translation>Perioadă</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Venituri</translation>
    </message>
    <message>
        <source>Customer care</source>
        <translation>Relații cu clienții</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Asistență</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altul</translation>
    </message>
    <message>
        <source>Meeting time</source>
        <translation>Timp de întâlniri</translation>
    </message>
    <message>
        <source>Cost to serve</source>
        <translation>Cost de deservire</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Profit</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marjă</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Comenzi</translation>
    </message>
    <message>
        <source>Product lines</source>
        <translation>Linii de produse</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <source>%1 minutes of meetings logged in this period.</source>
        <translation>%1 minute de întâlniri înregistrate în această perioadă.</translation>
    </message>
</context>
<context>
    <name>EconomicsSettingsPage</name>
    <message>
        <source>“%1” is not a currency code. Type a three-letter ISO 4217 code, such as EUR or RON, or choose one from the list; nothing is saved until then.</source>
        <translation>„%1” nu este un cod de monedă. Tastează un cod ISO 4217 de trei litere, ca EUR sau RON, sau alege unul din listă; nu se salvează nimic până atunci.</translation>
    </message>
    <message>
        <source>No rate set: meeting time counts as nothing in cost-to-serve.</source>
        <translation>Niciun tarif setat: timpul întâlnirilor nu intră în costul de deservire.</translation>
    </message>
    <message>
        <source>Rates per hour: %1</source>
        <translation>Tarife pe oră: %1</translation>
    </message>
    <message>
        <source>Hourly cost of meeting time</source>
        <translation>Costul orar al timpului de întâlniri</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Monedă:</translation>
    </message>
    <message>
        <source>&amp;Rate per hour:</source>
        <translation>&amp;Tarif pe oră:</translation>
    </message>
    <message>
        <source>The currency whose rate you are editing; type any ISO code, such as CHF.</source>
        <translation>Moneda al cărei tarif îl editezi; tastează orice cod ISO, de exemplu CHF.</translation>
    </message>
    <message>
        <source>What an hour of meeting time costs you in this currency; it counts into the cost-to-serve of customers billed in it. 0 removes the rate.</source>
        <translation>Cât te costă o oră de întâlniri în această monedă; intră în costul de deservire al clienților facturați în ea. 0 șterge tariful.</translation>
    </message>
    <message>
        <source>Candidates to disengage</source>
        <translation>Candidați pentru dezangajare</translation>
    </message>
    <message>
        <source>A customer who costs a lot, has no stable relationship and is in the late, declining part of its life cycle is a candidate to disengage from: all three must hold, so your energy goes to more promising relationships.</source>
        <translation>Un client care costă mult, nu are o relație stabilă și se află în faza finală, în declin, a ciclului său de viață este candidat pentru dezangajare: toate trei condițiile trebuie îndeplinite, ca energia să meargă spre relații mai promițătoare.</translation>
    </message>
    <message>
        <source>High c&amp;ost-to-serve from:</source>
        <translation>C&amp;ost de deservire mare de la:</translation>
    </message>
    <message>
        <source> % of revenue</source>
        <translation> % din venituri</translation>
    </message>
    <message>
        <source>Costs a lot: over the last 12 months, serving the customer (care, assistance, other costs and meeting time) costs at least this share of its revenue.</source>
        <translation>Costă mult: în ultimele 12 luni, deservirea clientului (relații cu clienții, asistență, alte costuri și timpul întâlnirilor) costă cel puțin această parte din veniturile lui.</translation>
    </message>
    <message>
        <source>&amp;Weak health below:</source>
        <translation>Sănătate &amp;slabă sub:</translation>
    </message>
    <message>
        <source>No stable relationship: the principles&apos; health is below this score, or the relationship is still a business partnership after a year of meetings.</source>
        <translation>Nicio relație stabilă: sănătatea principiilor este sub acest scor, sau după un an de întâlniri relația este încă doar un parteneriat de afaceri.</translation>
    </message>
    <message>
        <source>Re&amp;venue drop from:</source>
        <translation>Scădere a &amp;veniturilor de la:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Declining: revenue of the last 12 months fell by at least this much against the 12 months before, or the customer moved down the lifecycle ladder.</source>
        <translation>În declin: veniturile ultimelor 12 luni au scăzut cel puțin cu atât față de cele 12 luni dinainte, sau clientul a coborât în ciclul de viață.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tablou de bord</translation>
    </message>
    <message>
        <source>Gone &amp;quiet after:</source>
        <translation>Relație tăcută &amp;după:</translation>
    </message>
    <message>
        <source> days without a meeting</source>
        <translation> zile fără întâlniri</translation>
    </message>
    <message>
        <source>A customer with no meeting for this long shows on the dashboard as quiet.</source>
        <translation>Un client fără întâlniri atâta timp apare în tabloul de bord ca relație tăcută.</translation>
    </message>
</context>
<context>
    <name>EconomicsTab</name>
    <message>
        <source>Candidate to disengage from: %1. The rule: when a customer costs a lot, has no stable relationship and is in the late phase of its life cycle, move that energy to more promising relationships.</source>
        <translation>Candidat pentru dezangajare: %1. Regula: când un client costă mult, nu are o relație stabilă și se află în faza finală a ciclului său de viață, mută energia spre relații mai promițătoare.</translation>
    </message>
    <message>
        <source>Last 12 months: revenue %1 · cost to serve %2 · profit %3 · margin %4</source>
        <translation>Ultimele 12 luni: venituri %1 · cost de deservire %2 · profit %3 · marjă %4</translation>
    </message>
    <message>
        <source>This customer has no currency yet: choose one with Edit customer, so amounts and meeting time can be counted in it.</source>
        <translation>Acest client nu are încă o monedă: alege-o din Editare client, ca sumele și timpul întâlnirilor să poată fi socotite în ea.</translation>
    </message>
    <message>
        <source>Meeting time is not counted: set an hourly rate for %1 in Settings.</source>
        <translation>Timpul întâlnirilor nu este socotit: setează un tarif orar pentru %1 în Setări.</translation>
    </message>
    <message>
        <source>Meeting time counts into the cost to serve at %1 an hour (Settings).</source>
        <translation>Timpul întâlnirilor intră în costul de deservire cu %1 pe oră (Setări).</translation>
    </message>
    <message>
        <source>Delete the figures of %1? This cannot be undone.</source>
        <translation>Ștergi cifrele pentru %1? Acțiunea nu poate fi anulată.</translation>
    </message>
    <message>
        <source>Delete period</source>
        <translation>Șterge perioada</translation>
    </message>
    <message>
        <source>Revenue and cost to serve</source>
        <translation>Venituri și cost de deservire</translation>
    </message>
    <message>
        <source>Profit = revenue − costs. Record each month or quarter: revenue, what customer care, assistance and the rest cost to serve this customer.</source>
        <translation>Profit = venituri − costuri. Înregistrează fiecare lună sau trimestru: veniturile și cât costă relațiile cu clienții, asistența și restul pentru a deservi acest client.</translation>
    </message>
    <message>
        <source>Add period…</source>
        <translation>Adaugă perioadă…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editează…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Loading the sample portfolio…</source>
        <translation>Se încarcă portofoliul de exemplu…</translation>
    </message>
    <message>
        <source>Load a sample portfolio</source>
        <translation>Încarcă un portofoliu de exemplu</translation>
    </message>
    <message>
        <source>Welcome to RelationDesk</source>
        <translation>Bun venit în RelationDesk</translation>
    </message>
    <message>
        <source>Your relationship desk is empty. Add your first customer, or load a sample portfolio of customers in Italy, Indonesia, Romania and English-speaking markets to see how RelationDesk works. You can delete the sample customers at any time.</source>
        <translation>Deocamdată nu ai niciun client în RelationDesk. Adaugă primul client sau încarcă un portofoliu de exemplu, cu clienți din Italia, Indonezia, România și de pe piețele vorbitoare de limba engleză, ca să vezi cum funcționează RelationDesk. Poți șterge oricând clienții de exemplu.</translation>
    </message>
    <message>
        <source>Add your first customer</source>
        <translation>Adaugă primul client</translation>
    </message>
    <message>
        <source>How do I…? A short guide, any time with F1</source>
        <translation>Cum fac să…? Un scurt ghid, oricând cu F1</translation>
    </message>
</context>
<context>
    <name>EncryptionOffer</name>
    <message>
        <source>Encrypt your database?</source>
        <translation>Criptezi baza de date?</translation>
    </message>
    <message>
        <source>Your database was made by an older RelationDesk and is not encrypted: anyone with this computer&apos;s disk can read it. Encrypt it now? A backup is made first, and the key is kept in this computer&apos;s keychain, so nothing changes in how you start RelationDesk.</source>
        <translation>Baza ta de date a fost creată de o versiune mai veche a RelationDesk și nu este criptată: oricine are discul acestui calculator o poate citi. O criptezi acum? Mai întâi se face o copie de rezervă, iar cheia se păstrează în portcheiul acestui calculator, deci nu se schimbă nimic în felul în care pornești RelationDesk.</translation>
    </message>
    <message>
        <source>The database was not encrypted</source>
        <translation>Baza de date nu a fost criptată</translation>
    </message>
    <message>
        <source>Encrypting the database did not succeed, so it was left as it was: nothing is lost. You can keep working; the details are in the log.</source>
        <translation>Criptarea bazei de date nu a reușit, așa că a rămas cum era: nu s-a pierdut nimic. Poți lucra mai departe; detaliile sunt în jurnal.</translation>
    </message>
    <message>
        <source>Delete the unencrypted backups?</source>
        <translation>Ștergi copiile de rezervă necriptate?</translation>
    </message>
    <message numerus="yes">
        <source>The database is encrypted now, but %n older backup(s) of it are not: they hold everything in clear. Delete them? Backups made from now on are encrypted.</source>
        <translation>
            <numerusform>Baza de date este criptată acum, dar %n copie de rezervă mai veche a ei nu este: conține totul în clar. O ștergi? Copiile de rezervă făcute de acum înainte sunt criptate.</numerusform>
            <numerusform>Baza de date este criptată acum, dar %n copii de rezervă mai vechi ale ei nu sunt: conțin totul în clar. Le ștergi? Copiile de rezervă făcute de acum înainte sunt criptate.</numerusform>
            <numerusform>Baza de date este criptată acum, dar %n de copii de rezervă mai vechi ale ei nu sunt: conțin totul în clar. Le ștergi? Copiile de rezervă făcute de acum înainte sunt criptate.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErasePersonDialog</name>
    <message>
        <source>Customer notes</source>
        <translation>Notele clientului</translation>
    </message>
    <message>
        <source>A colleague&apos;s notes</source>
        <translation>Notele unui coleg</translation>
    </message>
    <message>
        <source>Meeting summary</source>
        <translation>Rezumatul întâlnirii</translation>
    </message>
    <message>
        <source>Meeting next steps</source>
        <translation>Pașii următori ai întâlnirii</translation>
    </message>
    <message>
        <source>Meeting place</source>
        <translation>Locul întâlnirii</translation>
    </message>
    <message>
        <source>Something someone else disclosed</source>
        <translation>Ceva dezvăluit de altă persoană</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Revenire</translation>
    </message>
    <message>
        <source>Give-and-take entry</source>
        <translation>Înregistrare din „Dat și primit”</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Angajament</translation>
    </message>
    <message>
        <source>Stage change note</source>
        <translation>Notă la schimbarea etapei</translation>
    </message>
    <message>
        <source>Rating note</source>
        <translation>Notă la o evaluare</translation>
    </message>
    <message>
        <source>Lifecycle move</source>
        <translation>Mutare în ciclul de viață</translation>
    </message>
    <message>
        <source>Recommendation note</source>
        <translation>Notă la un răspuns NPS</translation>
    </message>
    <message>
        <source>Referral note</source>
        <translation>Notă la o recomandare</translation>
    </message>
    <message>
        <source>Economics note</source>
        <translation>Notă la o perioadă economică</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>Șterge clientul</translation>
    </message>
    <message>
        <source>Delete %1 with all its contacts? Everything recorded about this customer will be erased. Undo cannot bring it back: only a backup made before it can (File → Backups…).</source>
        <translation>Ștergi clientul %1 cu toate contactele sale? Tot ce s-a înregistrat despre acest client va fi șters. Anularea nu îl poate aduce înapoi: doar o copie de rezervă făcută înainte poate (Fișier → Copii de rezervă…).</translation>
    </message>
    <message>
        <source>The names of its people also appear in other customers&apos; texts. They are replaced by […] in the ticked ones; untick what must stay as it is.</source>
        <translation>Numele oamenilor săi apar și în textele altor clienți. În cele bifate vor fi înlocuite cu […]; debifează ce trebuie să rămână neschimbat.</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Șterge contactul</translation>
    </message>
    <message>
        <source>Delete %1 and everything recorded about this person? This cannot be undone.</source>
        <translation>Ștergi contactul %1 și tot ce s-a înregistrat despre această persoană? Acțiunea nu poate fi anulată.</translation>
    </message>
    <message>
        <source>The name also appears in these texts. It is replaced by […] in the ticked ones; untick what must stay as it is.</source>
        <translation>Numele apare și în aceste texte. În cele bifate va fi înlocuit cu […]; debifează ce trebuie să rămână neschimbat.</translation>
    </message>
    <message>
        <source>Texts with only a surname are not ticked: it may be someone else&apos;s, or a company&apos;s. Tick them if they are about one of its people.</source>
        <translation>Textele care conțin doar un nume de familie nu sunt bifate: poate fi al altcuiva sau al unei firme. Bifează-le dacă se referă la unul dintre oamenii săi.</translation>
    </message>
    <message>
        <source>Texts with only the surname are not ticked: it may be someone else&apos;s, or a company&apos;s. Tick them if they are about this person.</source>
        <translation>Textele care conțin doar numele de familie nu sunt bifate: poate fi al altcuiva sau al unei firme. Bifează-le dacă se referă la această persoană.</translation>
    </message>
    <message>
        <source>Erasure not finished</source>
        <translation>Ștergerea nu s-a încheiat</translation>
    </message>
    <message>
        <source>%1 was deleted, but another program is reading the database, so the erased data is still in its file. Close that program (a backup tool, a database browser); the clean-up finishes the next time RelationDesk opens the database.</source>
        <translation>%1 a fost șters, dar un alt program citește baza de date, așa că datele șterse sunt încă în fișierul ei. Închide acel program (un program de copii de rezervă, un navigator de baze de date); curățarea se încheie data viitoare când RelationDesk deschide baza de date.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>RelationDesk is already running</source>
        <translation>RelationDesk rulează deja</translation>
    </message>
    <message>
        <source>This database is already open in another RelationDesk window. Switch to that window, or close it first.

File: %1</source>
        <translation>Această bază de date este deja deschisă într-o altă fereastră RelationDesk. Treci la fereastra respectivă sau închide-o mai întâi.

Fișier: %1</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Baza de date este deteriorată</translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be read. Restore the newest good backup, made on %1? The damaged file is kept next to it, renamed.</source>
        <translation>Fișierul bazei de date este deteriorat și nu poate fi citit. Restaurezi cea mai recentă copie de rezervă bună, creată la %1? Fișierul deteriorat este păstrat alături, redenumit.</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>Baza de date nu poate fi deschisă</translation>
    </message>
    <message>
        <source>RelationDesk cannot start</source>
        <translation>RelationDesk nu poate porni</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fișier: %1</translation>
    </message>
    <message>
        <source>This file is not a RelationDesk database (it is not an SQLite file).</source>
        <translation>Acest fișier nu este o bază de date RelationDesk (nu este un fișier SQLite).</translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be read. Restore a backup, or move the file away to start with an empty database.</source>
        <translation>Fișierul bazei de date este deteriorat și nu poate fi citit. Restaurează o copie de rezervă sau mută fișierul în altă parte pentru a începe cu o bază de date goală.</translation>
    </message>
    <message>
        <source>You do not have permission to read and write this file or its folder. Check the file&apos;s permissions, or choose another data folder.</source>
        <translation>Nu ai permisiunea de a citi și de a scrie acest fișier sau dosarul în care se află. Verifică permisiunile fișierului sau alege alt dosar de date.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of RelationDesk. Install the newer version to open it. The file was not changed.</source>
        <translation>Această bază de date a fost salvată de o versiune mai nouă a RelationDesk. Instalează versiunea mai nouă pentru a o deschide. Fișierul nu a fost modificat.</translation>
    </message>
    <message>
        <source>This SQLite file belongs to another program, not to RelationDesk. The file was not changed.</source>
        <translation>Acest fișier SQLite aparține altui program, nu aplicației RelationDesk. Fișierul nu a fost modificat.</translation>
    </message>
    <message>
        <source>Another program is using the database. Close it and try again.</source>
        <translation>Un alt program folosește baza de date. Închide-l și încearcă din nou.</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>Baza de date nu a putut fi deschisă.</translation>
    </message>
    <message>
        <source>The database cannot be decrypted with the key this computer keeps for it: it was encrypted with another key (on another computer?), or its first page is damaged. Restore a backup, or open it where it was made. The file was not changed.</source>
        <translation>Baza de date nu poate fi decriptată cu cheia pe care acest calculator o păstrează pentru ea: a fost criptată cu altă cheie (pe alt calculator?) sau prima ei pagină este deteriorată. Restaurează o copie de rezervă sau deschide-o acolo unde a fost creată. Fișierul nu a fost modificat.</translation>
    </message>
    <message>
        <source>The database is encrypted, and its key is not in this computer&apos;s keychain. Open it on the computer that made it, or restore a backup made here. The file was not changed.</source>
        <translation>Baza de date este criptată, iar cheia ei nu se află în portcheiul acestui calculator. Deschide-o pe calculatorul care a creat-o sau restaurează o copie de rezervă făcută aici. Fișierul nu a fost modificat.</translation>
    </message>
    <message>
        <source>RelationDesk keeps the key that encrypts your database in the system keychain, and none is available. Unlock or install one (GNOME Keyring, KWallet, the macOS Keychain, the Windows Credential Manager), or name a file for the key in RELATIONDESK_KEY_FILE. Nothing was changed.</source>
        <translation>RelationDesk păstrează cheia care îți criptează baza de date în portcheiul sistemului, iar niciunul nu este disponibil. Deblochează sau instalează unul (GNOME Keyring, KWallet, Keychain din macOS, Credential Manager din Windows) sau indică un fișier pentru cheie în RELATIONDESK_KEY_FILE. Nu s-a modificat nimic.</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Nothing was changed. Wait until it is done (or close it), then try again.</source>
        <translation>Baza de date este ocupată: alt program scrie în ea. Nu s-a modificat nimic. Așteaptă până termină (sau închide-l), apoi încearcă din nou.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was changed. Free some space on the disk that holds the data folder, then try again.</source>
        <translation>Discul este plin, așa că nu s-a modificat nimic. Eliberează spațiu pe discul pe care se află dosarul de date, apoi încearcă din nou.</translation>
    </message>
    <message>
        <source>The database cannot be written: the file, its folder or a leftover -shm or -wal file next to it is read-only. Nothing was changed. Give yourself write permission on them (or close the program that made them), then try again.</source>
        <translation>Nu se poate scrie în baza de date: fișierul, dosarul său sau un fișier -shm ori -wal rămas lângă el poate fi doar citit. Nu s-a modificat nimic. Dă-ți permisiunea de scriere pentru ele (sau închide programul care le-a creat), apoi încearcă din nou.</translation>
    </message>
    <message>
        <source>The data folder is a file, not a folder. Point RELATIONDESK_DATA_DIR to a folder, or move the file away. Nothing was changed.</source>
        <translation>Dosarul de date este un fișier, nu un dosar. Setează RELATIONDESK_DATA_DIR către un dosar sau mută fișierul în altă parte. Nu s-a modificat nimic.</translation>
    </message>
    <message>
        <source>The database file cannot be opened: its folder may be missing or not readable. Check the data folder and its permissions, then try again. Nothing was changed.</source>
        <translation>Fișierul bazei de date nu poate fi deschis: dosarul său poate lipsi sau nu poate fi citit. Verifică dosarul de date și permisiunile lui, apoi încearcă din nou. Nu s-a modificat nimic.</translation>
    </message>
    <message>
        <source>Nothing was saved</source>
        <translation>Nu s-a salvat nimic</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>A apărut o problemă</translation>
    </message>
    <message>
        <source>RelationDesk met an unexpected problem. Your saved data is safe. The details were written to the log file in the data folder.</source>
        <translation>RelationDesk a întâmpinat o problemă neașteptată. Datele salvate sunt în siguranță. Detaliile au fost scrise în fișierul jurnal din dosarul de date.</translation>
    </message>
</context>
<context>
    <name>EvidenceView</name>
    <message>
        <source>Delete the entry “%1”? Edit → Undo brings it back.</source>
        <translation>Ștergi înregistrarea „%1”? Editare → Anulează o aduce înapoi.</translation>
    </message>
    <message>
        <source>What it returned will show as not returned.</source>
        <translation>Ce compensa această înregistrare va apărea ca necompensat.</translation>
    </message>
    <message>
        <source>Delete give-and-take entry</source>
        <translation>Șterge înregistrarea din „Dat și primit”</translation>
    </message>
    <message>
        <source>give-and-take entry deleted</source>
        <translation>înregistrare de dat și primit ștearsă</translation>
    </message>
    <message>
        <source>Delete the promise “%1”? This cannot be undone.</source>
        <translation>Ștergi promisiunea „%1”? Acțiunea nu poate fi anulată.</translation>
    </message>
    <message>
        <source>Delete commitment</source>
        <translation>Șterge angajamentul</translation>
    </message>
    <message>
        <source>Give and take</source>
        <translation>Dat și primit</translation>
    </message>
    <message>
        <source>Record what each side gives the other, and the power plays: one-sided demands, risks shifted onto us.</source>
        <translation>Înregistrează ce oferă fiecare parte celeilalte, precum și demonstrațiile de forță: cererile unilaterale și riscurile transferate asupra noastră.</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Angajamente</translation>
    </message>
    <message>
        <source>Record the promises each side makes, when they are due, and whether they were kept.</source>
        <translation>Înregistrează promisiunile făcute de fiecare parte, termenele lor și dacă au fost respectate.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Adaugă…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editează…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Add a give-and-take entry</source>
        <translation>Adaugă o înregistrare în „Dat și primit”</translation>
    </message>
    <message>
        <source>Add a commitment</source>
        <translation>Adaugă un angajament</translation>
    </message>
</context>
<context>
    <name>ExchangeFlows</name>
    <message>
        <source>All files (*)</source>
        <translation>Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export anulat: nu s-a scris niciun fișier.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exportul a eșuat</translation>
    </message>
    <message>
        <source>The file could not be written; nothing was saved. Check that the folder exists and that you may write to it, then try again.</source>
        <translation>Fișierul nu a putut fi scris; nu s-a salvat nimic. Verifică dacă dosarul există și dacă ai permisiunea de a scrie în el, apoi încearcă din nou.</translation>
    </message>
    <message>
        <source>Export contacts as vCard</source>
        <translation>Exportă contactele în format vCard</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Fișiere vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Exporting contacts…</source>
        <translation>Se exportă contactele…</translation>
    </message>
    <message>
        <source>Contacts exported to %1: %2</source>
        <translation>Contacte exportate în %1: %2</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Pași următori</translation>
    </message>
    <message>
        <source>Export meetings and follow-ups</source>
        <translation>Exportă întâlnirile și revenirile</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fișiere calendar (*.ics)</translation>
    </message>
    <message>
        <source>Exporting meetings…</source>
        <translation>Se exportă întâlnirile…</translation>
    </message>
    <message>
        <source>Exported to %1 — meetings: %2, open follow-ups: %3</source>
        <translation>Exportat în %1 — întâlniri: %2, reveniri în curs: %3</translation>
    </message>
    <message>
        <source>Export everything as JSON</source>
        <translation>Exportă toate datele în format JSON</translation>
    </message>
    <message>
        <source>The whole database goes into one JSON file (described in the documentation). The texts of sensitive disclosures are left out unless you include them here.</source>
        <translation>Întreaga bază de date este salvată într-un singur fișier JSON (descris în documentație). Textele dezvăluirilor sensibile sunt omise, cu excepția cazului în care alegi aici să le incluzi.</translation>
    </message>
    <message>
        <source>Include the texts of &amp;sensitive disclosures</source>
        <translation>Include textele dezvăluirilor &amp;sensibile</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fișiere JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting all data…</source>
        <translation>Se exportă toate datele…</translation>
    </message>
    <message>
        <source>Everything exported to %1</source>
        <translation>Toate datele au fost exportate în %1</translation>
    </message>
    <message>
        <source>Import contacts from vCard</source>
        <translation>Importă contacte din vCard</translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard)</source>
        <translation>Fișiere vCard (*.vcf *.vcard)</translation>
    </message>
    <message>
        <source>Contacts not imported</source>
        <translation>Contactele nu au fost importate</translation>
    </message>
    <message>
        <source>%1 cannot be imported; nothing was changed.</source>
        <translation>%1 nu poate fi importat; nu s-a modificat nimic.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Se citește %1…</translation>
    </message>
    <message>
        <source>Contacts imported: %1 new</source>
        <translation>Contacte importate — noi: %1</translation>
    </message>
    <message>
        <source>merged: %2</source>
        <translation>îmbinate: %2</translation>
    </message>
    <message>
        <source>skipped: %3</source>
        <translation>omise: %3</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Import anulat: nu s-a modificat nimic.</translation>
    </message>
    <message>
        <source>The import did not complete. Nothing was changed.</source>
        <translation>Importul nu s-a încheiat. Nu s-a modificat nimic.</translation>
    </message>
    <message>
        <source>Importing contacts…</source>
        <translation>Se importă contactele…</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Exportă clienții</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fișiere CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting customers…</source>
        <translation>Se exportă clienții…</translation>
    </message>
    <message>
        <source>Customers exported to %1</source>
        <translation>Clienții au fost exportați în %1</translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <source>&amp;Import customers from CSV…</source>
        <translation>I&amp;mportă clienți din CSV…</translation>
    </message>
    <message>
        <source>Import contacts from &amp;vCard…</source>
        <translation>Importă con&amp;tacte din vCard…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportă</translation>
    </message>
    <message>
        <source>&amp;Customers as CSV…</source>
        <translation>&amp;Clienții în format CSV…</translation>
    </message>
    <message>
        <source>Contacts as &amp;vCard…</source>
        <translation>Contactele în format &amp;vCard…</translation>
    </message>
    <message>
        <source>C&amp;alendar (.ics)…</source>
        <translation>C&amp;alendarul (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Everything as JSON…</source>
        <translation>&amp;Toate datele în format JSON…</translation>
    </message>
    <message>
        <source>&amp;Merge customer into…</source>
        <translation>Î&amp;mbină clientul cu…</translation>
    </message>
</context>
<context>
    <name>ExportPdfDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>Exportă PDF</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Ce se exportă</translation>
    </message>
    <message>
        <source>&amp;Customer review</source>
        <translation>&amp;Analiza clientului</translation>
    </message>
    <message>
        <source>&amp;Meeting brief</source>
        <translation>S&amp;inteză pentru întâlnire</translation>
    </message>
    <message>
        <source>&amp;Customer review of %1</source>
        <translation>&amp;Analiza clientului %1</translation>
    </message>
    <message>
        <source>&amp;Meeting brief for %1</source>
        <translation>S&amp;inteză pentru întâlnirea cu %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Portfolio review of the %n customer(s) in the list</source>
        <translation>
            <numerusform>Analiza &amp;portofoliului pentru %n client din listă</numerusform>
            <numerusform>Analiza &amp;portofoliului pentru cei %n clienți din listă</numerusform>
            <numerusform>Analiza &amp;portofoliului pentru cei %n de clienți din listă</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a customer in the list to export its review or its brief.</source>
        <translation>Selectează un client din listă pentru a-i exporta analiza sau sinteza pentru întâlnire.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Limbă:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Numele tău:</translation>
    </message>
    <message>
        <source>printed as “Prepared by”; kept in Settings</source>
        <translation>tipărit ca „Întocmit de”; păstrat în Setări</translation>
    </message>
    <message>
        <source>Customer review</source>
        <translation>Analiza clientului</translation>
    </message>
    <message>
        <source>Pe&amp;riod:</source>
        <translation>Pe&amp;rioadă:</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Prima zi a perioadei</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Ultima zi a perioadei</translation>
    </message>
    <message>
        <source>The period must not start after it ends.</source>
        <translation>Perioada nu poate începe după ce se încheie.</translation>
    </message>
    <message>
        <source>Include &amp;disclosure texts</source>
        <translation>Include textele &amp;dezvăluirilor</translation>
    </message>
    <message>
        <source>Without it, disclosures are summarised by domain, depth and topic.</source>
        <translation>Fără această opțiune, dezvăluirile sunt rezumate pe domeniu, profunzime și subiect.</translation>
    </message>
    <message>
        <source>Include &amp;sensitive disclosures too</source>
        <translation>Include și dezvăluirile &amp;sensibile</translation>
    </message>
    <message>
        <source>Sensitive texts will be readable by whoever gets the file.</source>
        <translation>Textele sensibile vor putea fi citite de oricine primește fișierul.</translation>
    </message>
    <message>
        <source>Portfolio review</source>
        <translation>Analiza portofoliului</translation>
    </message>
    <message>
        <source>Sor&amp;t by:</source>
        <translation>Sor&amp;tează după:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Sănătate</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Venituri</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Profit</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Etapa ciclului de viață</translation>
    </message>
    <message>
        <source>&amp;Open the PDF when done</source>
        <translation>Deschide PDF-ul după &amp;generare</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportă…</translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <source>Due</source>
        <translation>Termen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Revenire</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Termen depășit cu %n zi</numerusform>
            <numerusform>Termen depășit cu %n zile</numerusform>
            <numerusform>Termen depășit cu %n de zile</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Not saved</source>
        <translation>Nu s-a salvat</translation>
    </message>
    <message>
        <source>This record was deleted meanwhile, so it cannot be saved.</source>
        <translation>Între timp, această înregistrare a fost ștearsă, așa că nu mai poate fi salvată.</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>How do I log a meeting after a visit?</source>
        <translation>Cum înregistrez o întâlnire după o vizită?</translation>
    </message>
    <message>
        <source>Press %1. Choose the customer, write what happened and the next steps, add what each side disclosed and, if you like, a follow-up date; Ctrl+Enter saves. An unfinished meeting is kept as a draft.</source>
        <translation>Apasă %1. Alege clientul, scrie ce s-a întâmplat și pașii următori, adaugă ce a dezvăluit fiecare parte și, dacă vrei, o dată de revenire; Ctrl+Enter salvează. O întâlnire neterminată rămâne ca ciornă.</translation>
    </message>
    <message>
        <source>How do I see what is due today?</source>
        <translation>Cum văd ce am de făcut azi?</translation>
    </message>
    <message>
        <source>Press %1: overdue follow-ups first, then today&apos;s. Ctrl+D marks the selected one done; Tomorrow, Next week and Reschedule… move it; Enter opens the customer. Below, Reach out lists the customers drifting apart or past their stay-in-touch interval.</source>
        <translation>Apasă %1: întâi revenirile întârziate, apoi cele de azi. Ctrl+D o marchează ca efectuată pe cea selectată; Mâine, Săptămâna viitoare și Reprogramează… o mută; Enter deschide clientul. Dedesubt, De contactat listează clienții cu care relația se răcește sau care au depășit intervalul de contact.</translation>
    </message>
    <message>
        <source>How do I find a customer?</source>
        <translation>Cum găsesc un client?</translation>
    </message>
    <message>
        <source>Press %1 and type part of a name, a contact or a note; accents do not matter (“stefan” finds “Ștefan”). %2 shows the customer list.</source>
        <translation>Apasă %1 și scrie o parte dintr-un nume, un contact sau o notă; diacriticele nu contează („stefan” îl găsește pe „Ștefan”). %2 arată lista clienților.</translation>
    </message>
    <message>
        <source>How do I tell whether a relationship is healthy?</source>
        <translation>Cum îmi dau seama dacă o relație e sănătoasă?</translation>
    </message>
    <message>
        <source>Open the customer: the list beside the details names its sections (Alt+1 … Alt+8, or Ctrl+Page Down and Ctrl+Page Up). Brief shows the stage and the stay-in-touch light, Principles the five scores and why, Give and take the ledger and the promises.</source>
        <translation>Deschide clientul: lista de lângă detalii îi numește secțiunile (Alt+1 … Alt+8, sau Ctrl+Page Down și Ctrl+Page Up). Sinteza arată etapa și lumina de contact, Principii cele cinci scoruri și de ce, Dat și primit registrul și promisiunile.</translation>
    </message>
    <message>
        <source>How do I prepare a review with my manager?</source>
        <translation>Cum pregătesc o analiză cu managerul meu?</translation>
    </message>
    <message>
        <source>Press %1 to export a PDF: a customer review, a meeting brief or the portfolio review, in any of the four languages. %2 shows the dashboard.</source>
        <translation>Apasă %1 ca să exporți un PDF: analiza unui client, sinteza pentru o întâlnire sau analiza portofoliului, în oricare dintre cele patru limbi. %2 arată tabloul de bord.</translation>
    </message>
    <message>
        <source>How do I move to a new laptop?</source>
        <translation>Cum trec pe un laptop nou?</translation>
    </message>
    <message>
        <source>Copy a backup file to the new laptop, then choose File → Backups… → Restore from a file…. The file is checked before anything is replaced, and what was there is backed up first.</source>
        <translation>Copiază un fișier de rezervă pe laptopul nou, apoi alege Fișier → Copii de rezervă… → Restaurează dintr-un fișier…. Fișierul e verificat înainte să fie înlocuit ceva, iar ce era acolo e salvat întâi.</translation>
    </message>
    <message>
        <source>How do I erase everything about a person?</source>
        <translation>Cum șterg tot ce privește o persoană?</translation>
    </message>
    <message>
        <source>In the customer&apos;s Details and contacts, select the person and choose Delete contact: RelationDesk shows what mentions them before erasing it. Personal data… first exports what is kept about them.</source>
        <translation>În Detalii și contacte ale clientului, selectează persoana și alege Șterge contactul: RelationDesk arată ce o menționează înainte de a șterge. Date personale… exportă întâi ce se păstrează despre ea.</translation>
    </message>
    <message>
        <source>Where are all the keyboard shortcuts?</source>
        <translation>Unde găsesc toate comenzile rapide?</translation>
    </message>
    <message>
        <source>Help → Keyboard shortcuts lists every one, as the window has them now.</source>
        <translation>Ajutor → Comenzi rapide de la tastatură le listează pe toate, așa cum le are fereastra acum.</translation>
    </message>
    <message>
        <source>How do I…</source>
        <translation>Cum fac să…</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Comenzi rapide de la tastatură</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ce</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>RelationDesk guide</source>
        <translation>Ghidul RelationDesk</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Guide: how do I…</source>
        <translation>&amp;Ghid: cum fac să…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Comenzi rapide de la tastatură</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Decision maker</source>
        <translation>Factor de decizie</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Influențator</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilizator</translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation>Persoană-filtru</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Susținător intern</translation>
    </message>
    <message>
        <source>Buyer (purchasing)</source>
        <translation>Cumpărător (achiziții)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altul</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Scăzută</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medie</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Ridicată</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Vizită</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Apel</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Apel video</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Masă de afaceri</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Eveniment</translation>
    </message>
    <message>
        <source>Other meeting</source>
        <translation>Altă întâlnire</translation>
    </message>
    <message>
        <source>Customer side</source>
        <translation>Partea clientului</translation>
    </message>
    <message>
        <source>Our side</source>
        <translation>Partea noastră</translation>
    </message>
    <message>
        <source>Personal life</source>
        <translation>Viață personală</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Afacere</translation>
    </message>
    <message>
        <source>Peripheral</source>
        <translation>Periferică</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Intermediară</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Profundă</translation>
    </message>
    <message>
        <source>Surface facts anyone may know: hobbies, holidays, the company&apos;s products.</source>
        <translation>Informații de suprafață pe care le poate ști oricine: hobby-uri, vacanțe, produsele firmei.</translation>
    </message>
    <message>
        <source>Opinions and plans shared in trust: family news, the company&apos;s problems.</source>
        <translation>Opinii și planuri împărtășite în încredere: vești din familie, problemele firmei.</translation>
    </message>
    <message>
        <source>The innermost layer: values, divorce, illness, bankruptcy, future business plans.</source>
        <translation>Stratul cel mai intim: valori, divorț, boală, faliment, planuri de afaceri de viitor.</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation>Hobby-uri</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Sănătate</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valori</translation>
    </message>
    <message>
        <source>Life events</source>
        <translation>Evenimente de viață</translation>
    </message>
    <message>
        <source>Career</source>
        <translation>Carieră</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Călătorii</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Educație</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Casă</translation>
    </message>
    <message>
        <source>Company strategy</source>
        <translation>Strategia firmei</translation>
    </message>
    <message>
        <source>Finances</source>
        <translation>Finanțe</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Future plans</source>
        <translation>Planuri de viitor</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizare</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Concurenți</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Furnizori</translation>
    </message>
    <message>
        <source>Products and needs</source>
        <translation>Produse și nevoi</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Oameni</translation>
    </message>
    <message>
        <source>Business partner</source>
        <translation>Partener de afaceri</translation>
    </message>
    <message>
        <source>Collaborative partner</source>
        <translation>Partener de colaborare</translation>
    </message>
    <message>
        <source>Collaborative &amp; personal partner</source>
        <translation>Partener de colaborare și personal</translation>
    </message>
    <message>
        <source>In touch</source>
        <translation>În contact</translation>
    </message>
    <message>
        <source>Due for contact</source>
        <translation>De contactat</translation>
    </message>
    <message>
        <source>No meetings yet</source>
        <translation>Nicio întâlnire încă</translation>
    </message>
    <message>
        <source>Reciprocity</source>
        <translation>Reciprocitate</translation>
    </message>
    <message>
        <source>Autonomy</source>
        <translation>Autonomie</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integritate</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Loialitate</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Echitate</translation>
    </message>
    <message>
        <source>Fair, balanced exchanges: if one side takes a business risk, so does the other; if one invests time and money, the other reciprocates. Obligations, risks and rewards are shared.</source>
        <translation>Schimburi corecte și echilibrate: dacă una dintre părți își asumă un risc de afaceri, și-l asumă și cealaltă; dacă una investește timp și bani, cealaltă răspunde la fel. Obligațiile, riscurile și recompensele sunt împărțite.</translation>
    </message>
    <message>
        <source>Each side decides freely, outside the other&apos;s power. Without it come power struggles: one side demands one-sided concessions or shifts known risks onto the other.</source>
        <translation>Fiecare parte decide liber, în afara puterii celeilalte. Fără autonomie apar luptele pentru putere: o parte cere concesii unilaterale sau transferă asupra celeilalte riscuri cunoscute.</translation>
    </message>
    <message>
        <source>Consistent decisions and actions on both sides: the same decision and action in the same circumstances, the same result from the same actions.</source>
        <translation>Decizii și acțiuni coerente de ambele părți: aceeași decizie și aceeași acțiune în aceleași împrejurări, același rezultat din aceleași acțiuni.</translation>
    </message>
    <message>
        <source>Both are loyal to the relationship: risks, rewards, burdens and benefits are allocated for what is best for the relationship, not for one side&apos;s gain.</source>
        <translation>Ambele părți sunt loiale relației: riscurile, recompensele, sarcinile și beneficiile sunt repartizate după ce este mai bine pentru relație, nu după câștigul uneia dintre părți.</translation>
    </message>
    <message>
        <source>Each side keeps the relationship in balance: rewards are shared in proportion to contributions, resources invested and risks taken, and inequalities are addressed as they emerge.</source>
        <translation>Fiecare parte menține relația în echilibru: recompensele sunt împărțite proporțional cu contribuțiile, resursele investite și riscurile asumate, iar inegalitățile sunt corectate pe măsură ce apar.</translation>
    </message>
    <message>
        <source>Concession or discount</source>
        <translation>Concesie sau reducere</translation>
    </message>
    <message>
        <source>Extra work</source>
        <translation>Muncă suplimentară</translation>
    </message>
    <message>
        <source>Risk accepted</source>
        <translation>Risc asumat</translation>
    </message>
    <message>
        <source>Time or money invested</source>
        <translation>Timp sau bani investiți</translation>
    </message>
    <message>
        <source>Favour</source>
        <translation>Favoare</translation>
    </message>
    <message>
        <source>One-sided demand</source>
        <translation>Cerere unilaterală</translation>
    </message>
    <message>
        <source>Risk shifted onto the other side</source>
        <translation>Risc transferat celeilalte părți</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschisă</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Respectată</translation>
    </message>
    <message>
        <source>Kept late</source>
        <translation>Respectată cu întârziere</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Încălcată</translation>
    </message>
    <message>
        <source>Your rating</source>
        <translation>Evaluarea ta</translation>
    </message>
    <message>
        <source>We gave, nothing returned</source>
        <translation>Noi am dat, nu am primit nimic în schimb</translation>
    </message>
    <message>
        <source>We gave, and it was returned</source>
        <translation>Noi am dat și am primit în schimb</translation>
    </message>
    <message>
        <source>The customer gave</source>
        <translation>Clientul a dat</translation>
    </message>
    <message>
        <source>Balance of what both sides disclose</source>
        <translation>Echilibrul dezvăluirilor dintre cele două părți</translation>
    </message>
    <message>
        <source>Power play</source>
        <translation>Demonstrație de forță</translation>
    </message>
    <message>
        <source>Meetings without power plays</source>
        <translation>Întâlniri fără demonstrații de forță</translation>
    </message>
    <message>
        <source>The customer kept a promise</source>
        <translation>Clientul și-a ținut o promisiune</translation>
    </message>
    <message>
        <source>The customer kept a promise late</source>
        <translation>Clientul și-a ținut o promisiune cu întârziere</translation>
    </message>
    <message>
        <source>The customer broke a promise</source>
        <translation>Clientul a încălcat o promisiune</translation>
    </message>
    <message>
        <source>We kept a promise</source>
        <translation>Ne-am ținut o promisiune</translation>
    </message>
    <message>
        <source>We kept a promise late</source>
        <translation>Ne-am ținut o promisiune cu întârziere</translation>
    </message>
    <message>
        <source>We broke a promise</source>
        <translation>Am încălcat o promisiune</translation>
    </message>
    <message>
        <source>The customer&apos;s promises: kept %1, late %2, broken %3 (record %4)</source>
        <translation>Promisiunile clientului: ținute %1, cu întârziere %2, încălcate %3 (bilanț %4)</translation>
    </message>
    <message>
        <source>Our promises: kept %1, late %2, broken %3 (record %4)</source>
        <translation>Promisiunile noastre: ținute %1, cu întârziere %2, încălcate %3 (bilanț %4)</translation>
    </message>
    <message>
        <source>: the weaker side, it drives the score (three times the other&apos;s weight).</source>
        <translation>: partea mai slabă, ea determină scorul (cântărește de trei ori cât cealaltă).</translation>
    </message>
    <message>
        <source>rate again after your next meeting to firm this up</source>
        <translation>evaluează din nou după următoarea întâlnire, ca să-l consolidezi</translation>
    </message>
    <message>
        <source>Years together</source>
        <translation>Ani de colaborare</translation>
    </message>
    <message>
        <source>Out of touch</source>
        <translation>Fără contact</translation>
    </message>
    <message>
        <source>Regular meetings</source>
        <translation>Întâlniri regulate</translation>
    </message>
    <message>
        <source>Meetings in the last year</source>
        <translation>Întâlniri în ultimul an</translation>
    </message>
    <message>
        <source>Share of value given by each side</source>
        <translation>Ponderea valorii oferite de fiecare parte</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Tester</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Cumpărător</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cont-cheie</translation>
    </message>
    <message>
        <source>Patron-friend</source>
        <translation>Patron-prieten</translation>
    </message>
    <message>
        <source>Sponsor-champion</source>
        <translation>Sponsor-campion</translation>
    </message>
    <message>
        <source>Former customer</source>
        <translation>Fost client</translation>
    </message>
    <message>
        <source>Not buying from you yet, but sees you as able to meet its needs. Create trust and psychological safety: they make your offer valuable and turn a prospect into a tester.</source>
        <translation>Nu cumpără încă de la tine, dar te vede capabil să-i satisfaci nevoile. Creează încredere și siguranță psihologică: ele dau valoare ofertei tale și transformă un prospect într-un tester.</translation>
    </message>
    <message>
        <source>Bought on trial and is still deciding whether to buy again and commit. Reassure them about the choice they made; empathy and listening are essential now.</source>
        <translation>A cumpărat de probă și încă decide dacă va cumpăra din nou și se va angaja. Liniștește-l în privința alegerii făcute; empatia și ascultarea sunt esențiale acum.</translation>
    </message>
    <message>
        <source>Keeps buying, but you are not its first choice. Show the economic and service advantages of continuity; learn its business in depth; cooperate with mutual respect.</source>
        <translation>Continuă să cumpere, dar nu ești prima lui alegere. Arată avantajele economice și de servicii ale continuității; cunoaște-i afacerea în profunzime; cooperează cu respect reciproc.</translation>
    </message>
    <message>
        <source>Sees you as one of its main suppliers, buys a wide range regularly and expects a personalised offer in return. Invest time and energy; extend the cooperation towards a partnership.</source>
        <translation>Te consideră unul dintre principalii furnizori, cumpără regulat o gamă largă și așteaptă în schimb o ofertă personalizată. Investește timp și energie; extinde cooperarea spre un parteneriat.</translation>
    </message>
    <message>
        <source>One of your most trusted accounts. Build a partnership with some processes personalised and, where it makes sense, implement together; create interdependence for a lasting win-win relationship.</source>
        <translation>Unul dintre conturile-cheie în care ai cea mai mare încredere. Construiește un parteneriat cu unele procese personalizate și, unde are sens, implementează-le împreună cu clientul; creează interdependență pentru o relație de tip câștig-câștig durabilă.</translation>
    </message>
    <message>
        <source>So satisfied that it recommends you to others and speaks well of your strengths. Invest time in the relationship, in training and education: aim to have as many sponsors as you can.</source>
        <translation>Este atât de mulțumit încât te recomandă altora și îți laudă punctele forte. Investește timp în relație, în instruire și educație: urmărește să ai cât mai mulți sponsori.</translation>
    </message>
    <message>
        <source>The relationship has ended. Its history stays here; if it starts again, record the move back to prospect or tester.</source>
        <translation>Relația s-a încheiat. Istoricul ei rămâne aici; dacă reîncepe, înregistrează mutarea înapoi la prospect sau tester.</translation>
    </message>
    <message>
        <source>a first order is recorded</source>
        <translation>este înregistrată o primă comandă</translation>
    </message>
    <message>
        <source>it has been a tester or higher on the ladder, so it has bought</source>
        <translation>a fost tester sau mai sus în ciclul de viață, deci a cumpărat</translation>
    </message>
    <message>
        <source>it ordered again, in more than one period</source>
        <translation>a comandat din nou, în mai multe perioade</translation>
    </message>
    <message>
        <source>it has been a buyer or higher on the ladder, so it buys again</source>
        <translation>a fost cumpărător sau mai sus în ciclul de viață, deci cumpără din nou</translation>
    </message>
    <message>
        <source>it buys regularly (in 4 or more of the last 6 months)</source>
        <translation>cumpără regulat (în cel puțin 4 din ultimele 6 luni)</translation>
    </message>
    <message>
        <source>it buys a wide range (3 or more product lines in a period)</source>
        <translation>cumpără o gamă largă (cel puțin 3 linii de produse într-o perioadă)</translation>
    </message>
    <message>
        <source>the relationship is a collaborative &amp; personal partnership</source>
        <translation>relația este un parteneriat de colaborare și personal</translation>
    </message>
    <message>
        <source>the relationship is a collaborative partnership, kept professional by choice</source>
        <translation>relația este un parteneriat de colaborare, păstrat strict profesional prin alegere</translation>
    </message>
    <message>
        <source>the principles&apos; health is 70 or more</source>
        <translation>sănătatea principiilor este de cel puțin 70</translation>
    </message>
    <message>
        <source>a contact would recommend us (9 or 10 out of 10)</source>
        <translation>un contact ne-ar recomanda (9 sau 10 din 10)</translation>
    </message>
    <message>
        <source>it has referred us to another customer</source>
        <translation>ne-a recomandat unui alt client</translation>
    </message>
    <message>
        <source>a first order (in the economics, or a recorded stage of tester or higher)</source>
        <translation>o primă comandă (în datele economice sau o etapă înregistrată de tester ori mai sus)</translation>
    </message>
    <message>
        <source>orders in more than one period (or a recorded stage of buyer or higher)</source>
        <translation>comenzi în mai multe perioade (sau o etapă înregistrată de cumpărător ori mai sus)</translation>
    </message>
    <message>
        <source>a collaborative &amp; personal partnership (a collaborative one, if kept professional)</source>
        <translation>un parteneriat de colaborare și personal (doar de colaborare, dacă relația rămâne strict profesională)</translation>
    </message>
    <message>
        <source>cost-to-serve is high relative to revenue</source>
        <translation>costul de deservire este mare față de venituri</translation>
    </message>
    <message>
        <source>it costs us but brought no revenue</source>
        <translation>ne costă, dar nu a adus venituri</translation>
    </message>
    <message>
        <source>the principle scores are weak</source>
        <translation>scorurile principiilor sunt slabe</translation>
    </message>
    <message>
        <source>after a year it is still only a business partnership</source>
        <translation>după un an este încă doar un parteneriat de afaceri</translation>
    </message>
    <message>
        <source>the relationship has ended</source>
        <translation>relația s-a încheiat</translation>
    </message>
    <message>
        <source>its lifecycle stage last moved down</source>
        <translation>ultima mutare de etapă în ciclul de viață a fost în jos</translation>
    </message>
    <message>
        <source>revenue fell compared with the year before</source>
        <translation>veniturile au scăzut față de anul precedent</translation>
    </message>
    <message>
        <source>Promoter</source>
        <translation>Promotor</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>Pasiv</translation>
    </message>
    <message>
        <source>Detractor</source>
        <translation>Detractor</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Lună</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestru</translation>
    </message>
</context>
<context>
    <name>LedgerDialog</name>
    <message>
        <source>Not returned</source>
        <translation>Necompensat</translation>
    </message>
    <message>
        <source>Edit give-and-take entry</source>
        <translation>Editează înregistrarea din „Dat și primit”</translation>
    </message>
    <message>
        <source>New give-and-take entry</source>
        <translation>Înregistrare nouă în „Dat și primit”</translation>
    </message>
    <message>
        <source>&amp;Given by:</source>
        <translation>&amp;Oferit de:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Ce:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escriere:</translation>
    </message>
    <message>
        <source>&amp;Value (%1):</source>
        <translation>&amp;Valoare (%1):</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valoare:</translation>
    </message>
    <message>
        <source>&amp;Returned by:</source>
        <translation>Compensat p&amp;rin:</translation>
    </message>
    <message>
        <source>What was given, e.g. a 5% discount on the spring order</source>
        <translation>Ce s-a oferit, de ex. o reducere de 5% la comanda de primăvară</translation>
    </message>
    <message>
        <source>Estimated value; empty if unknown</source>
        <translation>Valoare estimată; gol dacă nu se cunoaște</translation>
    </message>
    <message>
        <source>The other side&apos;s entry that gave something back for this one.</source>
        <translation>Înregistrarea celeilalte părți prin care s-a oferit ceva în schimb pentru aceasta.</translation>
    </message>
    <message>
        <source>write a number such as %1 or %2, or leave it empty.</source>
        <translation>scrie un număr, de exemplu %1 sau %2, ori lasă câmpul gol.</translation>
    </message>
</context>
<context>
    <name>LedgerTableModel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Oferit de</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ce</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descriere</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Compensat prin</translation>
    </message>
    <message>
        <source>A power play: it weighs on the autonomy of the relationship.</source>
        <translation>O demonstrație de forță: apasă asupra autonomiei relației.</translation>
    </message>
</context>
<context>
    <name>LifecycleDialog</name>
    <message>
        <source>Change lifecycle stage</source>
        <translation>Schimbă etapa ciclului de viață</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Etapă:</translation>
    </message>
    <message>
        <source>S&amp;ince:</source>
        <translation>&amp;Din:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Motiv:</translation>
    </message>
    <message>
        <source>e.g. second order in March</source>
        <translation>de ex. a doua comandă în martie</translation>
    </message>
</context>
<context>
    <name>LifecycleHistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De la</translation>
    </message>
    <message>
        <source>To</source>
        <translation>La</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <source>A move down the ladder.</source>
        <translation>Un pas înapoi în ciclul de viață.</translation>
    </message>
</context>
<context>
    <name>LifecycleTab</name>
    <message>
        <source>What to do: %1</source>
        <translation>Ce este de făcut: %1</translation>
    </message>
    <message>
        <source>%1 is not suggested yet; still needed: %2.</source>
        <translation>%1 nu este încă sugerat; mai este nevoie de: %2.</translation>
    </message>
    <message>
        <source>The evidence suggests moving to %1: %2.</source>
        <translation>Dovezile sugerează trecerea la %1: %2.</translation>
    </message>
    <message>
        <source>Move to %1…</source>
        <translation>Treci la %1…</translation>
    </message>
    <message>
        <source>Ask each contact how likely they are to recommend us to a friend or partner, from 0 to 10. No answer from the last 12 months yet.</source>
        <translation>Întreabă fiecare contact cât de probabil este să ne recomande unui prieten sau partener, de la 0 la 10. Niciun răspuns în ultimele 12 luni.</translation>
    </message>
    <message>
        <source>NPS %1 (answers counted: %2; promoters %3, passives %4, detractors %5).</source>
        <translation>NPS %1 (răspunsuri luate în calcul: %2; promotori %3, pasivi %4, detractori %5).</translation>
    </message>
    <message>
        <source>%1 in 90 days.</source>
        <translation>%1 în 90 de zile.</translation>
    </message>
    <message>
        <source>lifecycle move</source>
        <translation>mutarea în ciclul de viață</translation>
    </message>
    <message>
        <source>Undo lifecycle move</source>
        <translation>Anulează mutarea</translation>
    </message>
    <message>
        <source>Remove this move from the history? The stage goes back to the one before.</source>
        <translation>Scoți această mutare din istoric? Etapa revine la cea de dinainte.</translation>
    </message>
    <message>
        <source>Delete answer</source>
        <translation>Șterge răspunsul</translation>
    </message>
    <message>
        <source>Delete this recommendation answer? This cannot be undone.</source>
        <translation>Ștergi acest răspuns NPS? Acțiunea nu poate fi anulată.</translation>
    </message>
    <message>
        <source>Delete referral</source>
        <translation>Șterge recomandarea</translation>
    </message>
    <message>
        <source>Delete this referral? The other customer stays. This cannot be undone.</source>
        <translation>Ștergi această recomandare? Celălalt client rămâne. Acțiunea nu poate fi anulată.</translation>
    </message>
    <message>
        <source>Lifecycle stage:</source>
        <translation>Etapa ciclului de viață:</translation>
    </message>
    <message>
        <source>&amp;Change stage…</source>
        <translation>&amp;Schimbă etapa…</translation>
    </message>
    <message>
        <source>History of the lifecycle</source>
        <translation>Istoricul ciclului de viață</translation>
    </message>
    <message>
        <source>Every move, with the date and the reason given.</source>
        <translation>Fiecare mutare, cu data și motivul.</translation>
    </message>
    <message>
        <source>Change stage…</source>
        <translation>Schimbă etapa…</translation>
    </message>
    <message>
        <source>Undo move</source>
        <translation>Anulează mutarea</translation>
    </message>
    <message>
        <source>Recommendation answers</source>
        <translation>Răspunsuri NPS</translation>
    </message>
    <message>
        <source>Record answer…</source>
        <translation>Înregistrează răspuns…</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Recomandări</translation>
    </message>
    <message>
        <source>Who recommended us to whom: sponsors bring new prospects.</source>
        <translation>Cine ne-a recomandat cui: sponsorii aduc noi prospecți.</translation>
    </message>
    <message>
        <source>Record referral…</source>
        <translation>Înregistrează recomandare…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fișier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editare</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vizualizare</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ajutor</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Astăzi</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Clienți</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tablou de bord</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vizualizări</translation>
    </message>
    <message>
        <source>Today, Customers, Dashboard: Ctrl+1 to 3</source>
        <translation>Azi, Clienți, Tablou de bord: Ctrl+1 până la 3</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Astăzi</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienți</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tablou de bord</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>Client &amp;nou…</translation>
    </message>
    <message>
        <source>New &amp;contact…</source>
        <translation>&amp;Contact nou…</translation>
    </message>
    <message>
        <source>&amp;Log meeting…</source>
        <translation>Înregistrează o întâ&amp;lnire…</translation>
    </message>
    <message>
        <source>&amp;Edit customer…</source>
        <translation>&amp;Editează clientul…</translation>
    </message>
    <message>
        <source>&amp;Delete customer…</source>
        <translation>Ș&amp;terge clientul…</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>&amp;Caută client</translation>
    </message>
    <message>
        <source>Load sa&amp;mple portfolio</source>
        <translation>Încarcă portofoliul de &amp;exemplu</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportă &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>Copii de &amp;rezervă…</translation>
    </message>
    <message>
        <source>Chec&amp;k database…</source>
        <translation>&amp;Verifică baza de date…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Setări…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ieșire</translation>
    </message>
    <message>
        <source>&amp;About RelationDesk</source>
        <translation>&amp;Despre RelationDesk</translation>
    </message>
    <message>
        <source>Search customers, contacts, notes… (Ctrl+F)</source>
        <translation>Caută clienți, contacte, note… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Caută clienți</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Anulează %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Refă %1</translation>
    </message>
    <message>
        <source>No customer matches your search</source>
        <translation>Niciun client nu corespunde căutării</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clienți</numerusform>
            <numerusform>%n de clienți</numerusform>
        </translation>
    </message>
    <message>
        <source>About RelationDesk</source>
        <translation>Despre RelationDesk</translation>
    </message>
    <message>
        <source>RelationDesk %1

The relationship desk for B2B salespeople: offline, private, in your language.

Database: %2</source>
        <translation>RelationDesk %1

Aplicația pentru relațiile cu clienții, dedicată agenților de vânzări B2B: offline, confidențială, în limba ta.

Bază de date: %2</translation>
    </message>
</context>
<context>
    <name>MeetingBrief</name>
    <message>
        <source>Meeting brief, prepared on %1</source>
        <translation>Sinteză pentru întâlnire, întocmită la %1</translation>
    </message>
    <message>
        <source>Meeting brief: %1</source>
        <translation>Sinteză pentru întâlnire: %1</translation>
    </message>
    <message>
        <source>%1 · meeting brief</source>
        <translation>%1 · sinteză pentru întâlnire</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 din %2</translation>
    </message>
    <message>
        <source>Worth remembering (personal)</source>
        <translation>De reținut (viață personală)</translation>
    </message>
    <message>
        <source>Their business</source>
        <translation>Afacerea lor</translation>
    </message>
    <message>
        <source>Ask how these are going.</source>
        <translation>Întreabă cum merg aceste lucruri.</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmat</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>sugerat</translation>
    </message>
    <message>
        <source>Relationship: %1 (%2)</source>
        <translation>Relația: %1 (%2)</translation>
    </message>
    <message>
        <source>Relationship: not enough meetings yet to tell</source>
        <translation>Relația: încă prea puține întâlniri pentru o evaluare</translation>
    </message>
    <message>
        <source>Lifecycle: %1</source>
        <translation>Ciclu de viață: %1</translation>
    </message>
    <message>
        <source>Showing %1 of %2.</source>
        <translation>Se afișează %1 din %2.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persoane de contact</translation>
    </message>
    <message>
        <source>No contacts yet.</source>
        <translation>Încă nu există contacte.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Funcție</translation>
    </message>
    <message>
        <source>Buying role</source>
        <translation>Rol în achiziție</translation>
    </message>
    <message>
        <source>Last meetings and next steps</source>
        <translation>Ultimele întâlniri și pașii următori</translation>
    </message>
    <message>
        <source>No meetings yet.</source>
        <translation>Încă nicio întâlnire.</translation>
    </message>
    <message>
        <source>Next steps: %1</source>
        <translation>Pași următori: %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>termen depășit</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Reveniri în curs</translation>
    </message>
    <message>
        <source>Open commitments</source>
        <translation>Angajamente în curs</translation>
    </message>
    <message>
        <source>Nothing open.</source>
        <translation>Nimic în curs.</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>termen: %1</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Unsaved meeting</source>
        <translation>Întâlnire nesalvată</translation>
    </message>
    <message>
        <source>A meeting with %1 from %2 was not saved. Restore it?</source>
        <translation>O întâlnire cu %1 din %2 nu a fost salvată. O restaurezi?</translation>
    </message>
    <message>
        <source>an unknown customer</source>
        <translation>un client necunoscut</translation>
    </message>
    <message>
        <source>Discard meeting</source>
        <translation>Renunță la întâlnire</translation>
    </message>
    <message>
        <source>Close without saving? What you typed will be lost.</source>
        <translation>Închizi fără să salvezi? Ce ai scris se va pierde.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <source>Date and time, in your locale&apos;s format</source>
        <translation>Data și ora, în formatul limbii tale</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participanți</translation>
    </message>
    <message>
        <source>Space ticks a person</source>
        <translation>Spațiu bifează o persoană</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Data revenirii</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Editează întâlnirea</translation>
    </message>
    <message>
        <source>Log meeting</source>
        <translation>Înregistrează o întâlnire</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Client:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Data și ora:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urată:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tip:</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>&amp;Loc:</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>&amp;Participanți:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Rezumat:</translation>
    </message>
    <message>
        <source>&amp;Next steps:</source>
        <translation>Pași ur&amp;mători:</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>Re&amp;venire:</translation>
    </message>
    <message>
        <source>Disclosures:</source>
        <translation>Dezvăluiri:</translation>
    </message>
    <message>
        <source>Rate (optional):</source>
        <translation>Evaluare (opțional):</translation>
    </message>
    <message>
        <source>Type a few letters of the customer</source>
        <translation>Tastează câteva litere din numele clientului</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Astăzi</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ieri</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>Contact nou…</translation>
    </message>
    <message>
        <source>What happened, in a few lines</source>
        <translation>Ce s-a întâmplat, în câteva rânduri</translation>
    </message>
    <message>
        <source>What was agreed, e.g. send the offer</source>
        <translation>Ce s-a stabilit, de ex. trimiterea ofertei</translation>
    </message>
    <message>
        <source>Remind me on</source>
        <translation>Amintește-mi pe</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>kept</source>
        <translation>păstrat</translation>
    </message>
    <message>
        <source>merged into it, then deleted</source>
        <translation>îmbinat în cel păstrat, apoi șters</translation>
    </message>
    <message>
        <source>After merging, there is one record named “%1” with everything of both.</source>
        <translation>După îmbinare rămâne o singură înregistrare, „%1”, cu tot conținutul amândurora.</translation>
    </message>
    <message>
        <source>%1: “%2” stays (“%3” is not kept).</source>
        <translation>%1: rămâne „%2” („%3” nu se păstrează).</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”? Everything recorded about “%1” moves to “%2”, then “%1” is deleted. This cannot be undone.</source>
        <translation>Îmbini „%1” în „%2”? Tot ce s-a înregistrat despre „%1” se mută la „%2”, apoi „%1” se șterge. Acțiunea nu poate fi anulată.</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>Nu s-a îmbinat</translation>
    </message>
    <message>
        <source>One of the two records was deleted meanwhile, so nothing was merged.</source>
        <translation>Între timp, una dintre cele două înregistrări a fost ștearsă, așa că nu s-a îmbinat nimic.</translation>
    </message>
</context>
<context>
    <name>OwnerFilter</name>
    <message>
        <source>Everyone&apos;s customers</source>
        <translation>Clienții tuturor</translation>
    </message>
    <message>
        <source>My customers</source>
        <translation>Clienții mei</translation>
    </message>
    <message>
        <source>%1&apos;s customers</source>
        <translation>Clienții lui %1</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Responsabil:</translation>
    </message>
    <message>
        <source>&amp;Reassign…</source>
        <translation>&amp;Reatribuie…</translation>
    </message>
    <message>
        <source>Give the selected customers to another member</source>
        <translation>Dă clienții selectați altui membru al echipei</translation>
    </message>
    <message>
        <source>Reassign customers</source>
        <translation>Reatribuie clienți</translation>
    </message>
    <message numerus="yes">
        <source>Give %n customer(s) to:</source>
        <translation>
            <numerusform>Dă %n client lui:</numerusform>
            <numerusform>Dă %n clienți lui:</numerusform>
            <numerusform>Dă %n de clienți lui:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Save PDF</source>
        <translation>Salvează PDF-ul</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fișiere PDF (*.pdf)</translation>
    </message>
    <message>
        <source>customer review</source>
        <translation>analiza clientului</translation>
    </message>
    <message>
        <source>meeting brief</source>
        <translation>sinteză pentru întâlnire</translation>
    </message>
    <message>
        <source>portfolio review</source>
        <translation>analiza portofoliului</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF-ul nu a fost salvat</translation>
    </message>
    <message>
        <source>This customer was deleted meanwhile: nothing was saved.</source>
        <translation>Între timp, acest client a fost șters: nu s-a salvat nimic.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportă PDF</translation>
    </message>
    <message>
        <source>Reading the portfolio…</source>
        <translation>Se citește portofoliul…</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Se generează PDF-ul…</translation>
    </message>
    <message>
        <source>PDF saved: %1</source>
        <translation>PDF salvat: %1</translation>
    </message>
    <message>
        <source>PDF export cancelled: nothing was saved.</source>
        <translation>Export PDF anulat: nu s-a salvat nimic.</translation>
    </message>
    <message>
        <source>The PDF could not be made. Nothing was saved.</source>
        <translation>PDF-ul nu a putut fi generat. Nu s-a salvat nimic.</translation>
    </message>
    <message>
        <source>The PDF could not be saved as %1. Check that you may write to that folder and that the disk has room, then export again. An older file of that name is unchanged.</source>
        <translation>PDF-ul nu a putut fi salvat ca %1. Verifică dacă ai permisiunea de a scrie în acel dosar și dacă pe disc există spațiu suficient, apoi exportă din nou. Un fișier mai vechi cu același nume a rămas neschimbat.</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>Edit period</source>
        <translation>Editează perioada</translation>
    </message>
    <message>
        <source>New period</source>
        <translation>Perioadă nouă</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Perioadă:</translation>
    </message>
    <message>
        <source>&amp;Revenue:</source>
        <translation>&amp;Venituri:</translation>
    </message>
    <message>
        <source>&amp;Customer care cost:</source>
        <translation>Cost pentru relații cu &amp;clienții:</translation>
    </message>
    <message>
        <source>&amp;Assistance cost:</source>
        <translation>Cost de &amp;asistență:</translation>
    </message>
    <message>
        <source>O&amp;ther cost to serve:</source>
        <translation>Al&amp;te costuri de deservire:</translation>
    </message>
    <message>
        <source>&amp;Orders:</source>
        <translation>C&amp;omenzi:</translation>
    </message>
    <message>
        <source>Product &amp;lines bought:</source>
        <translation>&amp;Linii de produse cumpărate:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notă:</translation>
    </message>
    <message>
        <source>The time of the meetings logged in this period is added to the cost to serve, at the hourly rate set in Settings.</source>
        <translation>Timpul întâlnirilor înregistrate în această perioadă se adaugă la costul de deservire, la tariful orar din Setări.</translation>
    </message>
    <message>
        <source>How many different product lines they bought: a wide range marks an account.</source>
        <translation>Câte linii de produse diferite a cumpărat: o gamă largă arată un cont-cheie.</translation>
    </message>
</context>
<context>
    <name>PersonalDataDialog</name>
    <message>
        <source>Export personal data</source>
        <translation>Exportă datele personale</translation>
    </message>
    <message>
        <source>Everything held about %1 — the contact record, meetings attended, what they told us, recommendation answers and referrals — as a readable PDF and a JSON file, to answer an access request.</source>
        <translation>Tot ce se păstrează despre %1 — fișa contactului, întâlnirile la care a participat, ce ne-a spus, răspunsurile NPS și recomandările făcute — sub forma unui PDF ușor de citit și a unui fișier JSON, pentru a răspunde unei cereri de acces.</translation>
    </message>
    <message>
        <source>Include sensitive disclosure texts</source>
        <translation>Include textele dezvăluirilor sensibile</translation>
    </message>
    <message>
        <source>An access request covers them too, but whoever gets the files can read them: send them only to the person.</source>
        <translation>Cererea de acces le cuprinde și pe acestea, dar oricine primește fișierele le poate citi: trimite-le doar persoanei în cauză.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fișiere PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nu s-a exportat</translation>
    </message>
    <message>
        <source>This person was deleted meanwhile.</source>
        <translation>Între timp, această persoană a fost ștearsă.</translation>
    </message>
    <message>
        <source>The files could not be written: %1. Choose another folder.</source>
        <translation>Fișierele nu au putut fi scrise: %1. Alege alt dosar.</translation>
    </message>
</context>
<context>
    <name>PersonalDataReport</name>
    <message>
        <source>Personal data held about %1</source>
        <translation>Date personale deținute despre %1</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Nu există.</translation>
    </message>
    <message>
        <source>Everything this RelationDesk database holds about the person, to answer an access request. Exported on %1.</source>
        <translation>Tot ce conține această bază de date RelationDesk despre persoana în cauză, pentru a răspunde unei cereri de acces. Exportat la %1.</translation>
    </message>
    <message>
        <source>Contact record</source>
        <translation>Fișa contactului</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nume:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Firmă:</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Funcție:</translation>
    </message>
    <message>
        <source>Buying role:</source>
        <translation>Rol în achiziție:</translation>
    </message>
    <message>
        <source>Influence:</source>
        <translation>Influență:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>Mobil:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Limba preferată:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Recorded on:</source>
        <translation>Înregistrat la:</translation>
    </message>
    <message>
        <source>Meetings attended</source>
        <translation>Întâlniri la care a participat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Loc</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Rezumat</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Pași următori</translation>
    </message>
    <message>
        <source>What the person told us</source>
        <translation>Ce ne-a spus persoana</translation>
    </message>
    <message>
        <source>(sensitive: not included)</source>
        <translation>(sensibilă: neinclusă)</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domeniu</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Subiect</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profunzime</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Ce s-a spus</translation>
    </message>
    <message>
        <source>Recommendation answers</source>
        <translation>Răspunsuri NPS</translation>
    </message>
    <message>
        <source>Answer (0-10)</source>
        <translation>Răspuns (0-10)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <source>Referrals made</source>
        <translation>Recomandări făcute</translation>
    </message>
    <message>
        <source>Recommended us to</source>
        <translation>Ne-a recomandat la</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 din %2</translation>
    </message>
</context>
<context>
    <name>PortfolioReview</name>
    <message>
        <source>Q%1</source>
        <translation>T%1</translation>
    </message>
    <message>
        <source>Health %1</source>
        <translation>Sănătate %1</translation>
    </message>
    <message>
        <source>Millions of %1</source>
        <translation>Milioane de %1</translation>
    </message>
    <message>
        <source>Thousands of %1</source>
        <translation>Mii de %1</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Venituri</translation>
    </message>
    <message>
        <source>Cost to serve</source>
        <translation>Cost de deservire</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Profit</translation>
    </message>
    <message>
        <source>Portfolio review</source>
        <translation>Analiza portofoliului</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienți</translation>
    </message>
    <message>
        <source>No customers to show.</source>
        <translation>Niciun client de afișat.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 din %2</translation>
    </message>
    <message>
        <source>Prepared by %1 on %2</source>
        <translation>Întocmit de %1 la %2</translation>
    </message>
    <message>
        <source>Prepared on %1</source>
        <translation>Întocmit la %1</translation>
    </message>
    <message>
        <source>Selection: %1 of the %2 customers</source>
        <translation>Clienți selectați: %1 din %2</translation>
    </message>
    <message>
        <source>lifecycle stage %1</source>
        <translation>etapa ciclului de viață: %1</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>Scorul de recomandare (NPS)</translation>
    </message>
    <message>
        <source>Average health</source>
        <translation>Sănătate medie</translation>
    </message>
    <message>
        <source>%1 out of 100</source>
        <translation>%1 din 100</translation>
    </message>
    <message>
        <source>Client as master</source>
        <translation>Clientul-stăpân</translation>
    </message>
    <message>
        <source>Disengage candidates</source>
        <translation>Candidați pentru dezangajare</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Reveniri întârziate</translation>
    </message>
    <message>
        <source>Gone quiet</source>
        <translation>Relații tăcute</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Cifre-cheie</translation>
    </message>
    <message>
        <source>No customers.</source>
        <translation>Niciun client.</translation>
    </message>
    <message>
        <source>Customers per relationship stage</source>
        <translation>Clienți pe etape ale relației</translation>
    </message>
    <message>
        <source>Lifecycle funnel</source>
        <translation>Pâlnia ciclului de viață</translation>
    </message>
    <message>
        <source>Net Promoter Score per quarter</source>
        <translation>Scorul de recomandare (NPS) pe trimestru</translation>
    </message>
    <message>
        <source>No recommendation answers in these quarters.</source>
        <translation>Niciun răspuns NPS în aceste trimestre.</translation>
    </message>
    <message>
        <source>Average principle scores</source>
        <translation>Scorurile medii ale principiilor</translation>
    </message>
    <message>
        <source>No principle scores yet.</source>
        <translation>Încă nu există scoruri ale principiilor.</translation>
    </message>
    <message>
        <source>Revenue, cost to serve and profit per lifecycle stage, last 12 months</source>
        <translation>Venituri, cost de deservire și profit pe etape ale ciclului de viață, ultimele 12 luni</translation>
    </message>
    <message>
        <source>No revenue or costs recorded in the last 12 months.</source>
        <translation>Niciun venit sau cost înregistrat în ultimele 12 luni.</translation>
    </message>
    <message>
        <source>In %1, the currency most of these customers are billed in; the %2 customers billed in other currencies are not in this chart (amounts of different currencies do not add up).</source>
        <translation>În %1, moneda în care sunt facturați cei mai mulți dintre acești clienți; clienții facturați în alte monede (%2) nu apar în acest grafic (sumele în monede diferite nu se pot aduna).</translation>
    </message>
    <message>
        <source>In %1.</source>
        <translation>În %1.</translation>
    </message>
    <message>
        <source>Sorted by name.</source>
        <translation>Ordonare după nume.</translation>
    </message>
    <message>
        <source>Sorted by health, highest first.</source>
        <translation>Ordonare după sănătate, descrescător.</translation>
    </message>
    <message>
        <source>Sorted by revenue of the last 12 months, highest first, currency by currency.</source>
        <translation>Ordonare după veniturile din ultimele 12 luni, descrescător, separat pentru fiecare monedă.</translation>
    </message>
    <message>
        <source>Sorted by profit of the last 12 months, highest first, currency by currency.</source>
        <translation>Ordonare după profitul din ultimele 12 luni, descrescător, separat pentru fiecare monedă.</translation>
    </message>
    <message>
        <source>Sorted by NPS, highest first.</source>
        <translation>Ordonare după NPS, descrescător.</translation>
    </message>
    <message>
        <source>Sorted by lifecycle stage, from sponsor-champions down to prospects, former customers last.</source>
        <translation>Ordonare după etapa ciclului de viață, de la sponsori-campioni până la prospecți; foștii clienți la final.</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Afaceri</translation>
    </message>
    <message>
        <source>Collaborative</source>
        <translation>Colaborare</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>master</source>
        <translation>stăpân</translation>
    </message>
    <message>
        <source>disengage</source>
        <translation>dezangajare</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>întârziere</translation>
    </message>
    <message>
        <source>quiet</source>
        <translation>tăcere</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relație</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Ciclu de viață</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Sănătate</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Cur.</source>
        <translation>Mon.</translation>
    </message>
    <message>
        <source>Revenue 12 m</source>
        <translation>Venituri 12 luni</translation>
    </message>
    <message>
        <source>Profit 12 m</source>
        <translation>Profit 12 luni</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>no meeting for %1 days</source>
        <translation>zile fără întâlniri: %1 sau mai multe</translation>
    </message>
    <message>
        <source>the client acts as a master</source>
        <translation>clientul se poartă ca un stăpân</translation>
    </message>
    <message>
        <source>a candidate to disengage from</source>
        <translation>candidat pentru dezangajare</translation>
    </message>
    <message>
        <source>a follow-up is overdue</source>
        <translation>o revenire are termenul depășit</translation>
    </message>
    <message>
        <source>Health and the five principle scores (%1), out of 100.</source>
        <translation>Sănătatea și scorurile celor cinci principii (%1), din 100.</translation>
    </message>
    <message>
        <source>NPS from each contact&apos;s latest answer of the last 12 months.</source>
        <translation>NPS calculat din cel mai recent răspuns al fiecărui contact din ultimele 12 luni.</translation>
    </message>
    <message>
        <source>Revenue and profit of the last 12 months, in each customer&apos;s own currency (Cur.).</source>
        <translation>Veniturile și profitul din ultimele 12 luni, în moneda proprie a fiecărui client (Mon.).</translation>
    </message>
    <message>
        <source>Flags: %1.</source>
        <translation>Alerte: %1.</translation>
    </message>
</context>
<context>
    <name>PrincipleCharts</name>
    <message>
        <source>Not enough evidence yet.</source>
        <translation>Încă nu sunt destule dovezi.</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Sănătate</translation>
    </message>
</context>
<context>
    <name>PrinciplesPanel</name>
    <message>
        <source>Relationship health: not enough evidence yet</source>
        <translation>Sănătatea relației: încă nu există suficiente dovezi</translation>
    </message>
    <message>
        <source>Relationship health: %1</source>
        <translation>Sănătatea relației: %1</translation>
    </message>
    <message>
        <source>Client as master</source>
        <translation>Clientul-stăpân</translation>
    </message>
    <message>
        <source>%1 of our concessions were never returned, and the customer made %2 power play(s): %3 one-sided demand(s), %4 risk(s) shifted onto us.</source>
        <translation>Concesii de-ale noastre pe care clientul nu le-a compensat niciodată: %1. Demonstrații de forță ale clientului: %2 (cereri unilaterale: %3; riscuri transferate asupra noastră: %4).</translation>
    </message>
    <message>
        <source>Our client, our partner: work together as equals, give a correct and realistic view of your services, listen to their needs and adapt only when a change is realistic and an improvement. A customer who cannot work as an equal may be lost, and that is acceptable.</source>
        <translation>Transformă „Clientul nostru, stăpânul nostru” în „Clientul nostru, partenerul nostru”: lucrează cu clientul de la egal la egal, oferă o viziune corectă și realistă asupra serviciilor tale, fii atent la nevoile clientului și adaptează-te doar dacă schimbarea este realistă și reprezintă o îmbunătățire. Un client care nu poate funcționa într-o relație de egalitate s-ar putea pierde, iar acest lucru este acceptabil.</translation>
    </message>
    <message>
        <source>Principle scores</source>
        <translation>Scorurile principiilor</translation>
    </message>
    <message>
        <source>Select a principle to see why</source>
        <translation>Selectează un principiu ca să vezi de ce</translation>
    </message>
    <message>
        <source>Why this score</source>
        <translation>De ce acest scor</translation>
    </message>
    <message numerus="yes">
        <source>(was %1, %n day(s) ago)</source>
        <translation>
            <numerusform>(era %1 acum %n zi)</numerusform>
            <numerusform>(era %1 acum %n zile)</numerusform>
            <numerusform>(era %1 acum %n de zile)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only one set of ratings so far for %1: %2.</source>
        <translation>Deocamdată un singur set de evaluări pentru %1: %2.</translation>
    </message>
    <message>
        <source>Only your ratings so far, from one meeting: %1. One set of ratings weighs too little on its own.</source>
        <translation>Deocamdată doar evaluările tale, de la o întâlnire: %1. Un singur set de evaluări cântărește prea puțin.</translation>
    </message>
    <message>
        <source>Not enough evidence yet: rate this principle after a meeting, or record what each side gives and promises.</source>
        <translation>Încă nu există suficiente dovezi: evaluează acest principiu după o întâlnire sau înregistrează ce oferă și ce promite fiecare parte.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dovezi</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Efect</translation>
    </message>
</context>
<context>
    <name>RatingsRow</name>
    <message>
        <source>Why, in a few words (optional)</source>
        <translation>De ce, în câteva cuvinte (opțional)</translation>
    </message>
    <message>
        <source>Why these ratings</source>
        <translation>De ce aceste evaluări</translation>
    </message>
    <message>
        <source>How this meeting showed %1, from 1 (poor) to 5 (excellent); — skips it.</source>
        <translation>Cât de bine s-a văzut %1 la această întâlnire, de la 1 (slab) la 5 (excelent); — înseamnă fără evaluare.</translation>
    </message>
    <message>
        <source>Rating: %1</source>
        <translation>Evaluare: %1</translation>
    </message>
</context>
<context>
    <name>ReachOutList</name>
    <message numerus="yes">
        <source>%n drifting apart</source>
        <translation>
            <numerusform>%n relație se răcește</numerusform>
            <numerusform>%n relații se răcesc</numerusform>
            <numerusform>%n de relații se răcesc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past their stay-in-touch interval</source>
        <translation>
            <numerusform>%n a depășit intervalul de contact</numerusform>
            <numerusform>%n au depășit intervalul de contact</numerusform>
            <numerusform>%n au depășit intervalul de contact</numerusform>
        </translation>
    </message>
    <message>
        <source>Reach out</source>
        <translation>De contactat</translation>
    </message>
    <message>
        <source>Customers drifting apart or past their stay-in-touch interval</source>
        <translation>Clienți cu care relația se răcește sau care au depășit intervalul de contact</translation>
    </message>
    <message>
        <source>Everyone is within their stay-in-touch interval.</source>
        <translation>Toți sunt în intervalul lor de contact.</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open the customer</source>
        <translation>Apasă Enter sau fă dublu clic pentru a deschide clientul</translation>
    </message>
</context>
<context>
    <name>ReachOutModel</name>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Last meeting</source>
        <translation>Ultima întâlnire</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <source>Drifting apart</source>
        <translation>Relația se răcește</translation>
    </message>
</context>
<context>
    <name>RecommendationDialog</name>
    <message>
        <source>Record recommendation answer</source>
        <translation>Înregistrează răspunsul NPS</translation>
    </message>
    <message>
        <source>“How likely are you to recommend us to a friend or partner?”</source>
        <translation>„Cât de probabil este să ne recomandați unui prieten sau partener de afaceri?”</translation>
    </message>
    <message>
        <source>&amp;Who answered:</source>
        <translation>&amp;Cine a răspuns:</translation>
    </message>
    <message>
        <source>&amp;Answer (0-10):</source>
        <translation>&amp;Răspuns (0-10):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notă:</translation>
    </message>
    <message>
        <source>What they said, in their words</source>
        <translation>Ce a spus, cu propriile cuvinte</translation>
    </message>
</context>
<context>
    <name>RecommendationModel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Scor</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>“%1” is not a customer yet: it will be added as a new prospect.</source>
        <translation>„%1” nu este încă client: va fi adăugat ca prospect nou.</translation>
    </message>
    <message>
        <source>Record referral</source>
        <translation>Înregistrează recomandarea</translation>
    </message>
    <message>
        <source>Recommended us &amp;to:</source>
        <translation>Ne-a recomandat &amp;la:</translation>
    </message>
    <message>
        <source>Recommended &amp;by:</source>
        <translation>&amp;Recomandare de la:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notă:</translation>
    </message>
    <message>
        <source>Type a customer&apos;s name, or the name of a new company</source>
        <translation>Tastează numele unui client sau al unei companii noi</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(necunoscut)</translation>
    </message>
    <message>
        <source>e.g. met at the Hannover fair</source>
        <translation>de ex. întâlnit la târgul de la Hanovra</translation>
    </message>
    <message>
        <source>Referred by %1</source>
        <translation>Recomandat de %1</translation>
    </message>
</context>
<context>
    <name>ReferralModel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Recommended by</source>
        <translation>Recomandare de la</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <source>Recommended us to</source>
        <translation>Ne-a recomandat la</translation>
    </message>
    <message>
        <source>Came to us through</source>
        <translation>A venit prin</translation>
    </message>
</context>
<context>
    <name>RelationshipPanel</name>
    <message>
        <source>not confirmed yet</source>
        <translation>încă neconfirmată</translation>
    </message>
    <message>
        <source>%1: %2 (suggested: %3)</source>
        <translation>%1: %2 (sugestie: %3)</translation>
    </message>
    <message>
        <source>last meeting %1</source>
        <translation>ultima întâlnire: %1</translation>
    </message>
    <message>
        <source>Follow-up overdue since %1</source>
        <translation>Revenire întârziată din %1</translation>
    </message>
    <message>
        <source>Meet every %1 days at best, %2 days at most.</source>
        <translation>Zile între întâlniri: ideal %1, cel mult %2.</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Afacere</translation>
    </message>
    <message>
        <source>Personal life</source>
        <translation>Viață personală</translation>
    </message>
    <message>
        <source>%1: nothing disclosed</source>
        <translation>%1: nicio dezvăluire</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>ambele părți</translation>
    </message>
    <message>
        <source>one side only</source>
        <translation>o singură parte</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n topic(s), %2 depth reached by %3</source>
        <translation>
            <numerusform>%1: %n subiect, profunzimea atinsă de %3: %2</numerusform>
            <numerusform>%1: %n subiecte, profunzimea atinsă de %3: %2</numerusform>
            <numerusform>%1: %n de subiecte, profunzimea atinsă de %3: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the last %n day(s): </source>
        <translation>
            <numerusform>În ultima %n zi: </numerusform>
            <numerusform>În ultimele %n zile: </numerusform>
            <numerusform>În ultimele %n de zile: </numerusform>
        </translation>
    </message>
    <message>
        <source>Kept professional by choice: personal topics are not expected.</source>
        <translation>Relație strict profesională, prin alegere: nu se așteaptă subiecte personale.</translation>
    </message>
    <message>
        <source>The exchange is one-sided: both sides should open up.</source>
        <translation>Schimbul este unilateral: ambele părți ar trebui să se deschidă.</translation>
    </message>
    <message>
        <source>meetings fell from %1 to %2 a month</source>
        <translation>întâlnirile au scăzut de la %1 la %2 pe lună</translation>
    </message>
    <message>
        <source>what the customer shares is getting shallower</source>
        <translation>ce împărtășește clientul devine tot mai superficial</translation>
    </message>
    <message>
        <source>Drifting apart: %1. Plan a meeting soon.</source>
        <translation>Relația se răcește: %1. Planifică o întâlnire în curând.</translation>
    </message>
    <message>
        <source>stage confirmed</source>
        <translation>etapă confirmată</translation>
    </message>
    <message>
        <source>Stay in touch with this customer every</source>
        <translation>Păstrează legătura cu acest client la fiecare</translation>
    </message>
    <message>
        <source>Days between meetings; 0 uses the default interval</source>
        <translation>Zile între întâlniri; 0 folosește intervalul implicit</translation>
    </message>
    <message>
        <source>Suggested stage:</source>
        <translation>Etapa sugerată:</translation>
    </message>
    <message>
        <source>Confirmed stage:</source>
        <translation>Etapa confirmată:</translation>
    </message>
    <message>
        <source>Stay in touch:</source>
        <translation>Păstrează legătura:</translation>
    </message>
    <message>
        <source>Boundary:</source>
        <translation>Limită:</translation>
    </message>
    <message>
        <source>Confirm stage</source>
        <translation>Confirmă etapa</translation>
    </message>
    <message>
        <source>Keep it professional (no personal topics)</source>
        <translation>Păstrează relația strict profesională (fără subiecte personale)</translation>
    </message>
    <message>
        <source>default interval</source>
        <translation>intervalul implicit</translation>
    </message>
    <message>
        <source>every </source>
        <translation>la fiecare </translation>
    </message>
    <message>
        <source> days</source>
        <translation> zile</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule follow-up</source>
        <translation>Reprogramează revenirea</translation>
    </message>
    <message>
        <source>New due date for “%1”:</source>
        <translation>Termen nou pentru „%1”:</translation>
    </message>
</context>
<context>
    <name>Rescoring</name>
    <message>
        <source>Scores not updated</source>
        <translation>Scorurile nu au fost actualizate</translation>
    </message>
    <message>
        <source>Some customers&apos; scores could not be recomputed with the new settings. Change a setting again to retry.</source>
        <translation>Scorurile unor clienți nu au putut fi recalculate cu noile setări. Schimbă din nou o setare ca să încerci iar.</translation>
    </message>
    <message>
        <source>Updating scores</source>
        <translation>Actualizarea scorurilor</translation>
    </message>
    <message>
        <source>Recomputing every customer&apos;s scores…</source>
        <translation>Se recalculează scorurile tuturor clienților…</translation>
    </message>
</context>
<context>
    <name>ScoreTableModel</name>
    <message>
        <source>Principle</source>
        <translation>Principiu</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Scor</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dovezi</translation>
    </message>
    <message>
        <source>not enough yet</source>
        <translation>încă insuficiente</translation>
    </message>
    <message>
        <source>little</source>
        <translation>puține</translation>
    </message>
    <message>
        <source>some</source>
        <translation>câteva</translation>
    </message>
    <message>
        <source>plenty</source>
        <translation>multe</translation>
    </message>
</context>
<context>
    <name>SectionList</name>
    <message>
        <source>Customer section: %1</source>
        <translation>Secțiunea clientului: %1</translation>
    </message>
    <message>
        <source>Next customer section</source>
        <translation>Secțiunea următoare a clientului</translation>
    </message>
    <message>
        <source>Previous customer section</source>
        <translation>Secțiunea anterioară a clientului</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>S&amp;cores</source>
        <translation>S&amp;coruri</translation>
    </message>
    <message>
        <source>&amp;Economics</source>
        <translation>&amp;Date economice</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Limbă:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Numele tău:</translation>
    </message>
    <message>
        <source>Printed as “Prepared by” on the PDF reports</source>
        <translation>Tipărit ca „Întocmit de” în rapoartele PDF</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dosar de date:</translation>
    </message>
    <message>
        <source>Evidence &amp;half-life:</source>
        <translation>&amp;Timpul de înjumătățire al dovezilor:</translation>
    </message>
    <message>
        <source>After this many days a rating or an entry counts half as much.</source>
        <translation>După atâtea zile, o evaluare sau o înregistrare contează doar pe jumătate.</translation>
    </message>
    <message>
        <source>Weight in the health:</source>
        <translation>Ponderea în sănătatea relației:</translation>
    </message>
    <message>
        <source>&amp;Stay in touch every:</source>
        <translation>&amp;Păstrează legătura la fiecare:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> zile</translation>
    </message>
    <message>
        <source>Automatic &amp;backups at most every:</source>
        <translation>Copii de re&amp;zervă automate cel mult o dată la:</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> ore</translation>
    </message>
    <message>
        <source>A backup is made at start-up and on exit if this much time has passed.</source>
        <translation>Copia de rezervă se face la pornire și la închidere, dacă a trecut cel puțin acest timp.</translation>
    </message>
    <message>
        <source>The ideal time between meetings; twice as long turns a customer red.</source>
        <translation>Intervalul ideal dintre întâlniri; când trece de două ori pe atât, clientul devine roșu.</translation>
    </message>
</context>
<context>
    <name>TeamDirectory</name>
    <message>
        <source>A colleague&apos;s customer</source>
        <translation>Clientul unui coleg</translation>
    </message>
    <message>
        <source>“%1” is %2&apos;s customer. Ask them before prospecting it. Save it as yours anyway?</source>
        <translation>„%1” este clientul lui %2. Întreabă-l înainte să-l abordezi. Îl salvezi totuși ca al tău?</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Fill in the server, your user and your password.</source>
        <translation>Completează serverul, utilizatorul și parola ta.</translation>
    </message>
    <message>
        <source>The new password and its repetition differ.</source>
        <translation>Parola nouă și repetarea ei diferă.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a new password of at least %n character(s).</source>
        <translation>
            <numerusform>Alege o parolă nouă de cel puțin %n caracter.</numerusform>
            <numerusform>Alege o parolă nouă de cel puțin %n caractere.</numerusform>
            <numerusform>Alege o parolă nouă de cel puțin %n de caractere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Joining the team and syncing…</source>
        <translation>Te alături echipei și sincronizezi…</translation>
    </message>
    <message>
        <source>The team server cannot be reached: check its address and your connection. Nothing was changed.</source>
        <translation>Serverul echipei nu poate fi contactat: verifică adresa și conexiunea. Nu s-a schimbat nimic.</translation>
    </message>
    <message>
        <source>Wrong user or password. Nothing was changed.</source>
        <translation>Utilizator sau parolă greșită. Nu s-a schimbat nimic.</translation>
    </message>
    <message>
        <source>Could not join the team: %1</source>
        <translation>Nu te-ai putut alătura echipei: %1</translation>
    </message>
    <message>
        <source>This laptop stops syncing and keeps a copy of the customers you own; your colleagues&apos; customers are removed from it.</source>
        <translation>Acest laptop nu se mai sincronizează și păstrează o copie a clienților tăi; clienții colegilor tăi sunt șterși de pe el.</translation>
    </message>
    <message>
        <source>This laptop stops syncing and every customer of the team is removed from it, yours included (they stay on the team server).</source>
        <translation>Acest laptop nu se mai sincronizează și toți clienții echipei sunt șterși de pe el, inclusiv ai tăi (rămân pe serverul echipei).</translation>
    </message>
    <message>
        <source>Leave the team</source>
        <translation>Părăsește echipa</translation>
    </message>
    <message>
        <source>Changes not synced yet are not sent. Leave the team?</source>
        <translation>Modificările încă nesincronizate nu se trimit. Părăsești echipa?</translation>
    </message>
    <message>
        <source>Leaving the team…</source>
        <translation>Părăsești echipa…</translation>
    </message>
    <message>
        <source>Could not leave the team: %1</source>
        <translation>Nu ai putut părăsi echipa: %1</translation>
    </message>
    <message>
        <source>Join your team to share customers with your colleagues. Your administrator gives you the server, your user and a password; the password is kept in the system keychain.</source>
        <translation>Alătură-te echipei tale ca să împarți clienții cu colegii. Administratorul îți dă serverul, utilizatorul și o parolă; parola este păstrată în portchei-ul sistemului.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilizator:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parolă:</translation>
    </message>
    <message>
        <source>The one-time password from your administrator, or your own on a second laptop</source>
        <translation>Parola de unică folosință de la administrator sau parola ta pe un al doilea laptop</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Parolă &amp;nouă:</translation>
    </message>
    <message>
        <source>Replaces the one-time password (leave empty on a second laptop)</source>
        <translation>Înlocuiește parola de unică folosință (lasă gol pe un al doilea laptop)</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repet-o:</translation>
    </message>
    <message>
        <source>&amp;Join the team</source>
        <translation>&amp;Alătură-te echipei</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <source>salesperson</source>
        <translation>agent de vânzări</translation>
    </message>
    <message>
        <source>You are %1 (%2) in the team %3.
Server: %4</source>
        <translation>Ești %1 (%2) în echipa %3.
Server: %4</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflicte…</translation>
    </message>
    <message>
        <source>&amp;Keep a copy of the customers I own on this laptop</source>
        <translation>&amp;Păstrează pe acest laptop o copie a clienților mei</translation>
    </message>
    <message>
        <source>Keep &amp;nothing of the team on this laptop</source>
        <translation>&amp;Nu păstra nimic de la echipă pe acest laptop</translation>
    </message>
    <message>
        <source>&amp;Leave the team…</source>
        <translation>Pă&amp;răsește echipa…</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Echipă</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>Sync with the team now (F5)</source>
        <translation>Sincronizează acum cu echipa (F5)</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Se sincronizează…</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Offline de la %1</translation>
    </message>
    <message>
        <source>Cannot sync: %1</source>
        <translation>Nu se poate sincroniza: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n modificare în așteptare</numerusform>
            <numerusform>%n modificări în așteptare</numerusform>
            <numerusform>%n de modificări în așteptare</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Sincronizat chiar acum</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n minute(s) ago</source>
        <translation>
            <numerusform>Sincronizat acum %n minut</numerusform>
            <numerusform>Sincronizat acum %n minute</numerusform>
            <numerusform>Sincronizat acum %n de minute</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Încă nesincronizat</translation>
    </message>
    <message numerus="yes">
        <source>The sync kept %n value(s) that lost to a later edit: see Settings ▸ Team ▸ Conflicts</source>
        <translation>
            <numerusform>Sincronizarea a păstrat %n valoare înlocuită de o modificare mai recentă: vezi Setări ▸ Echipă ▸ Conflicte</numerusform>
            <numerusform>Sincronizarea a păstrat %n valori înlocuite de o modificare mai recentă: vezi Setări ▸ Echipă ▸ Conflicte</numerusform>
            <numerusform>Sincronizarea a păstrat %n de valori înlocuite de o modificare mai recentă: vezi Setări ▸ Echipă ▸ Conflicte</numerusform>
        </translation>
    </message>
    <message>
        <source>wrong password; join again in Settings ▸ Team</source>
        <translation>parolă greșită; alătură-te din nou în Setări ▸ Echipă</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>When / what</source>
        <translation>Când / ce</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profunzime</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalii</translation>
    </message>
    <message>
        <source>Next steps: %1</source>
        <translation>Pași următori: %1</translation>
    </message>
    <message>
        <source>Attendees: %1</source>
        <translation>Participanți: %1</translation>
    </message>
    <message>
        <source>Sensitive: click to show</source>
        <translation>Sensibilă: fă clic pentru a o afișa</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message numerus="yes">
        <source>%1 of %n meeting(s)</source>
        <translation>
            <numerusform>%1 din %n întâlnire</numerusform>
            <numerusform>%1 din %n întâlniri</numerusform>
            <numerusform>%1 din %n de întâlniri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n întâlnire</numerusform>
            <numerusform>%n întâlniri</numerusform>
            <numerusform>%n de întâlniri</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologie</translation>
    </message>
    <message>
        <source>Meetings, newest first; open one to see what each side disclosed</source>
        <translation>Întâlniri, cele mai noi întâi; deschide una ca să vezi ce a dezvăluit fiecare parte</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Toate domeniile</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Ambele părți</translation>
    </message>
    <message>
        <source>All depths</source>
        <translation>Orice profunzime</translation>
    </message>
    <message>
        <source>Filter by domain</source>
        <translation>Filtrează după domeniu</translation>
    </message>
    <message>
        <source>Filter by side</source>
        <translation>Filtrează după parte</translation>
    </message>
    <message>
        <source>Filter by depth</source>
        <translation>Filtrează după profunzime</translation>
    </message>
    <message>
        <source>No meetings logged yet. Press Ctrl+M to log one.</source>
        <translation>Nu ai înregistrat încă nicio întâlnire. Apasă Ctrl+M pentru a înregistra una.</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n revenire întârziată</numerusform>
            <numerusform>%n reveniri întârziate</numerusform>
            <numerusform>%n de reveniri întârziate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due today</source>
        <translation>
            <numerusform>%n revenire pentru astăzi</numerusform>
            <numerusform>%n reveniri pentru astăzi</numerusform>
            <numerusform>%n de reveniri pentru astăzi</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” done</source>
        <translation>„%1” făcut</translation>
    </message>
    <message>
        <source>“%1” moved</source>
        <translation>„%1” mutat</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Reveniri scadente</translation>
    </message>
    <message>
        <source>Overdue first; Ctrl+D marks one done, Enter opens the customer</source>
        <translation>Cele întârziate întâi; Ctrl+D marchează unul ca făcut, Enter deschide clientul</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Astăzi</translation>
    </message>
    <message>
        <source>Nothing due today. Well done!</source>
        <translation>Nimic programat pentru astăzi. Bravo!</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Efectuată</translation>
    </message>
    <message>
        <source>Today: mark the follow-up done</source>
        <translation>Astăzi: marchează revenirea ca efectuată</translation>
    </message>
    <message>
        <source>Mark the follow-up done (%1)</source>
        <translation>Marchează revenirea ca efectuată (%1)</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Mâine</translation>
    </message>
    <message>
        <source>Move the follow-up to tomorrow</source>
        <translation>Mută revenirea pe mâine</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Săptămâna viitoare</translation>
    </message>
    <message>
        <source>Move the follow-up one week ahead</source>
        <translation>Amână revenirea cu o săptămână</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Reprogramează…</translation>
    </message>
    <message>
        <source>Choose a new due date</source>
        <translation>Alege un termen nou</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Deschide clientul</translation>
    </message>
</context>
<context>
    <name>VCardImportDialog</name>
    <message numerus="yes">
        <source>%1: %n cards read.</source>
        <translation>
            <numerusform>%1: %n fișă citită.</numerusform>
            <numerusform>%1: %n fișe citite.</numerusform>
            <numerusform>%1: %n de fișe citite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contacts</source>
        <translation>
            <numerusform>%n contact nou</numerusform>
            <numerusform>%n contacte noi</numerusform>
            <numerusform>%n de contacte noi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n contact există deja</numerusform>
            <numerusform>%n contacte există deja</numerusform>
            <numerusform>%n de contacte există deja</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out because of a problem</source>
        <translation>
            <numerusform>%n contact omis din cauza unei probleme</numerusform>
            <numerusform>%n contacte omise din cauza unor probleme</numerusform>
            <numerusform>%n de contacte omise din cauza unor probleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new customers: %1</source>
        <translation>
            <numerusform>%n client nou: %1</numerusform>
            <numerusform>%n clienți noi: %1</numerusform>
            <numerusform>%n de clienți noi: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is written until you choose Import.</source>
        <translation>Nu se scrie nimic până când nu apeși Importă.</translation>
    </message>
    <message>
        <source>Import contacts from vCard</source>
        <translation>Importă contacte din vCard</translation>
    </message>
    <message>
        <source>Cards without a &amp;company go to:</source>
        <translation>Fișele fără &amp;firmă se adaugă la:</translation>
    </message>
    <message>
        <source>Choose a customer (optional)</source>
        <translation>Alege un client (opțional)</translation>
    </message>
    <message>
        <source>People already &amp;there:</source>
        <translation>Persoane deja &amp;existente:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importă</translation>
    </message>
</context>
<context>
    <name>VCardPlanModel</name>
    <message>
        <source>Card</source>
        <translation>Fișă</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce se întâmplă</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (nou)</translation>
    </message>
    <message>
        <source>Already there: %1</source>
        <translation>Există deja: %1</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Contact nou</translation>
    </message>
</context>
<context>
    <name>VCardTexts</name>
    <message>
        <source>The file is larger than 50 MB: that is not an address book. Check that you chose the right file.</source>
        <translation>Fișierul depășește 50 MB: nu este o agendă de contacte. Verifică dacă ai ales fișierul potrivit.</translation>
    </message>
    <message>
        <source>Line %1 is not UTF-8 text: the file is in another encoding, or is not a vCard file at all. Export the contacts again as vCard (UTF-8).</source>
        <translation>Linia %1 nu este text UTF-8: fișierul are altă codificare sau nu este deloc un fișier vCard. Exportă din nou contactele ca vCard (UTF-8).</translation>
    </message>
    <message>
        <source>Card %2, which begins on line %1, has no END:VCARD: the file may have been cut short. Export the contacts again.</source>
        <translation>Fișa %2, care începe pe linia %1, nu are END:VCARD: este posibil ca fișierul să fi fost trunchiat. Exportă din nou contactele.</translation>
    </message>
    <message>
        <source>Line %1 ends a card that was never begun (END without BEGIN:VCARD).</source>
        <translation>Linia %1 încheie o fișă care nu a fost începută (END fără BEGIN:VCARD).</translation>
    </message>
    <message>
        <source>Line %1 (card %2) is not a vCard line such as FN:Name. Check that line in a text editor, or export the contacts again.</source>
        <translation>Linia %1 (fișa %2) nu este o linie vCard de forma FN:Nume. Verifică linia într-un editor de text sau exportă din nou contactele.</translation>
    </message>
    <message>
        <source>Line %1 is not part of a vCard (BEGIN:VCARD expected): this is not a vCard file. Choose a .vcf file exported from a phone or address book.</source>
        <translation>Linia %1 nu face parte dintr-o fișă vCard (se aștepta BEGIN:VCARD): acesta nu este un fișier vCard. Alege un fișier .vcf exportat dintr-un telefon sau dintr-o agendă de contacte.</translation>
    </message>
    <message>
        <source>The file holds no contact card.</source>
        <translation>Fișierul nu conține nicio fișă de contact.</translation>
    </message>
    <message>
        <source>Card %2 (line %1) holds a damaged value (a photo, perhaps). Remove that value from the address book or export the contacts again.</source>
        <translation>Fișa %2 (linia %1) conține o valoare deteriorată (poate o fotografie). Elimin-o din agenda de contacte sau exportă din nou contactele.</translation>
    </message>
    <message>
        <source>The file cannot be read. Check that it exists and that you may open it.</source>
        <translation>Fișierul nu poate fi citit. Verifică dacă există și dacă ai permisiunea de a-l deschide.</translation>
    </message>
    <message>
        <source>No company (ORG): choose below the customer for such cards.</source>
        <translation>Fără firmă (ORG): alege mai jos clientul pentru astfel de fișe.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Company (ORG)</source>
        <translation>Firmă (ORG)</translation>
    </message>
    <message>
        <source>Skip them: keep what is there</source>
        <translation>Omite-le: păstrează ce există</translation>
    </message>
    <message>
        <source>Merge: fill in what is missing, add the notes</source>
        <translation>Îmbină: completează ce lipsește, adaugă notele</translation>
    </message>
    <message>
        <source>Create them as new contacts all the same</source>
        <translation>Creează-le totuși ca contacte noi</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>this field is required.</source>
        <translation>acest câmp este obligatoriu.</translation>
    </message>
    <message>
        <source>this contains a line break or an invisible control character: type it on one line, with letters, digits and punctuation only.</source>
        <translation>conține un rând nou sau un caracter de control invizibil: scrie-l pe un singur rând, doar cu litere, cifre și semne de punctuație.</translation>
    </message>
    <message>
        <source>this is too long (at most %1 characters).</source>
        <translation>textul este prea lung (maximum %1 de caractere).</translation>
    </message>
    <message>
        <source>this is not a valid e-mail address, such as name@company.com.</source>
        <translation>adresa de e-mail nu este validă; folosește o adresă de forma nume@firma.ro.</translation>
    </message>
    <message>
        <source>this is not a valid phone number: use digits, spaces and an optional leading +, such as +40 268 123 456.</source>
        <translation>numărul de telefon nu este valid: folosește cifre, spații și, opțional, semnul + la început, de exemplu +40 268 123 456.</translation>
    </message>
    <message>
        <source>choose a country from the list, or a two-letter code such as RO.</source>
        <translation>alege o țară din listă sau introdu un cod din două litere, de exemplu RO.</translation>
    </message>
    <message>
        <source>a meeting cannot end before it starts.</source>
        <translation>o întâlnire nu se poate încheia înainte să înceapă.</translation>
    </message>
    <message>
        <source>choose the customer you met: type a few letters of the name.</source>
        <translation>alege clientul cu care te-ai întâlnit: tastează câteva litere din nume.</translation>
    </message>
    <message>
        <source>an attendee is not one of this customer&apos;s people any more.</source>
        <translation>unul dintre participanți nu mai face parte dintre persoanele de contact ale acestui client.</translation>
    </message>
    <message>
        <source>the follow-up cannot be due before the meeting.</source>
        <translation>termenul revenirii nu poate fi înaintea întâlnirii.</translation>
    </message>
    <message>
        <source>a rating goes from 1 to 5.</source>
        <translation>evaluarea trebuie să fie între 1 și 5.</translation>
    </message>
    <message>
        <source>a value cannot be negative: leave it empty if it is not known.</source>
        <translation>valoarea nu poate fi negativă: lasă câmpul gol dacă nu o cunoști.</translation>
    </message>
    <message>
        <source>what returned it must be an entry of this customer&apos;s, given by the other side.</source>
        <translation>compensarea trebuie să fie o înregistrare a acestui client, oferită de cealaltă parte.</translation>
    </message>
    <message>
        <source>an answer goes from 0 to 10.</source>
        <translation>un răspuns este de la 0 la 10.</translation>
    </message>
    <message>
        <source>this period overlaps one already recorded for this customer: edit that one instead.</source>
        <translation>această perioadă se suprapune cu una deja înregistrată pentru acest client: editeaz-o pe aceea.</translation>
    </message>
    <message>
        <source>an amount cannot be negative.</source>
        <translation>o sumă nu poate fi negativă.</translation>
    </message>
    <message>
        <source>this is not a currency code: use three letters such as EUR or RON.</source>
        <translation>acesta nu este un cod de monedă: folosește trei litere, ca EUR sau RON.</translation>
    </message>
    <message>
        <source>this date is in the future.</source>
        <translation>această dată este în viitor.</translation>
    </message>
    <message>
        <source>this is not an amount: type digits, such as 1250 or 1250.50.</source>
        <translation>aceasta nu este o sumă: tastează cifre, ca 1250 sau 1250,50.</translation>
    </message>
    <message>
        <source>choose one of this customer&apos;s people.</source>
        <translation>alege una dintre persoanele acestui client.</translation>
    </message>
    <message>
        <source>a customer cannot recommend us to itself: choose another one.</source>
        <translation>un client nu ne poate recomanda lui însuși: alege altul.</translation>
    </message>
    <message>
        <source>a record cannot be merged into itself: choose another one.</source>
        <translation>o înregistrare nu poate fi îmbinată cu ea însăși: alege alta.</translation>
    </message>
    <message>
        <source>both customers have revenue and costs recorded, in different currencies. Amounts in two currencies cannot be added up: delete or re-enter one customer&apos;s periods in the other currency first, then merge.</source>
        <translation>ambii clienți au venituri și costuri înregistrate, în monede diferite. Sumele în două monede nu se pot aduna: mai întâi șterge perioadele unuia dintre clienți sau reintrodu-le în cealaltă monedă, apoi fă îmbinarea.</translation>
    </message>
    <message>
        <source>a period of one customer overlaps a period of the other without being the same period (such as a month inside a quarter). Change or delete one of the two periods first, then merge.</source>
        <translation>o perioadă a unui client se suprapune cu o perioadă a celuilalt fără să coincidă cu ea (de exemplu, o lună din interiorul unui trimestru). Mai întâi modifică sau șterge una dintre cele două perioade, apoi fă îmbinarea.</translation>
    </message>
</context>
</TS>
