<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AttentionPanel</name>
    <message>
        <source>All (%1)</source>
        <translation>Tutti (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Da seguire</translation>
    </message>
    <message>
        <source>Customers to look at now, and why</source>
        <translation>Clienti da guardare adesso, e perché</translation>
    </message>
    <message>
        <source>Show only one kind of attention</source>
        <translation>Mostra un solo tipo di segnalazione</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Apri cliente</translation>
    </message>
    <message>
        <source>Nothing needs your attention here.</source>
        <translation>Qui non c&apos;è nulla che richieda la tua attenzione.</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open the customer</source>
        <translation>Premi Invio o fai doppio clic per aprire il cliente</translation>
    </message>
</context>
<context>
    <name>AttentionTableModel</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Client as master</source>
        <translation>Il cliente padrone</translation>
    </message>
    <message>
        <source>Disengage candidates</source>
        <translation>Candidati al disimpegno</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Follow-up in ritardo</translation>
    </message>
    <message>
        <source>Gone quiet</source>
        <translation>Relazioni silenziose</translation>
    </message>
    <message>
        <source>Client acting as master</source>
        <translation>Cliente che si comporta da padrone</translation>
    </message>
    <message>
        <source>Follow-up overdue (due today)</source>
        <translation>Follow-up in ritardo (scadeva oggi)</translation>
    </message>
    <message>
        <source>Client acting as master: turn the relationship back into a partnership between equals (see the Principles tab).</source>
        <translation>Cliente che si comporta da padrone: riporta la relazione a una partnership alla pari (vedi la scheda Principi).</translation>
    </message>
    <message>
        <source>Disengage candidate: %1</source>
        <translation>Candidato al disimpegno: %1</translation>
    </message>
    <message numerus="yes">
        <source>Follow-up overdue by %n day(s)</source>
        <translation>
            <numerusform>Follow-up in ritardo di %n giorno</numerusform>
            <numerusform>Follow-up in ritardo di %n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No meeting for %n day(s)</source>
        <translation>
            <numerusform>Nessun incontro da %n giorno</numerusform>
            <numerusform>Nessun incontro da %n giorni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>Made on</source>
        <translation>Creato il</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Incontri</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatico</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>Creato da te</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Prima di un ripristino</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Prima di un aggiornamento</translation>
    </message>
    <message>
        <source>Before a repair</source>
        <translation>Prima di una riparazione</translation>
    </message>
    <message>
        <source>Made before a person or customer was erased: it still holds their data.</source>
        <translation>Creato prima della cancellazione di una persona o di un cliente: ne contiene ancora i dati.</translation>
    </message>
    <message>
        <source>holds erased data</source>
        <translation>contiene dati cancellati</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Delete backups with erased data</source>
        <translation>Elimina i backup con dati cancellati</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n backup(s) made before the last erasure? They still hold the erased people. The backups made since are kept.</source>
        <translation>
            <numerusform>Eliminare %n backup creato prima dell&apos;ultima cancellazione? Contiene ancora i dati cancellati. I backup creati successivamente vengono conservati.</numerusform>
            <numerusform>Eliminare i %n backup creati prima dell&apos;ultima cancellazione? Contengono ancora i dati cancellati. I backup creati successivamente vengono conservati.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Ripristina backup</translation>
    </message>
    <message>
        <source>Replace everything in RelationDesk with the backup of %1? What you recorded since then is not lost: the current database is backed up first.</source>
        <translation>Sostituire tutto il contenuto di RelationDesk con il backup del %1? Quello che hai registrato da allora non va perso: prima viene fatto un backup del database attuale.</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Ripristina da un file</translation>
    </message>
    <message>
        <source>RelationDesk databases (*.sqlite *.sqlite3 *.db)</source>
        <translation>Database di RelationDesk (*.sqlite *.sqlite3 *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>Replace everything in RelationDesk with %1? It is checked first; what you have now is backed up before it is replaced.</source>
        <translation>Sostituire tutto in RelationDesk con %1? Prima viene controllato; ciò che hai ora viene salvato in un backup prima di essere sostituito.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Prima i più recenti</translation>
    </message>
    <message>
        <source>RelationDesk backs up your database when it starts and when it closes, at most every %2 hours (see Settings), and keeps 12 daily, 10 weekly and 9 monthly copies. They are in: %1</source>
        <translation>RelationDesk fa un backup del database all&apos;avvio e alla chiusura, al massimo ogni %2 ore (vedi Impostazioni), e conserva 12 copie giornaliere, 10 settimanali e 9 mensili. Si trovano in: %1</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Esegui &amp;backup ora</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Ripristina…</translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation>Ripristina da un &amp;file…</translation>
    </message>
    <message>
        <source>&amp;Delete backups with erased data…</source>
        <translation>&amp;Elimina i backup con dati cancellati…</translation>
    </message>
</context>
<context>
    <name>BriefPanel</name>
    <message>
        <source>Build trust through reliability. Share something of your own company&apos;s plans to invite openness, and listen for what matters to them beyond the order.</source>
        <translation>Costruisci la fiducia con l&apos;affidabilità. Condividi qualcosa dei piani della tua azienda per invitare all&apos;apertura e ascolta ciò che conta per loro al di là dell&apos;ordine.</translation>
    </message>
    <message>
        <source>Work on shared goals and agree next steps at every meeting. If both of you want it, personal conversations can follow; if not, this is a good place to be.</source>
        <translation>Lavora su obiettivi comuni e concorda i prossimi passi a ogni incontro. Se entrambe le parti lo desiderano, potranno seguire conversazioni personali; altrimenti, va benissimo anche così.</translation>
    </message>
    <message>
        <source>Protect what you have built: keep every promise, remember what they told you, and raise problems early and openly.</source>
        <translation>Proteggi ciò che hai costruito: mantieni ogni promessa, ricorda ciò che ti hanno raccontato e affronta i problemi per tempo e apertamente.</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Promemoria</translation>
    </message>
    <message>
        <source>What to remember before the next meeting: promises, last disclosures, advice</source>
        <translation>Cosa ricordare prima del prossimo incontro: promesse, ultime rivelazioni, consigli</translation>
    </message>
    <message>
        <source>Promised and open</source>
        <translation>Promesse e impegni aperti</translation>
    </message>
    <message>
        <source>Nothing open.</source>
        <translation>Nessun impegno aperto.</translation>
    </message>
    <message>
        <source>Last meetings</source>
        <translation>Ultimi incontri</translation>
    </message>
    <message>
        <source>No meetings yet.</source>
        <translation>Ancora nessun incontro.</translation>
    </message>
    <message>
        <source>Ask how these are going.</source>
        <translation>Chiedi come stanno andando queste cose.</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confermata</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>suggerita</translation>
    </message>
    <message>
        <source>Next steps: %1</source>
        <translation>Prossimi passi: %1</translation>
    </message>
    <message>
        <source>What they told us (personal)</source>
        <translation>Cosa ci hanno raccontato (vita personale)</translation>
    </message>
    <message>
        <source>What they told us (business)</source>
        <translation>Cosa ci hanno raccontato (azienda)</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <source>Principle scores chart</source>
        <translation>Grafico dei punteggi dei principi</translation>
    </message>
    <message>
        <source>Principle scores over time chart</source>
        <translation>Grafico dei punteggi dei principi nel tempo</translation>
    </message>
    <message>
        <source>Customers per relationship stage</source>
        <translation>Clienti per fase della relazione</translation>
    </message>
    <message>
        <source>Lifecycle funnel</source>
        <translation>Imbuto del ciclo di vita</translation>
    </message>
    <message>
        <source>Net Promoter Score per quarter</source>
        <translation>Indice di raccomandazione (NPS) per trimestre</translation>
    </message>
    <message>
        <source>Average principle scores</source>
        <translation>Punteggi medi dei principi</translation>
    </message>
    <message>
        <source>Economics per lifecycle stage</source>
        <translation>Dati economici per fase del ciclo di vita</translation>
    </message>
    <message>
        <source>Revenue and cost to serve chart</source>
        <translation>Grafico di ricavi e costo di servizio</translation>
    </message>
    <message>
        <source>Depth chart</source>
        <translation>Grafico della profondità</translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <source>Edit commitment</source>
        <translation>Modifica impegno</translation>
    </message>
    <message>
        <source>New commitment</source>
        <translation>Nuovo impegno</translation>
    </message>
    <message>
        <source>Promised &amp;by:</source>
        <translation>Promesso &amp;da:</translation>
    </message>
    <message>
        <source>&amp;Promise:</source>
        <translation>&amp;Promessa:</translation>
    </message>
    <message>
        <source>Promised &amp;on:</source>
        <translation>Promesso i&amp;l:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Scadenza:</translation>
    </message>
    <message>
        <source>Ou&amp;tcome:</source>
        <translation>&amp;Esito:</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>Ha una scadenza</translation>
    </message>
    <message>
        <source>What was promised, e.g. samples delivered by the trade fair</source>
        <translation>Cosa è stato promesso, ad es. consegnare i campioni entro la fiera</translation>
    </message>
    <message>
        <source>a promise cannot be due before the day it was made.</source>
        <translation>una promessa non può scadere prima del giorno in cui è stata fatta.</translation>
    </message>
</context>
<context>
    <name>CommitmentTableModel</name>
    <message>
        <source>Promised on</source>
        <translation>Promesso il</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Promessa</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message numerus="yes">
        <source>Still open, overdue by %n day(s)</source>
        <translation>
            <numerusform>Ancora aperto, in ritardo di %n giorno</numerusform>
            <numerusform>Ancora aperto, in ritardo di %n giorni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Asking the team server…</source>
        <translation>Sto chiedendo al server del team…</translation>
    </message>
    <message>
        <source>No conflicts: nothing was lost.</source>
        <translation>Nessun conflitto: non si è perso nulla.</translation>
    </message>
    <message>
        <source>Cannot reach the team server: %1</source>
        <translation>Il server del team non è raggiungibile: %1</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflitti</translation>
    </message>
    <message>
        <source>The same field was changed on two laptops before they synced: the later edit won everywhere and the other value was kept. Choose which one stays.</source>
        <translation>Lo stesso campo è stato modificato su due portatili prima della sincronizzazione: la modifica più recente vale ovunque e l&apos;altro valore è stato conservato. Scegli quale resta.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mio</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Suo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>&amp;Use mine</source>
        <translation>&amp;Usa il mio</translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>&amp;Tieni il suo</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Modifica contatto</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nuovo contatto</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Qualifica:</translation>
    </message>
    <message>
        <source>&amp;Buying role:</source>
        <translation>&amp;Ruolo nell&apos;acquisto:</translation>
    </message>
    <message>
        <source>In&amp;fluence:</source>
        <translation>&amp;Influenza:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefono:</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>&amp;Cellulare:</translation>
    </message>
    <message>
        <source>Preferred &amp;language:</source>
        <translation>&amp;Lingua preferita:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nome@azienda.it</translation>
    </message>
    <message>
        <source>+40 268 123 456</source>
        <translation>+39 02 1234 5678</translation>
    </message>
</context>
<context>
    <name>ContactMergeDialog</name>
    <message>
        <source>Job title</source>
        <translation>Qualifica</translation>
    </message>
    <message>
        <source>Buying role</source>
        <translation>Ruolo nell&apos;acquisto</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Cellulare</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Unisci contatti</translation>
    </message>
    <message>
        <source>Two entries that are the same person become one: the meetings they attended, what they disclosed, their answers and referrals are all kept. Choose the person to merge with “%1”.</source>
        <translation>Due schede che riguardano la stessa persona diventano una sola: si conservano gli incontri a cui ha partecipato, ciò che ha rivelato, le sue risposte e le sue segnalazioni. Scegli la persona da unire a “%1”.</translation>
    </message>
    <message>
        <source>Merge &amp;with:</source>
        <translation>Unisci &amp;con:</translation>
    </message>
    <message>
        <source>(choose a person)</source>
        <translation>(scegli una persona)</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Unisci</translation>
    </message>
    <message>
        <source>&amp;Swap: keep the other name</source>
        <translation>&amp;Inverti: mantieni l&apos;altro nome</translation>
    </message>
    <message>
        <source>Meetings attended</source>
        <translation>Partecipazioni a incontri</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Rivelazioni</translation>
    </message>
    <message>
        <source>Answers and referrals</source>
        <translation>Risposte e segnalazioni</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Qualifica</translation>
    </message>
    <message>
        <source>Buying role</source>
        <translation>Ruolo nell&apos;acquisto</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influenza</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>Delete contact</source>
        <translation>Elimina contatto</translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation>Settore:</translation>
    </message>
    <message>
        <source>The customer&apos;s people</source>
        <translation>Le persone del cliente</translation>
    </message>
    <message>
        <source>City / country:</source>
        <translation>Città / paese:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsabile:</translation>
    </message>
    <message>
        <source>Lifecycle stage:</source>
        <translation>Fase del ciclo di vita:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Valuta:</translation>
    </message>
    <message>
        <source>Customer since:</source>
        <translation>Cliente dal:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>A&amp;ggiungi contatto…</translation>
    </message>
    <message>
        <source>Edit contact…</source>
        <translation>Modifica contatto…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Unisci…</translation>
    </message>
    <message>
        <source>Merge another entry of the same person into the selected contact</source>
        <translation>Unisci al contatto selezionato un&apos;altra scheda della stessa persona</translation>
    </message>
    <message>
        <source>Personal data…</source>
        <translation>Dati personali…</translation>
    </message>
    <message>
        <source>Export everything held about this person, to answer an access request</source>
        <translation>Esporta tutti i dati conservati su questa persona, per rispondere a una richiesta di accesso</translation>
    </message>
</context>
<context>
    <name>CsvDuplicatesModel</name>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Già presente</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>a customer of this name</source>
        <translation>un cliente con questo nome</translation>
    </message>
    <message>
        <source>a contact of this customer with this name or e-mail</source>
        <translation>un contatto di questo cliente con questo nome o e-mail</translation>
    </message>
    <message>
        <source>the same customer on line %1</source>
        <translation>lo stesso cliente alla riga %1</translation>
    </message>
    <message>
        <source>the same person on line %1</source>
        <translation>la stessa persona alla riga %1</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>(leave out)</source>
        <translation>(non importare)</translation>
    </message>
    <message>
        <source>Customer: name</source>
        <translation>Cliente: nome</translation>
    </message>
    <message>
        <source>Customer: industry</source>
        <translation>Cliente: settore</translation>
    </message>
    <message>
        <source>Customer: city</source>
        <translation>Cliente: città</translation>
    </message>
    <message>
        <source>Customer: country</source>
        <translation>Cliente: paese</translation>
    </message>
    <message>
        <source>Customer: owner</source>
        <translation>Cliente: responsabile</translation>
    </message>
    <message>
        <source>Customer: notes</source>
        <translation>Cliente: note</translation>
    </message>
    <message>
        <source>Customer: currency</source>
        <translation>Cliente: valuta</translation>
    </message>
    <message>
        <source>Contact: name</source>
        <translation>Contatto: nome</translation>
    </message>
    <message>
        <source>Contact: job title</source>
        <translation>Contatto: qualifica</translation>
    </message>
    <message>
        <source>Contact: e-mail</source>
        <translation>Contatto: e-mail</translation>
    </message>
    <message>
        <source>Contact: phone</source>
        <translation>Contatto: telefono</translation>
    </message>
    <message>
        <source>Contact: mobile</source>
        <translation>Contatto: cellulare</translation>
    </message>
    <message>
        <source>Contact: language</source>
        <translation>Contatto: lingua</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignora</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Unisci</translation>
    </message>
    <message>
        <source>Create new</source>
        <translation>Crea nuovo</translation>
    </message>
    <message>
        <source>UTF-8 (with BOM)</source>
        <translation>UTF-8 (con BOM)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Europa occidentale)</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgola</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto e virgola</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulazione</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>barra verticale</translation>
    </message>
    <message>
        <source>The file is larger than 50 MB. Split it into smaller files and import them one after the other.</source>
        <translation>Il file supera i 50 MB. Dividilo in file più piccoli e importali uno dopo l&apos;altro.</translation>
    </message>
    <message>
        <source>The file is empty: there is no row to import.</source>
        <translation>Il file è vuoto: non ci sono righe da importare.</translation>
    </message>
    <message>
        <source>Line %1 holds characters no spreadsheet writes: this is not a CSV text file. Save the sheet as &quot;CSV (UTF-8)&quot; and try again.</source>
        <translation>La riga %1 contiene caratteri che nessun foglio di calcolo produce: non è un file di testo CSV. Salva il foglio come “CSV (UTF-8)” e riprova.</translation>
    </message>
    <message>
        <source>Line %1 is not readable text (neither UTF-8 nor Windows-1252). Save the sheet as &quot;CSV (UTF-8)&quot; and try again.</source>
        <translation>La riga %1 non contiene testo leggibile (né UTF-8 né Windows-1252). Salva il foglio come “CSV (UTF-8)” e riprova.</translation>
    </message>
    <message>
        <source>A quoted cell that starts on line %1 is never closed: the file may have been cut short. Check that row in the spreadsheet and save it again.</source>
        <translation>Una cella tra virgolette che inizia alla riga %1 non viene mai chiusa: il file potrebbe essere troncato. Controlla quella riga nel foglio di calcolo e salva di nuovo il file.</translation>
    </message>
    <message>
        <source>Line %1 uses quotes wrongly (text right after a closing quote). Check that row in the spreadsheet and save it again.</source>
        <translation>La riga %1 usa le virgolette in modo errato (testo subito dopo le virgolette di chiusura). Controlla quella riga nel foglio di calcolo e salva di nuovo il file.</translation>
    </message>
    <message>
        <source>A cell on line %1 is longer than 100,000 characters.</source>
        <translation>Una cella alla riga %1 supera i 100.000 caratteri.</translation>
    </message>
    <message>
        <source>The file cannot be read. Check that it exists and that you may open it.</source>
        <translation>Impossibile leggere il file. Verifica che esista e che tu abbia i permessi per aprirlo.</translation>
    </message>
    <message>
        <source>Row: it has more cells than the header has columns, so its cells are shifted (a separator inside a cell that is not in quotes?). Correct the row and save the file again.</source>
        <translation>Riga: ha più celle delle colonne dell&apos;intestazione, quindi le sue celle sono spostate (un separatore dentro una cella non tra virgolette?). Correggi la riga e salva di nuovo il file.</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Checking the rows…</source>
        <translation>Verifica delle righe in corso…</translation>
    </message>
    <message>
        <source>Check cancelled: nothing was written.</source>
        <translation>Controllo annullato: non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>Rows not checked</source>
        <translation>Righe non verificate</translation>
    </message>
    <message>
        <source>The rows could not be checked against the database. Nothing was written.</source>
        <translation>Non è stato possibile confrontare le righe con il database. Non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importazione in corso…</translation>
    </message>
    <message>
        <source>Import customers from CSV</source>
        <translation>Importa clienti da CSV</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; I&amp;ndietro</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Avanti &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
</context>
<context>
    <name>CsvImportFlow</name>
    <message>
        <source>Import customers from CSV</source>
        <translation>Importa clienti da CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>File CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lettura di %1…</translation>
    </message>
    <message>
        <source>File not imported</source>
        <translation>File non importato</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Non è stato importato nulla.</translation>
    </message>
    <message>
        <source>Importing customers…</source>
        <translation>Importazione dei clienti in corso…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Importazione annullata: non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Importazione non riuscita</translation>
    </message>
    <message>
        <source>The import did not complete. Nothing was written.</source>
        <translation>L&apos;importazione non è stata completata. Non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>Customers created: %1</source>
        <translation>Clienti creati: %1</translation>
    </message>
    <message>
        <source>Contacts created: %1</source>
        <translation>Contatti creati: %1</translation>
    </message>
    <message>
        <source>Customers merged: %1; contacts merged: %2</source>
        <translation>Clienti uniti: %1; contatti uniti: %2</translation>
    </message>
    <message>
        <source>Duplicates skipped: %1</source>
        <translation>Duplicati ignorati: %1</translation>
    </message>
    <message>
        <source>Rows with problems left out: %1</source>
        <translation>Righe con problemi escluse: %1</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importazione completata</translation>
    </message>
    <message>
        <source>Customers imported.</source>
        <translation>Clienti importati.</translation>
    </message>
</context>
<context>
    <name>CsvMappingPage</name>
    <message>
        <source>Choose the column that holds the customer&apos;s name.</source>
        <translation>Scegli la colonna che contiene il nome del cliente.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, separated by %3, %n data rows.</source>
        <translation>
            <numerusform>%1: codifica %2, separatore %3, %n riga di dati.</numerusform>
            <numerusform>%1: codifica %2, separatore %3, %n righe di dati.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where does each column go?</source>
        <translation>In quale campo va ogni colonna?</translation>
    </message>
    <message numerus="yes">
        <source>The first %n rows, numbered by their line in the file:</source>
        <translation>
            <numerusform>Anteprima di %n riga, numerata in base alla sua posizione nel file:</numerusform>
            <numerusform>Anteprima delle prime %n righe, numerate in base alla loro posizione nel file:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remember these columns for files like this one</source>
        <translation>&amp;Ricorda queste colonne per i file di questo tipo</translation>
    </message>
</context>
<context>
    <name>CsvProblemsModel</name>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>CsvReportPage</name>
    <message>
        <source>For &amp;every duplicate:</source>
        <translation>Per &amp;ogni duplicato:</translation>
    </message>
    <message>
        <source>Import the other rows and &amp;leave out the rows with problems</source>
        <translation>Importa le altre righe ed &amp;escludi quelle con problemi</translation>
    </message>
    <message>
        <source>Already there: choose for each whether to skip it, merge it into the one there (its empty fields are filled, notes added) or create a new one.</source>
        <translation>Già presenti: per ciascuno scegli se ignorarlo, unirlo a quello esistente (i suoi campi vuoti vengono compilati e le note aggiunte) oppure crearne uno nuovo.</translation>
    </message>
    <message numerus="yes">
        <source>%n customers</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clienti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contatto</numerusform>
            <numerusform>%n contatti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows read: %1 and %2 are ready to import.</source>
        <translation>
            <numerusform>%n riga letta: %1 e %2 pronti da importare.</numerusform>
            <numerusform>%n righe lette: %1 e %2 pronti da importare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows have problems. Nothing is imported until they are corrected in the file, or you choose to leave them out.</source>
        <translation>
            <numerusform>%n riga presenta problemi. Non viene importato nulla finché non viene corretta nel file o non scegli di escluderla.</numerusform>
            <numerusform>%n righe presentano problemi. Non viene importato nulla finché non vengono corrette nel file o non scegli di escluderle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerDetailPane</name>
    <message>
        <source>Customer sections</source>
        <translation>Sezioni del cliente</translation>
    </message>
    <message>
        <source>Ctrl+Page Up and Ctrl+Page Down move between the sections</source>
        <translation>Ctrl+Pag su e Ctrl+Pag giù passano da una sezione all&apos;altra</translation>
    </message>
    <message>
        <source>Select a customer to see its details and contacts.</source>
        <translation>Seleziona un cliente per vederne i dettagli e i contatti.</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Mo&amp;difica…</translation>
    </message>
    <message>
        <source>&amp;Log meeting…</source>
        <translation>&amp;Registra incontro…</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Promemoria</translation>
    </message>
    <message>
        <source>Details and contacts</source>
        <translation>Dettagli e contatti</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Depth chart</source>
        <translation>Grafico della profondità</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>Principi</translation>
    </message>
    <message>
        <source>Give and take</source>
        <translation>Dare e avere</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Ciclo di vita</translation>
    </message>
    <message>
        <source>Economics</source>
        <translation>Dati economici</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Customer since</source>
        <translation>Cliente dal</translation>
    </message>
    <message>
        <source>Date, in your locale&apos;s format</source>
        <translation>Data, nel formato della tua lingua</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Modifica cliente</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nuovo cliente</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Settore:</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>&amp;Città:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Paese:</translation>
    </message>
    <message>
        <source>Cu&amp;rrency:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsabile:</translation>
    </message>
    <message>
        <source>Customer &amp;since:</source>
        <translation>Cliente &amp;dal:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>known</source>
        <translation>noto</translation>
    </message>
    <message>
        <source>When the relationship really began, if earlier than its first meeting, order or lifecycle move here: loyalty counts the years from it.</source>
        <translation>Quando è iniziata davvero la relazione, se prima del primo incontro, ordine o passaggio di ciclo di vita registrato qui: la lealtà conta gli anni da questa data.</translation>
    </message>
    <message>
        <source>Company name, e.g. Carpați Industrial S.R.L.</source>
        <translation>Ragione sociale, ad es. Meccanica Brianza S.r.l.</translation>
    </message>
    <message>
        <source>The salesperson who looks after the account</source>
        <translation>Il commerciale che segue questo cliente</translation>
    </message>
    <message>
        <source>Revenue and costs are in it, e.g. RON</source>
        <translation>Ricavi e costi sono in questa valuta, es. EUR</translation>
    </message>
    <message>
        <source>Customer already exists</source>
        <translation>Cliente già esistente</translation>
    </message>
    <message>
        <source>A customer named “%1” already exists. Save another one with the same name?</source>
        <translation>Esiste già un cliente di nome “%1”. Salvarne comunque un altro con lo stesso nome?</translation>
    </message>
</context>
<context>
    <name>CustomerMergeDialog</name>
    <message>
        <source>Industry</source>
        <translation>Settore</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Unisci clienti</translation>
    </message>
    <message>
        <source>Two customers that are the same company become one: every contact, meeting, disclosure, follow-up, period and history entry of both is kept. Choose the customer to merge “%1” with.</source>
        <translation>Due clienti che sono la stessa azienda diventano uno solo: si conservano tutti i contatti, gli incontri, le rivelazioni, i follow-up, i periodi e le voci di storico di entrambi. Scegli il cliente con cui unire “%1”.</translation>
    </message>
    <message>
        <source>Merge &amp;with:</source>
        <translation>Unisci &amp;con:</translation>
    </message>
    <message>
        <source>Type a few letters of the customer&apos;s name</source>
        <translation>Digita alcune lettere del nome del cliente</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Unisci</translation>
    </message>
    <message>
        <source>&amp;Swap: keep the other name</source>
        <translation>&amp;Inverti: mantieni l&apos;altro nome</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Incontri</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Rivelazioni</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Economics periods</source>
        <translation>Periodi di ricavi e costi</translation>
    </message>
    <message>
        <source>Other history entries</source>
        <translation>Altre voci di storico</translation>
    </message>
    <message>
        <source>Stage confirmations, ratings, give and take, commitments, lifecycle moves, recommendation answers and referrals</source>
        <translation>Conferme di fase, valutazioni, dare e avere, impegni, passaggi nel ciclo di vita, risposte sulla raccomandazione e segnalazioni</translation>
    </message>
</context>
<context>
    <name>CustomerReview</name>
    <message>
        <source>Customer review</source>
        <translation>Analisi del cliente</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>Preparato da:</translation>
    </message>
    <message>
        <source>Period covered:</source>
        <translation>Periodo considerato:</translation>
    </message>
    <message>
        <source>City / country:</source>
        <translation>Città / paese:</translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation>Settore:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsabile:</translation>
    </message>
    <message>
        <source>Relationship since:</source>
        <translation>Relazione dal:</translation>
    </message>
    <message>
        <source>%1 · customer review</source>
        <translation>%1 · analisi del cliente</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confermata</translation>
    </message>
    <message>
        <source>suggested from the disclosures</source>
        <translation>suggerita in base alle rivelazioni</translation>
    </message>
    <message>
        <source>Relationship stage</source>
        <translation>Fase della relazione</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Suggested then</source>
        <translation>Suggerita allora</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Ciclo di vita</translation>
    </message>
    <message>
        <source>Lifecycle stage: %1</source>
        <translation>Fase del ciclo di vita: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Cosa fare: %1</translation>
    </message>
    <message>
        <source>The evidence suggests moving to %1: %2.</source>
        <translation>Gli elementi raccolti suggeriscono il passaggio a %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not suggested yet; still needed: %2.</source>
        <translation>%1 non è ancora suggerito; manca ancora: %2.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>The five principles</source>
        <translation>I cinque principi</translation>
    </message>
    <message>
        <source>Health: %1</source>
        <translation>Salute: %1</translation>
    </message>
    <message>
        <source>not enough evidence</source>
        <translation>elementi insufficienti</translation>
    </message>
    <message>
        <source>Only one set of ratings so far: %1.</source>
        <translation>Per ora una sola serie di valutazioni: %1.</translation>
    </message>
    <message>
        <source>Principle</source>
        <translation>Principio</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Main evidence</source>
        <translation>Elementi principali</translation>
    </message>
    <message>
        <source>Economics and recommendation</source>
        <translation>Dati economici e raccomandazione</translation>
    </message>
    <message>
        <source>Last 12 months: revenue %1 · cost to serve %2 · profit %3 · margin %4</source>
        <translation>Ultimi 12 mesi: ricavi %1 · costo di servizio %2 · profitto %3 · margine %4</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Periodo dal</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ricavi</translation>
    </message>
    <message>
        <source>Cost to serve</source>
        <translation>Costo di servizio</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Profitto</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margine</translation>
    </message>
    <message>
        <source>No revenue or costs recorded in the period.</source>
        <translation>Nessun ricavo o costo registrato nel periodo.</translation>
    </message>
    <message>
        <source>No recommendation answers in the last 12 months.</source>
        <translation>Nessuna risposta sulla raccomandazione negli ultimi 12 mesi.</translation>
    </message>
    <message>
        <source>NPS %1, from each contact&apos;s latest answer (contacts: %2).</source>
        <translation>NPS %1, calcolato sull&apos;ultima risposta di ciascun contatto (contatti: %2).</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <source>Meetings in the period</source>
        <translation>Incontri nel periodo</translation>
    </message>
    <message>
        <source>No meetings in the period.</source>
        <translation>Nessun incontro nel periodo.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prossimi passi</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Rivelazioni</translation>
    </message>
    <message>
        <source>No disclosures in the period.</source>
        <translation>Nessuna rivelazione nel periodo.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Ambito</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Argomenti</translation>
    </message>
    <message>
        <source>What was disclosed is not printed in this report.</source>
        <translation>Il contenuto delle rivelazioni non è riportato in questo report.</translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation>riservata</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Argomento</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Cosa è stato detto</translation>
    </message>
    <message>
        <source>Sensitive disclosures are left out of this report.</source>
        <translation>Le rivelazioni riservate sono escluse da questo report.</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Impegni</translation>
    </message>
    <message>
        <source>No commitments recorded.</source>
        <translation>Nessun impegno registrato.</translation>
    </message>
    <message>
        <source>Promised on</source>
        <translation>Promesso il</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>Promesso da</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Promessa</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Follow-up aperti</translation>
    </message>
    <message>
        <source>No open follow-ups.</source>
        <translation>Nessun follow-up aperto.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>City / country</source>
        <translation>Città / paese</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Settore</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Last meeting</source>
        <translation>Ultimo incontro</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Prossimo follow-up</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salute</translation>
    </message>
    <message>
        <source>Reciprocity</source>
        <translation>Reciprocità</translation>
    </message>
    <message>
        <source>Autonomy</source>
        <translation>Autonomia</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrità</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Lealtà</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Equità</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Ciclo di vita</translation>
    </message>
    <message>
        <source>⚠ Client as master: see the Principles tab.</source>
        <translation>⚠ Il cliente padrone: vedi la scheda Principi.</translation>
    </message>
    <message>
        <source>Follow-up overdue since %1</source>
        <translation>Follow-up scaduto dal %1</translation>
    </message>
    <message>
        <source>Not enough evidence yet</source>
        <translation>Elementi non ancora sufficienti</translation>
    </message>
</context>
<context>
    <name>CustomerWorkspace</name>
    <message>
        <source>Delete customer</source>
        <translation>Elimina cliente</translation>
    </message>
    <message>
        <source>Delete %1 with all its contacts? Everything recorded about this customer will be erased. Undo cannot bring it back: only a backup made before it can (File → Backups…).</source>
        <translation>Eliminare %1 con tutti i suoi contatti? Tutto ciò che è stato registrato su questo cliente verrà cancellato. Annulla non può riportarlo indietro: solo un backup fatto prima può farlo (File → Backup…).</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Elimina incontro</translation>
    </message>
    <message>
        <source>Delete this meeting with its disclosures? Its follow-ups stay. Edit → Undo brings it back.</source>
        <translation>Eliminare questo incontro con le sue rivelazioni? I follow-up collegati restano. Modifica → Annulla lo riporta indietro.</translation>
    </message>
    <message>
        <source>meeting deleted</source>
        <translation>incontro eliminato</translation>
    </message>
    <message>
        <source>Loading the sample portfolio…</source>
        <translation>Caricamento del portafoglio di esempio…</translation>
    </message>
    <message numerus="yes">
        <source>Added %n sample customer(s).</source>
        <translation>
            <numerusform>Aggiunto %n cliente di esempio.</numerusform>
            <numerusform>Aggiunti %n clienti di esempio.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sample portfolio not loaded</source>
        <translation>Portafoglio di esempio non caricato</translation>
    </message>
    <message>
        <source>The sample portfolio could not be added. Nothing was changed.</source>
        <translation>Non è stato possibile aggiungere il portafoglio di esempio. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <source>The dot: contact; ⚑: a late follow-up</source>
        <translation>Il pallino: il contatto; ⚑: un follow-up in ritardo</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Mo&amp;stra:</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Tutti i clienti</translation>
    </message>
    <message>
        <source>Any weak principle (below 50)</source>
        <translation>Almeno un principio debole (sotto 50)</translation>
    </message>
    <message>
        <source>Clients acting as masters</source>
        <translation>Clienti che si comportano da padroni</translation>
    </message>
    <message>
        <source>Weak reciprocity</source>
        <translation>Reciprocità debole</translation>
    </message>
    <message>
        <source>Weak autonomy</source>
        <translation>Autonomia debole</translation>
    </message>
    <message>
        <source>Weak integrity</source>
        <translation>Integrità debole</translation>
    </message>
    <message>
        <source>Weak loyalty</source>
        <translation>Lealtà debole</translation>
    </message>
    <message>
        <source>Weak equity</source>
        <translation>Equità debole</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Testers</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>Compratori</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Patron-friends</source>
        <translation>Patron-amici</translation>
    </message>
    <message>
        <source>Sponsor-champions</source>
        <translation>Sponsor paladini</translation>
    </message>
    <message>
        <source>Former customers</source>
        <translation>Ex clienti</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>No customers yet.</source>
        <translation>Ancora nessun cliente.</translation>
    </message>
    <message>
        <source>No recommendation answers yet: ask your contacts how likely they are to recommend you (0-10).</source>
        <translation>Ancora nessuna risposta sulla raccomandazione: chiedi ai tuoi contatti quanto è probabile che ci consiglino (0-10).</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>T%1</translation>
    </message>
    <message>
        <source>No principle scores yet: they come from the evidence logged with meetings.</source>
        <translation>Ancora nessun punteggio dei principi: nasce dagli elementi registrati con gli incontri.</translation>
    </message>
    <message>
        <source>Health %1</source>
        <translation>Salute %1</translation>
    </message>
    <message>
        <source>No revenue or costs recorded in the last 12 months.</source>
        <translation>Nessun ricavo o costo registrato negli ultimi 12 mesi.</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ricavi</translation>
    </message>
    <message>
        <source>Cost to serve</source>
        <translation>Costo di servizio</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Profitto</translation>
    </message>
    <message>
        <source>Millions of %1</source>
        <translation>Milioni di %1</translation>
    </message>
    <message>
        <source>Thousands of %1</source>
        <translation>Migliaia di %1</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Reading your portfolio…</source>
        <translation>Lettura del portafoglio…</translation>
    </message>
    <message>
        <source>Your portfolio is empty. Add a customer, or load the sample portfolio from the File menu, and the dashboard shows how your relationships are doing.</source>
        <translation>Il portafoglio è vuoto. Aggiungi un cliente o carica il portafoglio di esempio dal menu File, e la dashboard mostrerà come vanno le tue relazioni.</translation>
    </message>
    <message>
        <source>The dashboard could not be read. Switch to another tab and back to try again; the details are in the log file in the data folder.</source>
        <translation>Non è stato possibile leggere la dashboard. Passa a un&apos;altra scheda e torna qui per riprovare; i dettagli sono nel file di log nella cartella dei dati.</translation>
    </message>
    <message>
        <source>no scores yet</source>
        <translation>ancora nessun punteggio</translation>
    </message>
    <message>
        <source>out of 100</source>
        <translation>su 100</translation>
    </message>
    <message numerus="yes">
        <source>customers, %Ln item(s) in the list</source>
        <translation>
            <numerusform>clienti, %Ln voce nell&apos;elenco</numerusform>
            <numerusform>clienti, %Ln voci nell&apos;elenco</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln past their stay-in-touch interval</source>
        <translation>
            <numerusform>%Ln oltre l&apos;intervallo di contatto</numerusform>
            <numerusform>%Ln oltre l&apos;intervallo di contatto</numerusform>
        </translation>
    </message>
    <message>
        <source>no valid answers this quarter</source>
        <translation>nessuna risposta valida in questo trimestre</translation>
    </message>
    <message>
        <source>this quarter</source>
        <translation>questo trimestre</translation>
    </message>
    <message>
        <source>same as last quarter</source>
        <translation>come il trimestre scorso</translation>
    </message>
    <message>
        <source>%1 since last quarter</source>
        <translation>%1 rispetto al trimestre scorso</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>Indice di raccomandazione (NPS)</translation>
    </message>
    <message>
        <source>% promoters (9-10) minus % detractors (0-6) among the contacts&apos; latest answers of the last 12 months</source>
        <translation>% di promotori (9-10) meno % di detrattori (0-6) tra le ultime risposte dei contatti negli ultimi 12 mesi</translation>
    </message>
    <message>
        <source>Average health</source>
        <translation>Salute media</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Da seguire</translation>
    </message>
    <message>
        <source>Drifting apart</source>
        <translation>Relazioni che si allentano</translation>
    </message>
    <message>
        <source>Customers drifting apart; Today lists them with those to call</source>
        <translation>Clienti con cui la relazione si sta allentando; Oggi li elenca con quelli da chiamare</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Aggiornamento…</translation>
    </message>
    <message>
        <source>Customers per relationship stage</source>
        <translation>Clienti per fase della relazione</translation>
    </message>
    <message>
        <source>Lifecycle funnel</source>
        <translation>Imbuto del ciclo di vita</translation>
    </message>
    <message>
        <source>Net Promoter Score per quarter</source>
        <translation>Indice di raccomandazione (NPS) per trimestre</translation>
    </message>
    <message>
        <source>Average principle scores</source>
        <translation>Punteggi medi dei principi</translation>
    </message>
    <message>
        <source>Revenue, cost to serve and profit per lifecycle stage, last 12 months</source>
        <translation>Ricavi, costo di servizio e profitto per fase del ciclo di vita, ultimi 12 mesi</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>Va&amp;luta:</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <source>The file&apos;s structure</source>
        <translation>La struttura del file</translation>
    </message>
    <message>
        <source>The database&apos;s layout (tables, indexes, triggers)</source>
        <translation>La struttura del database (tabelle, indici, trigger)</translation>
    </message>
    <message>
        <source>Links between records</source>
        <translation>I collegamenti tra i dati</translation>
    </message>
    <message>
        <source>The search index</source>
        <translation>L&apos;indice di ricerca</translation>
    </message>
    <message>
        <source>Records left without their customer</source>
        <translation>Dati rimasti senza il proprio cliente</translation>
    </message>
    <message>
        <source>Damaged dates and texts</source>
        <translation>Date e testi danneggiati</translation>
    </message>
    <message>
        <source>Last meeting, next follow-up and lifecycle stage</source>
        <translation>Ultimo incontro, prossimo follow-up e fase del ciclo di vita</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backup in corso…</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>Backup salvato: %1</translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation>Backup non ripristinato</translation>
    </message>
    <message>
        <source>The database is empty</source>
        <translation>Il database è vuoto</translation>
    </message>
    <message>
        <source>The database file is empty: what it held is gone. Restore the newest good backup, made on %1? If you do not, RelationDesk starts with an empty database.</source>
        <translation>Il file del database è vuoto: quello che conteneva non c&apos;è più. Vuoi ripristinare il backup integro più recente, fatto il %1? Altrimenti RelationDesk parte con un database vuoto.</translation>
    </message>
    <message>
        <source>The database is missing</source>
        <translation>Il database non c&apos;è più</translation>
    </message>
    <message>
        <source>The database file is empty or missing, and there is no backup of it that can be restored. RelationDesk starts with a new, empty database.</source>
        <translation>Il file del database è vuoto o non c&apos;è più, e non esiste nessun backup da ripristinare. RelationDesk parte con un database nuovo e vuoto.</translation>
    </message>
    <message>
        <source>The database file is missing, but there are backups of it. Restore the newest good backup, made on %1? If you do not, RelationDesk starts with an empty database.</source>
        <translation>Il file del database non c&apos;è più, ma ci sono dei backup. Vuoi ripristinare il backup integro più recente, fatto il %1? Altrimenti RelationDesk parte con un database vuoto.</translation>
    </message>
    <message>
        <source>The backup could not be restored, so RelationDesk starts with an empty database. Your backups are kept: File → Backups… lists them.</source>
        <translation>Non è stato possibile ripristinare il backup, quindi RelationDesk parte con un database vuoto. I tuoi backup restano al loro posto: li trovi in File → Backup…</translation>
    </message>
    <message>
        <source>The backup could not be restored; your data is as it was.</source>
        <translation>Non è stato possibile ripristinare il backup; i tuoi dati sono rimasti com&apos;erano.</translation>
    </message>
    <message>
        <source>This backup was changed outside RelationDesk: it holds tables, triggers or indexes that RelationDesk does not make, and they could change or delete your data. It was not restored; your data is as it was.</source>
        <translation>Questo backup è stato modificato fuori da RelationDesk: contiene tabelle, trigger o indici che RelationDesk non crea, e potrebbero modificare o cancellare i tuoi dati. Non è stato ripristinato; i tuoi dati sono rimasti come prima.</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Backup ripristinato.</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Verifica del database in corso…</translation>
    </message>
    <message>
        <source>The database is in good health: nothing to repair.</source>
        <translation>Il database è in buono stato: non c&apos;è nulla da riparare.</translation>
    </message>
    <message>
        <source>repaired</source>
        <translation>riparato</translation>
    </message>
    <message>
        <source>not repaired</source>
        <translation>non riparato</translation>
    </message>
    <message>
        <source>The check found:</source>
        <translation>La verifica ha trovato:</translation>
    </message>
    <message>
        <source>Before repairing, RelationDesk backed up the database (File → Backups…).</source>
        <translation>Prima di riparare, RelationDesk ha fatto un backup del database (File → Backup…).</translation>
    </message>
    <message>
        <source>Some problems could not be repaired: restore a recent backup (File → Backups…).</source>
        <translation>Alcuni problemi non si sono potuti riparare: ripristina un backup recente (File → Backup…).</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Verifica database</translation>
    </message>
    <message>
        <source>Database operation failed</source>
        <translation>Operazione sul database non riuscita</translation>
    </message>
    <message>
        <source>The operation did not complete. Nothing was changed.</source>
        <translation>L&apos;operazione non è stata completata. Non è stato modificato nulla.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>today</source>
        <comment>typed in a date field; spellings</comment>
        <translation>oggi</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <comment>typed in a date field; spellings</comment>
        <translation>domani</translation>
    </message>
    <message>
        <source>yesterday</source>
        <comment>typed in a date field; spellings</comment>
        <translation>ieri</translation>
    </message>
    <message>
        <source>d, day, days</source>
        <comment>after a number: +3d</comment>
        <translation>g, gg, giorno, giorni</translation>
    </message>
    <message>
        <source>w, wk, week, weeks</source>
        <comment>after a number: +2w</comment>
        <translation>s, sett, settimana, settimane</translation>
    </message>
    <message>
        <source>m, mo, month, months</source>
        <comment>after a number: +1m</comment>
        <translation>m, mese, mesi</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type one such as %2, or a word such as “fri”, “+3d” or “tomorrow”.</source>
        <translation>“%1” non è una data. Scrivine una come %2, oppure una parola come “ven”, “+3g” o “domani”.</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>Scegli dal calendario</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
</context>
<context>
    <name>DisclosureChart</name>
    <message>
        <source>%1, %2: %3 topics, depth %4</source>
        <translation>%1, %2: %3 argomenti, profondità %4</translation>
    </message>
    <message>
        <source>No disclosures recorded yet.</source>
        <translation>Non è ancora stata registrata nessuna rivelazione.</translation>
    </message>
    <message>
        <source>Topics (breadth)</source>
        <translation>Argomenti (ampiezza)</translation>
    </message>
    <message>
        <source>Breadth</source>
        <translation>Ampiezza</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profondità</translation>
    </message>
</context>
<context>
    <name>DisclosureEditor</name>
    <message>
        <source>Disclosures of this meeting</source>
        <translation>Rivelazioni di questo incontro</translation>
    </message>
    <message>
        <source>Who, domain, topic, depth, sensitive and what was said; Delete removes one</source>
        <translation>Chi, ambito, argomento, profondità, riservata e cosa è stato detto; Canc ne toglie una</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Cosa è stato detto</translation>
    </message>
    <message>
        <source>W&amp;ho</source>
        <translation>C&amp;hi</translation>
    </message>
    <message>
        <source>Dep&amp;th</source>
        <translation>Pr&amp;ofondità</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;ggiungi</translation>
    </message>
    <message>
        <source>D&amp;omain</source>
        <translation>&amp;Ambito</translation>
    </message>
    <message>
        <source>To&amp;pic</source>
        <translation>Argo&amp;mento</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Riservata</translation>
    </message>
    <message>
        <source>Someone else at the customer</source>
        <translation>Un&apos;altra persona del cliente</translation>
    </message>
    <message>
        <source>What was said, e.g. “the plant will double capacity next year”</source>
        <translation>Cosa è stato detto, ad es. “l&apos;anno prossimo lo stabilimento raddoppierà la capacità produttiva”</translation>
    </message>
    <message>
        <source>Remove disclosure</source>
        <translation>Rimuovi rivelazione</translation>
    </message>
</context>
<context>
    <name>DisclosureListModel</name>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Ambito</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Argomento</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profondità</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Riservata</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Cosa è stato detto</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
</context>
<context>
    <name>EconomicsChart</name>
    <message>
        <source>No periods recorded yet.</source>
        <translation>Nessun periodo registrato.</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ricavi</translation>
    </message>
    <message>
        <source>Cost to serve</source>
        <translation>Costo di servizio</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Profitto</translation>
    </message>
</context>
<context>
    <name>EconomicsModel</name>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ricavi</translation>
    </message>
    <message>
        <source>Customer care</source>
        <translation>Customer care</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Assistenza</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Meeting time</source>
        <translation>Tempo degli incontri</translation>
    </message>
    <message>
        <source>Cost to serve</source>
        <translation>Costo di servizio</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Profitto</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margine</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message>
        <source>Product lines</source>
        <translation>Linee di prodotto</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>%1 minutes of meetings logged in this period.</source>
        <translation>%1 minuti di incontri registrati in questo periodo.</translation>
    </message>
</context>
<context>
    <name>EconomicsSettingsPage</name>
    <message>
        <source>“%1” is not a currency code. Type a three-letter ISO 4217 code, such as EUR or RON, or choose one from the list; nothing is saved until then.</source>
        <translation>“%1” non è un codice valuta. Digita un codice ISO 4217 di tre lettere, come EUR o RON, o scegline uno dall&apos;elenco; finché non lo fai non viene salvato nulla.</translation>
    </message>
    <message>
        <source>No rate set: meeting time counts as nothing in cost-to-serve.</source>
        <translation>Nessuna tariffa: il tempo degli incontri non entra nel costo di servizio.</translation>
    </message>
    <message>
        <source>Rates per hour: %1</source>
        <translation>Tariffe orarie: %1</translation>
    </message>
    <message>
        <source>Hourly cost of meeting time</source>
        <translation>Costo orario del tempo degli incontri</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <source>&amp;Rate per hour:</source>
        <translation>&amp;Tariffa oraria:</translation>
    </message>
    <message>
        <source>The currency whose rate you are editing; type any ISO code, such as CHF.</source>
        <translation>La valuta di cui stai modificando la tariffa; digita qualsiasi codice ISO, come CHF.</translation>
    </message>
    <message>
        <source>What an hour of meeting time costs you in this currency; it counts into the cost-to-serve of customers billed in it. 0 removes the rate.</source>
        <translation>Quanto ti costa un&apos;ora di incontri in questa valuta; entra nel costo di servizio dei clienti fatturati in essa. 0 elimina la tariffa.</translation>
    </message>
    <message>
        <source>Candidates to disengage</source>
        <translation>Candidati al disimpegno</translation>
    </message>
    <message>
        <source>A customer who costs a lot, has no stable relationship and is in the late, declining part of its life cycle is a candidate to disengage from: all three must hold, so your energy goes to more promising relationships.</source>
        <translation>Un cliente che costa molto, non ha una relazione stabile ed è nella fase finale, in declino, del suo ciclo di vita è un candidato al disimpegno: devono valere tutte e tre le condizioni, così le energie vanno a relazioni più promettenti.</translation>
    </message>
    <message>
        <source>High c&amp;ost-to-serve from:</source>
        <translation>C&amp;osto di servizio alto da:</translation>
    </message>
    <message>
        <source> % of revenue</source>
        <translation> % dei ricavi</translation>
    </message>
    <message>
        <source>Costs a lot: over the last 12 months, serving the customer (care, assistance, other costs and meeting time) costs at least this share of its revenue.</source>
        <translation>Costa molto: negli ultimi 12 mesi servire il cliente (customer care, assistenza, altri costi e tempo degli incontri) costa almeno questa quota dei suoi ricavi.</translation>
    </message>
    <message>
        <source>&amp;Weak health below:</source>
        <translation>Salute &amp;debole sotto:</translation>
    </message>
    <message>
        <source>No stable relationship: the principles&apos; health is below this score, or the relationship is still a business partnership after a year of meetings.</source>
        <translation>Nessuna relazione stabile: la salute dei principi è sotto questo punteggio, oppure dopo un anno di incontri la relazione è ancora solo una partnership commerciale.</translation>
    </message>
    <message>
        <source>Re&amp;venue drop from:</source>
        <translation>Calo dei &amp;ricavi da:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Declining: revenue of the last 12 months fell by at least this much against the 12 months before, or the customer moved down the lifecycle ladder.</source>
        <translation>In declino: i ricavi degli ultimi 12 mesi sono calati almeno di tanto rispetto ai 12 mesi precedenti, oppure il cliente è sceso nel ciclo di vita.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Gone &amp;quiet after:</source>
        <translation>Relazione &amp;silenziosa dopo:</translation>
    </message>
    <message>
        <source> days without a meeting</source>
        <translation> giorni senza incontri</translation>
    </message>
    <message>
        <source>A customer with no meeting for this long shows on the dashboard as quiet.</source>
        <translation>Un cliente senza incontri per questo tempo appare nella dashboard come relazione silenziosa.</translation>
    </message>
</context>
<context>
    <name>EconomicsTab</name>
    <message>
        <source>Candidate to disengage from: %1. The rule: when a customer costs a lot, has no stable relationship and is in the late phase of its life cycle, move that energy to more promising relationships.</source>
        <translation>Candidato al disimpegno: %1. La regola: quando un cliente costa molto, non ha una relazione stabile ed è nella fase finale del suo ciclo di vita, sposta le energie su relazioni più promettenti.</translation>
    </message>
    <message>
        <source>Last 12 months: revenue %1 · cost to serve %2 · profit %3 · margin %4</source>
        <translation>Ultimi 12 mesi: ricavi %1 · costo di servizio %2 · profitto %3 · margine %4</translation>
    </message>
    <message>
        <source>This customer has no currency yet: choose one with Edit customer, so amounts and meeting time can be counted in it.</source>
        <translation>Questo cliente non ha ancora una valuta: sceglila con Modifica cliente, così importi e tempo degli incontri possono essere conteggiati.</translation>
    </message>
    <message>
        <source>Meeting time is not counted: set an hourly rate for %1 in Settings.</source>
        <translation>Il tempo degli incontri non è conteggiato: imposta una tariffa oraria per %1 nelle Impostazioni.</translation>
    </message>
    <message>
        <source>Meeting time counts into the cost to serve at %1 an hour (Settings).</source>
        <translation>Il tempo degli incontri rientra nel costo di servizio a %1 l&apos;ora (Impostazioni).</translation>
    </message>
    <message>
        <source>Delete the figures of %1? This cannot be undone.</source>
        <translation>Eliminare i dati di %1? L&apos;operazione non può essere annullata.</translation>
    </message>
    <message>
        <source>Delete period</source>
        <translation>Elimina periodo</translation>
    </message>
    <message>
        <source>Revenue and cost to serve</source>
        <translation>Ricavi e costo di servizio</translation>
    </message>
    <message>
        <source>Profit = revenue − costs. Record each month or quarter: revenue, what customer care, assistance and the rest cost to serve this customer.</source>
        <translation>Profitto = ricavi − costi. Registra ogni mese o trimestre: i ricavi e quanto costano customer care, assistenza e il resto per servire questo cliente.</translation>
    </message>
    <message>
        <source>Add period…</source>
        <translation>Aggiungi periodo…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Loading the sample portfolio…</source>
        <translation>Caricamento del portafoglio di esempio…</translation>
    </message>
    <message>
        <source>Load a sample portfolio</source>
        <translation>Carica un portafoglio di esempio</translation>
    </message>
    <message>
        <source>Welcome to RelationDesk</source>
        <translation>Ti diamo il benvenuto in RelationDesk</translation>
    </message>
    <message>
        <source>Your relationship desk is empty. Add your first customer, or load a sample portfolio of customers in Italy, Indonesia, Romania and English-speaking markets to see how RelationDesk works. You can delete the sample customers at any time.</source>
        <translation>Il tuo RelationDesk è ancora vuoto. Aggiungi il tuo primo cliente oppure carica un portafoglio di esempio con clienti in Italia, Indonesia, Romania e nei mercati di lingua inglese per vedere come funziona RelationDesk. Puoi eliminare i clienti di esempio in qualsiasi momento.</translation>
    </message>
    <message>
        <source>Add your first customer</source>
        <translation>Aggiungi il tuo primo cliente</translation>
    </message>
    <message>
        <source>How do I…? A short guide, any time with F1</source>
        <translation>Come faccio a…? Una breve guida, sempre con F1</translation>
    </message>
</context>
<context>
    <name>EncryptionOffer</name>
    <message>
        <source>Encrypt your database?</source>
        <translation>Vuoi cifrare il tuo database?</translation>
    </message>
    <message>
        <source>Your database was made by an older RelationDesk and is not encrypted: anyone with this computer&apos;s disk can read it. Encrypt it now? A backup is made first, and the key is kept in this computer&apos;s keychain, so nothing changes in how you start RelationDesk.</source>
        <translation>Il tuo database è stato creato da una versione precedente di RelationDesk e non è cifrato: chiunque abbia il disco di questo computer può leggerlo. Vuoi cifrarlo ora? Prima viene fatto un backup, e la chiave è conservata nel portachiavi di questo computer, quindi non cambia nulla nel modo in cui avvii RelationDesk.</translation>
    </message>
    <message>
        <source>The database was not encrypted</source>
        <translation>Il database non è stato cifrato</translation>
    </message>
    <message>
        <source>Encrypting the database did not succeed, so it was left as it was: nothing is lost. You can keep working; the details are in the log.</source>
        <translation>La cifratura del database non è riuscita, quindi è rimasto com&apos;era: non si è perso nulla. Puoi continuare a lavorare; i dettagli sono nel registro.</translation>
    </message>
    <message>
        <source>Delete the unencrypted backups?</source>
        <translation>Vuoi eliminare i backup non cifrati?</translation>
    </message>
    <message numerus="yes">
        <source>The database is encrypted now, but %n older backup(s) of it are not: they hold everything in clear. Delete them? Backups made from now on are encrypted.</source>
        <translation>
            <numerusform>Il database ora è cifrato, ma %n suo backup precedente non lo è: contiene tutto in chiaro. Vuoi eliminarlo? I backup fatti da ora in poi sono cifrati.</numerusform>
            <numerusform>Il database ora è cifrato, ma %n suoi backup precedenti non lo sono: contengono tutto in chiaro. Vuoi eliminarli? I backup fatti da ora in poi sono cifrati.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErasePersonDialog</name>
    <message>
        <source>Customer notes</source>
        <translation>Note sul cliente</translation>
    </message>
    <message>
        <source>A colleague&apos;s notes</source>
        <translation>Note su un collega</translation>
    </message>
    <message>
        <source>Meeting summary</source>
        <translation>Riepilogo dell&apos;incontro</translation>
    </message>
    <message>
        <source>Meeting next steps</source>
        <translation>Prossimi passi dell&apos;incontro</translation>
    </message>
    <message>
        <source>Meeting place</source>
        <translation>Luogo dell&apos;incontro</translation>
    </message>
    <message>
        <source>Something someone else disclosed</source>
        <translation>Rivelazione di un&apos;altra persona</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Give-and-take entry</source>
        <translation>Voce di dare e avere</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Impegno</translation>
    </message>
    <message>
        <source>Stage change note</source>
        <translation>Nota sul cambio di fase</translation>
    </message>
    <message>
        <source>Rating note</source>
        <translation>Nota di valutazione</translation>
    </message>
    <message>
        <source>Lifecycle move</source>
        <translation>Passaggio nel ciclo di vita</translation>
    </message>
    <message>
        <source>Recommendation note</source>
        <translation>Nota sulla raccomandazione</translation>
    </message>
    <message>
        <source>Referral note</source>
        <translation>Nota sulla segnalazione</translation>
    </message>
    <message>
        <source>Economics note</source>
        <translation>Nota sui dati economici</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>Elimina cliente</translation>
    </message>
    <message>
        <source>Delete %1 with all its contacts? Everything recorded about this customer will be erased. Undo cannot bring it back: only a backup made before it can (File → Backups…).</source>
        <translation>Eliminare %1 con tutti i suoi contatti? Tutto ciò che è stato registrato su questo cliente verrà cancellato. Annulla non può riportarlo indietro: solo un backup fatto prima può farlo (File → Backup…).</translation>
    </message>
    <message>
        <source>The names of its people also appear in other customers&apos; texts. They are replaced by […] in the ticked ones; untick what must stay as it is.</source>
        <translation>I nomi delle sue persone compaiono anche nei testi di altri clienti. In quelli selezionati vengono sostituiti da […]; deseleziona ciò che deve restare com&apos;è.</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Elimina contatto</translation>
    </message>
    <message>
        <source>Delete %1 and everything recorded about this person? This cannot be undone.</source>
        <translation>Eliminare %1 e tutto ciò che è stato registrato su questa persona? L&apos;operazione non può essere annullata.</translation>
    </message>
    <message>
        <source>The name also appears in these texts. It is replaced by […] in the ticked ones; untick what must stay as it is.</source>
        <translation>Il nome compare anche in questi testi. In quelli selezionati viene sostituito da […]; deseleziona quelli che devono restare invariati.</translation>
    </message>
    <message>
        <source>Texts with only a surname are not ticked: it may be someone else&apos;s, or a company&apos;s. Tick them if they are about one of its people.</source>
        <translation>I testi con il solo cognome non sono selezionati: potrebbe trattarsi di un&apos;altra persona o di un&apos;azienda. Selezionali se riguardano una delle sue persone.</translation>
    </message>
    <message>
        <source>Texts with only the surname are not ticked: it may be someone else&apos;s, or a company&apos;s. Tick them if they are about this person.</source>
        <translation>I testi con il solo cognome non sono selezionati: potrebbe trattarsi di un&apos;altra persona o di un&apos;azienda. Selezionali se riguardano questa persona.</translation>
    </message>
    <message>
        <source>Erasure not finished</source>
        <translation>Cancellazione non completata</translation>
    </message>
    <message>
        <source>%1 was deleted, but another program is reading the database, so the erased data is still in its file. Close that program (a backup tool, a database browser); the clean-up finishes the next time RelationDesk opens the database.</source>
        <translation>%1 è stato eliminato, ma un altro programma sta leggendo il database, quindi i dati cancellati sono ancora nel suo file. Chiudi quel programma (uno strumento di backup, un visualizzatore di database): la pulizia verrà completata la prossima volta che RelationDesk apre il database.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>RelationDesk is already running</source>
        <translation>RelationDesk è già in esecuzione</translation>
    </message>
    <message>
        <source>This database is already open in another RelationDesk window. Switch to that window, or close it first.

File: %1</source>
        <translation>Questo database è già aperto in un&apos;altra finestra di RelationDesk. Passa a quella finestra oppure chiudila prima di continuare.

File: %1</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Il database è danneggiato</translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be read. Restore the newest good backup, made on %1? The damaged file is kept next to it, renamed.</source>
        <translation>Il file del database è danneggiato e non si può leggere. Ripristinare il backup integro più recente, creato il %1? Il file danneggiato viene conservato accanto, con un altro nome.</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>Impossibile aprire il database</translation>
    </message>
    <message>
        <source>RelationDesk cannot start</source>
        <translation>RelationDesk non riesce ad avviarsi</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>This file is not a RelationDesk database (it is not an SQLite file).</source>
        <translation>Questo file non è un database di RelationDesk (non è un file SQLite).</translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be read. Restore a backup, or move the file away to start with an empty database.</source>
        <translation>Il file del database è danneggiato e non può essere letto. Ripristina una copia di backup oppure sposta il file altrove per iniziare con un database vuoto.</translation>
    </message>
    <message>
        <source>You do not have permission to read and write this file or its folder. Check the file&apos;s permissions, or choose another data folder.</source>
        <translation>Non hai i permessi per leggere e scrivere questo file o la sua cartella. Controlla i permessi del file oppure scegli un&apos;altra cartella dei dati.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of RelationDesk. Install the newer version to open it. The file was not changed.</source>
        <translation>Questo database è stato salvato con una versione più recente di RelationDesk. Installa la versione più recente per aprirlo. Il file non è stato modificato.</translation>
    </message>
    <message>
        <source>This SQLite file belongs to another program, not to RelationDesk. The file was not changed.</source>
        <translation>Questo file SQLite appartiene a un altro programma, non a RelationDesk. Il file non è stato modificato.</translation>
    </message>
    <message>
        <source>Another program is using the database. Close it and try again.</source>
        <translation>Un altro programma sta usando il database. Chiudilo e riprova.</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>Non è stato possibile aprire il database.</translation>
    </message>
    <message>
        <source>The database cannot be decrypted with the key this computer keeps for it: it was encrypted with another key (on another computer?), or its first page is damaged. Restore a backup, or open it where it was made. The file was not changed.</source>
        <translation>Il database non si può decifrare con la chiave che questo computer conserva per lui: è stato cifrato con un&apos;altra chiave (su un altro computer?), oppure la sua prima pagina è danneggiata. Ripristina un backup, oppure aprilo dove è stato creato. Il file non è stato modificato.</translation>
    </message>
    <message>
        <source>The database is encrypted, and its key is not in this computer&apos;s keychain. Open it on the computer that made it, or restore a backup made here. The file was not changed.</source>
        <translation>Il database è cifrato e la sua chiave non è nel portachiavi di questo computer. Aprilo sul computer che l&apos;ha creato, oppure ripristina un backup fatto qui. Il file non è stato modificato.</translation>
    </message>
    <message>
        <source>RelationDesk keeps the key that encrypts your database in the system keychain, and none is available. Unlock or install one (GNOME Keyring, KWallet, the macOS Keychain, the Windows Credential Manager), or name a file for the key in RELATIONDESK_KEY_FILE. Nothing was changed.</source>
        <translation>RelationDesk conserva la chiave che cifra il tuo database nel portachiavi di sistema, e non ce n&apos;è nessuno disponibile. Sbloccane o installane uno (GNOME Keyring, KWallet, il Portachiavi di macOS, Gestione credenziali di Windows), oppure indica un file per la chiave in RELATIONDESK_KEY_FILE. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Nothing was changed. Wait until it is done (or close it), then try again.</source>
        <translation>Il database è occupato: un altro programma ci sta scrivendo. Non è stato modificato nulla. Aspetta che abbia finito (o chiudilo), poi riprova.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was changed. Free some space on the disk that holds the data folder, then try again.</source>
        <translation>Il disco è pieno, quindi non è stato modificato nulla. Libera un po&apos; di spazio sul disco che contiene la cartella dei dati, poi riprova.</translation>
    </message>
    <message>
        <source>The database cannot be written: the file, its folder or a leftover -shm or -wal file next to it is read-only. Nothing was changed. Give yourself write permission on them (or close the program that made them), then try again.</source>
        <translation>Non è possibile scrivere nel database: il file, la sua cartella oppure un file -shm o -wal rimasto accanto è di sola lettura. Non è stato modificato nulla. Datti il permesso di scrittura su questi file (o chiudi il programma che li ha creati), poi riprova.</translation>
    </message>
    <message>
        <source>The data folder is a file, not a folder. Point RELATIONDESK_DATA_DIR to a folder, or move the file away. Nothing was changed.</source>
        <translation>La cartella dei dati è un file, non una cartella. Fai puntare RELATIONDESK_DATA_DIR a una cartella, oppure sposta il file altrove. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The database file cannot be opened: its folder may be missing or not readable. Check the data folder and its permissions, then try again. Nothing was changed.</source>
        <translation>Non è possibile aprire il file del database: la sua cartella potrebbe mancare o non essere leggibile. Controlla la cartella dei dati e i suoi permessi, poi riprova. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Nothing was saved</source>
        <translation>Non è stato salvato nulla</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Qualcosa è andato storto</translation>
    </message>
    <message>
        <source>RelationDesk met an unexpected problem. Your saved data is safe. The details were written to the log file in the data folder.</source>
        <translation>RelationDesk ha riscontrato un problema imprevisto. I dati salvati sono al sicuro. I dettagli sono stati scritti nel file di log, nella cartella dei dati.</translation>
    </message>
</context>
<context>
    <name>EvidenceView</name>
    <message>
        <source>Delete the entry “%1”? Edit → Undo brings it back.</source>
        <translation>Eliminare la voce “%1”? Modifica → Annulla la riporta indietro.</translation>
    </message>
    <message>
        <source>What it returned will show as not returned.</source>
        <translation>Ciò che questa voce ricambiava risulterà non ricambiato.</translation>
    </message>
    <message>
        <source>Delete give-and-take entry</source>
        <translation>Elimina voce di dare e avere</translation>
    </message>
    <message>
        <source>give-and-take entry deleted</source>
        <translation>voce del dare e avere eliminata</translation>
    </message>
    <message>
        <source>Delete the promise “%1”? This cannot be undone.</source>
        <translation>Eliminare la promessa “%1”? L&apos;operazione non può essere annullata.</translation>
    </message>
    <message>
        <source>Delete commitment</source>
        <translation>Elimina impegno</translation>
    </message>
    <message>
        <source>Give and take</source>
        <translation>Dare e avere</translation>
    </message>
    <message>
        <source>Record what each side gives the other, and the power plays: one-sided demands, risks shifted onto us.</source>
        <translation>Registra ciò che ciascuna parte dà all&apos;altra e le prove di forza: richieste unilaterali, rischi scaricati su di noi.</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Impegni</translation>
    </message>
    <message>
        <source>Record the promises each side makes, when they are due, and whether they were kept.</source>
        <translation>Registra le promesse di ciascuna parte, la loro scadenza e se sono state mantenute.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Aggiungi…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Add a give-and-take entry</source>
        <translation>Aggiungi una voce di dare e avere</translation>
    </message>
    <message>
        <source>Add a commitment</source>
        <translation>Aggiungi un impegno</translation>
    </message>
</context>
<context>
    <name>ExchangeFlows</name>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Esportazione annullata: non è stato scritto alcun file.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Esportazione non riuscita</translation>
    </message>
    <message>
        <source>The file could not be written; nothing was saved. Check that the folder exists and that you may write to it, then try again.</source>
        <translation>Non è stato possibile scrivere il file; non è stato salvato nulla. Verifica che la cartella esista e che tu abbia i permessi di scrittura, poi riprova.</translation>
    </message>
    <message>
        <source>Export contacts as vCard</source>
        <translation>Esporta contatti in formato vCard</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>File vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Exporting contacts…</source>
        <translation>Esportazione dei contatti in corso…</translation>
    </message>
    <message>
        <source>Contacts exported to %1: %2</source>
        <translation>Contatti esportati in %1: %2</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prossimi passi</translation>
    </message>
    <message>
        <source>Export meetings and follow-ups</source>
        <translation>Esporta incontri e follow-up</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>File di calendario (*.ics)</translation>
    </message>
    <message>
        <source>Exporting meetings…</source>
        <translation>Esportazione degli incontri in corso…</translation>
    </message>
    <message>
        <source>Exported to %1 — meetings: %2, open follow-ups: %3</source>
        <translation>Esportati in %1 — incontri: %2, follow-up aperti: %3</translation>
    </message>
    <message>
        <source>Export everything as JSON</source>
        <translation>Esporta tutti i dati in JSON</translation>
    </message>
    <message>
        <source>The whole database goes into one JSON file (described in the documentation). The texts of sensitive disclosures are left out unless you include them here.</source>
        <translation>L&apos;intero database viene salvato in un unico file JSON (descritto nella documentazione). I testi delle rivelazioni riservate vengono esclusi, a meno che tu non scelga qui di includerli.</translation>
    </message>
    <message>
        <source>Include the texts of &amp;sensitive disclosures</source>
        <translation>Includi i testi delle rivelazioni &amp;riservate</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>File JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting all data…</source>
        <translation>Esportazione di tutti i dati in corso…</translation>
    </message>
    <message>
        <source>Everything exported to %1</source>
        <translation>Tutti i dati esportati in %1</translation>
    </message>
    <message>
        <source>Import contacts from vCard</source>
        <translation>Importa contatti da vCard</translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard)</source>
        <translation>File vCard (*.vcf *.vcard)</translation>
    </message>
    <message>
        <source>Contacts not imported</source>
        <translation>Contatti non importati</translation>
    </message>
    <message>
        <source>%1 cannot be imported; nothing was changed.</source>
        <translation>Impossibile importare %1; non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lettura di %1…</translation>
    </message>
    <message>
        <source>Contacts imported: %1 new</source>
        <translation>Nuovi contatti importati: %1</translation>
    </message>
    <message>
        <source>merged: %2</source>
        <translation>uniti: %2</translation>
    </message>
    <message>
        <source>skipped: %3</source>
        <translation>ignorati: %3</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Importazione annullata: non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The import did not complete. Nothing was changed.</source>
        <translation>L&apos;importazione non è stata completata. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Importing contacts…</source>
        <translation>Importazione dei contatti in corso…</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Esporta clienti</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting customers…</source>
        <translation>Esportazione dei clienti in corso…</translation>
    </message>
    <message>
        <source>Customers exported to %1</source>
        <translation>Clienti esportati in %1</translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <source>&amp;Import customers from CSV…</source>
        <translation>Importa c&amp;lienti da CSV…</translation>
    </message>
    <message>
        <source>Import contacts from &amp;vCard…</source>
        <translation>Importa con&amp;tatti da vCard…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;sporta</translation>
    </message>
    <message>
        <source>&amp;Customers as CSV…</source>
        <translation>&amp;Clienti in formato CSV…</translation>
    </message>
    <message>
        <source>Contacts as &amp;vCard…</source>
        <translation>Contatti in formato &amp;vCard…</translation>
    </message>
    <message>
        <source>C&amp;alendar (.ics)…</source>
        <translation>C&amp;alendario (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Everything as JSON…</source>
        <translation>&amp;Tutti i dati in formato JSON…</translation>
    </message>
    <message>
        <source>&amp;Merge customer into…</source>
        <translation>&amp;Unisci a un altro cliente…</translation>
    </message>
</context>
<context>
    <name>ExportPdfDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>Esporta PDF</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Cosa esportare</translation>
    </message>
    <message>
        <source>&amp;Customer review</source>
        <translation>Analisi del &amp;cliente</translation>
    </message>
    <message>
        <source>&amp;Meeting brief</source>
        <translation>&amp;Promemoria per l&apos;incontro</translation>
    </message>
    <message>
        <source>&amp;Customer review of %1</source>
        <translation>Analisi del &amp;cliente %1</translation>
    </message>
    <message>
        <source>&amp;Meeting brief for %1</source>
        <translation>&amp;Promemoria per l&apos;incontro con %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Portfolio review of the %n customer(s) in the list</source>
        <translation>
            <numerusform>&amp;Analisi del portafoglio (%n cliente nell&apos;elenco)</numerusform>
            <numerusform>&amp;Analisi del portafoglio (%n clienti nell&apos;elenco)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a customer in the list to export its review or its brief.</source>
        <translation>Seleziona un cliente nell&apos;elenco per esportarne l&apos;analisi o il promemoria.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Il tuo &amp;nome:</translation>
    </message>
    <message>
        <source>printed as “Prepared by”; kept in Settings</source>
        <translation>stampato come “Preparato da”; resta nelle Impostazioni</translation>
    </message>
    <message>
        <source>Customer review</source>
        <translation>Analisi del cliente</translation>
    </message>
    <message>
        <source>Pe&amp;riod:</source>
        <translation>Pe&amp;riodo:</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Primo giorno del periodo</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Ultimo giorno del periodo</translation>
    </message>
    <message>
        <source>The period must not start after it ends.</source>
        <translation>Il periodo non può iniziare dopo la sua fine.</translation>
    </message>
    <message>
        <source>Include &amp;disclosure texts</source>
        <translation>Includi i &amp;testi delle rivelazioni</translation>
    </message>
    <message>
        <source>Without it, disclosures are summarised by domain, depth and topic.</source>
        <translation>Altrimenti le rivelazioni vengono riassunte per ambito, profondità e argomento.</translation>
    </message>
    <message>
        <source>Include &amp;sensitive disclosures too</source>
        <translation>Includi anche le rivelazioni ri&amp;servate</translation>
    </message>
    <message>
        <source>Sensitive texts will be readable by whoever gets the file.</source>
        <translation>I testi riservati saranno leggibili da chiunque riceva il file.</translation>
    </message>
    <message>
        <source>Portfolio review</source>
        <translation>Analisi del portafoglio</translation>
    </message>
    <message>
        <source>Sor&amp;t by:</source>
        <translation>&amp;Ordina per:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salute</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ricavi</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Profitto</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Fase del ciclo di vita</translation>
    </message>
    <message>
        <source>&amp;Open the PDF when done</source>
        <translation>Apr&amp;i il PDF al termine</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Esporta…</translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>In ritardo di %n giorno</numerusform>
            <numerusform>In ritardo di %n giorni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <source>This record was deleted meanwhile, so it cannot be saved.</source>
        <translation>Nel frattempo questa scheda è stata eliminata, quindi non è possibile salvarla.</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>How do I log a meeting after a visit?</source>
        <translation>Come registro un incontro dopo una visita?</translation>
    </message>
    <message>
        <source>Press %1. Choose the customer, write what happened and the next steps, add what each side disclosed and, if you like, a follow-up date; Ctrl+Enter saves. An unfinished meeting is kept as a draft.</source>
        <translation>Premi %1. Scegli il cliente, scrivi cosa è successo e i prossimi passi, aggiungi cosa ha rivelato ciascuna parte e, se vuoi, una data di follow-up; Ctrl+Invio salva. Un incontro lasciato a metà resta come bozza.</translation>
    </message>
    <message>
        <source>How do I see what is due today?</source>
        <translation>Come vedo cosa scade oggi?</translation>
    </message>
    <message>
        <source>Press %1: overdue follow-ups first, then today&apos;s. Ctrl+D marks the selected one done; Tomorrow, Next week and Reschedule… move it; Enter opens the customer. Below, Reach out lists the customers drifting apart or past their stay-in-touch interval.</source>
        <translation>Premi %1: prima i follow-up in ritardo, poi quelli di oggi. Ctrl+D segna come fatto quello selezionato; Domani, Settimana prossima e Ripianifica… lo spostano; Invio apre il cliente. Sotto, Da contattare elenca i clienti con cui la relazione si sta allentando o oltre l&apos;intervallo di contatto.</translation>
    </message>
    <message>
        <source>How do I find a customer?</source>
        <translation>Come trovo un cliente?</translation>
    </message>
    <message>
        <source>Press %1 and type part of a name, a contact or a note; accents do not matter (“stefan” finds “Ștefan”). %2 shows the customer list.</source>
        <translation>Premi %1 e scrivi parte di un nome, di un contatto o di una nota; gli accenti non contano (“stefan” trova “Ștefan”). %2 mostra l&apos;elenco dei clienti.</translation>
    </message>
    <message>
        <source>How do I tell whether a relationship is healthy?</source>
        <translation>Come capisco se una relazione è in salute?</translation>
    </message>
    <message>
        <source>Open the customer: the list beside the details names its sections (Alt+1 … Alt+8, or Ctrl+Page Down and Ctrl+Page Up). Brief shows the stage and the stay-in-touch light, Principles the five scores and why, Give and take the ledger and the promises.</source>
        <translation>Apri il cliente: l&apos;elenco accanto ai dettagli ne mostra le sezioni (da Alt+1 ad Alt+8, oppure Ctrl+Pag giù e Ctrl+Pag su). Promemoria mostra la fase e la spia del contatto, Principi i cinque punteggi e il perché, Dare e avere il registro e le promesse.</translation>
    </message>
    <message>
        <source>How do I prepare a review with my manager?</source>
        <translation>Come preparo una revisione con il mio responsabile?</translation>
    </message>
    <message>
        <source>Press %1 to export a PDF: a customer review, a meeting brief or the portfolio review, in any of the four languages. %2 shows the dashboard.</source>
        <translation>Premi %1 per esportare un PDF: l&apos;analisi di un cliente, il promemoria di un incontro o l&apos;analisi del portafoglio, in una delle quattro lingue. %2 mostra la dashboard.</translation>
    </message>
    <message>
        <source>How do I move to a new laptop?</source>
        <translation>Come passo a un nuovo portatile?</translation>
    </message>
    <message>
        <source>Copy a backup file to the new laptop, then choose File → Backups… → Restore from a file…. The file is checked before anything is replaced, and what was there is backed up first.</source>
        <translation>Copia un file di backup sul nuovo portatile, poi scegli File → Backup… → Ripristina da un file…. Il file viene controllato prima di sostituire qualcosa, e ciò che c&apos;era viene prima salvato in un backup.</translation>
    </message>
    <message>
        <source>How do I erase everything about a person?</source>
        <translation>Come cancello tutto ciò che riguarda una persona?</translation>
    </message>
    <message>
        <source>In the customer&apos;s Details and contacts, select the person and choose Delete contact: RelationDesk shows what mentions them before erasing it. Personal data… first exports what is kept about them.</source>
        <translation>In Dettagli e contatti del cliente, seleziona la persona e scegli Elimina contatto: RelationDesk mostra ciò che la menziona prima di cancellarlo. Dati personali… esporta prima ciò che è conservato su di lei.</translation>
    </message>
    <message>
        <source>Where are all the keyboard shortcuts?</source>
        <translation>Dove trovo tutte le scorciatoie da tastiera?</translation>
    </message>
    <message>
        <source>Help → Keyboard shortcuts lists every one, as the window has them now.</source>
        <translation>Aiuto → Scorciatoie da tastiera le elenca tutte, così come la finestra le ha ora.</translation>
    </message>
    <message>
        <source>How do I…</source>
        <translation>Come faccio a…</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <source>RelationDesk guide</source>
        <translation>Guida di RelationDesk</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Guide: how do I…</source>
        <translation>&amp;Guida: come faccio a…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Decision maker</source>
        <translation>Decisore</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Influenzatore</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilizzatore</translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation>Gatekeeper</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Sostenitore interno</translation>
    </message>
    <message>
        <source>Buyer (purchasing)</source>
        <translation>Acquirente (ufficio acquisti)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bassa</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Telefonata</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videochiamata</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Pranzo o cena</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Other meeting</source>
        <translation>Altro incontro</translation>
    </message>
    <message>
        <source>Customer side</source>
        <translation>Parte del cliente</translation>
    </message>
    <message>
        <source>Our side</source>
        <translation>Parte nostra</translation>
    </message>
    <message>
        <source>Personal life</source>
        <translation>Vita personale</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Peripheral</source>
        <translation>Superficiale</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Intermedia</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Profonda</translation>
    </message>
    <message>
        <source>Surface facts anyone may know: hobbies, holidays, the company&apos;s products.</source>
        <translation>Fatti di superficie che chiunque può conoscere: hobby, vacanze, prodotti dell&apos;azienda.</translation>
    </message>
    <message>
        <source>Opinions and plans shared in trust: family news, the company&apos;s problems.</source>
        <translation>Opinioni e progetti condivisi in confidenza: novità in famiglia, problemi dell&apos;azienda.</translation>
    </message>
    <message>
        <source>The innermost layer: values, divorce, illness, bankruptcy, future business plans.</source>
        <translation>Lo strato più intimo: valori, divorzio, malattia, fallimento, piani aziendali futuri.</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famiglia</translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation>Hobby</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salute</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valori</translation>
    </message>
    <message>
        <source>Life events</source>
        <translation>Eventi della vita</translation>
    </message>
    <message>
        <source>Career</source>
        <translation>Carriera</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Viaggi</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Formazione</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>Company strategy</source>
        <translation>Strategia aziendale</translation>
    </message>
    <message>
        <source>Finances</source>
        <translation>Finanze</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <source>Future plans</source>
        <translation>Piani futuri</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Concorrenti</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Fornitori</translation>
    </message>
    <message>
        <source>Products and needs</source>
        <translation>Prodotti ed esigenze</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Business partner</source>
        <translation>Partner commerciale</translation>
    </message>
    <message>
        <source>Collaborative partner</source>
        <translation>Partner collaborativo</translation>
    </message>
    <message>
        <source>Collaborative &amp; personal partner</source>
        <translation>Partner collaborativo e personale</translation>
    </message>
    <message>
        <source>In touch</source>
        <translation>In contatto</translation>
    </message>
    <message>
        <source>Due for contact</source>
        <translation>Da ricontattare</translation>
    </message>
    <message>
        <source>No meetings yet</source>
        <translation>Ancora nessun incontro</translation>
    </message>
    <message>
        <source>Reciprocity</source>
        <translation>Reciprocità</translation>
    </message>
    <message>
        <source>Autonomy</source>
        <translation>Autonomia</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrità</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Lealtà</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Equità</translation>
    </message>
    <message>
        <source>Fair, balanced exchanges: if one side takes a business risk, so does the other; if one invests time and money, the other reciprocates. Obligations, risks and rewards are shared.</source>
        <translation>Scambi equi ed equilibrati: se una parte accetta un rischio aziendale, l&apos;altra parte fa lo stesso; se una parte investe tempo e denaro, l&apos;altra è disposta a ricambiare. Obblighi, rischi e benefici sono ripartiti equamente.</translation>
    </message>
    <message>
        <source>Each side decides freely, outside the other&apos;s power. Without it come power struggles: one side demands one-sided concessions or shifts known risks onto the other.</source>
        <translation>Ciascuna parte prende le proprie decisioni, libera dal potere dell&apos;altra. Senza autonomia possono svilupparsi lotte di potere: una parte chiede concessioni unilaterali o trasferisce i rischi noti all&apos;altra parte.</translation>
    </message>
    <message>
        <source>Consistent decisions and actions on both sides: the same decision and action in the same circumstances, the same result from the same actions.</source>
        <translation>Coerenza nel processo decisionale e nelle azioni di entrambe le parti: la stessa decisione e la stessa azione nelle stesse circostanze, lo stesso risultato dalla stessa serie di azioni.</translation>
    </message>
    <message>
        <source>Both are loyal to the relationship: risks, rewards, burdens and benefits are allocated for what is best for the relationship, not for one side&apos;s gain.</source>
        <translation>Entrambe le parti sono leali nel rapporto: rischi e premi, oneri e benefici vengono distribuiti in base a ciò che è meglio per la relazione, non a vantaggio di una sola parte.</translation>
    </message>
    <message>
        <source>Each side keeps the relationship in balance: rewards are shared in proportion to contributions, resources invested and risks taken, and inequalities are addressed as they emerge.</source>
        <translation>Ciascuna parte si assume la responsabilità di mantenere il rapporto in equilibrio: i premi sono condivisi in proporzione ai contributi, alle risorse investite e ai rischi assunti, e le disuguaglianze vengono affrontate man mano che emergono.</translation>
    </message>
    <message>
        <source>Concession or discount</source>
        <translation>Concessione o sconto</translation>
    </message>
    <message>
        <source>Extra work</source>
        <translation>Lavoro extra</translation>
    </message>
    <message>
        <source>Risk accepted</source>
        <translation>Rischio accettato</translation>
    </message>
    <message>
        <source>Time or money invested</source>
        <translation>Tempo o denaro investito</translation>
    </message>
    <message>
        <source>Favour</source>
        <translation>Favore</translation>
    </message>
    <message>
        <source>One-sided demand</source>
        <translation>Richiesta unilaterale</translation>
    </message>
    <message>
        <source>Risk shifted onto the other side</source>
        <translation>Rischio scaricato sull&apos;altra parte</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aperto</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Mantenuto</translation>
    </message>
    <message>
        <source>Kept late</source>
        <translation>Mantenuto in ritardo</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Non mantenuto</translation>
    </message>
    <message>
        <source>Your rating</source>
        <translation>La tua valutazione</translation>
    </message>
    <message>
        <source>We gave, nothing returned</source>
        <translation>Abbiamo dato, senza essere ricambiati</translation>
    </message>
    <message>
        <source>We gave, and it was returned</source>
        <translation>Abbiamo dato e siamo stati ricambiati</translation>
    </message>
    <message>
        <source>The customer gave</source>
        <translation>Il cliente ha dato</translation>
    </message>
    <message>
        <source>Balance of what both sides disclose</source>
        <translation>Equilibrio tra le rivelazioni delle due parti</translation>
    </message>
    <message>
        <source>Power play</source>
        <translation>Prova di forza</translation>
    </message>
    <message>
        <source>Meetings without power plays</source>
        <translation>Incontri senza prove di forza</translation>
    </message>
    <message>
        <source>The customer kept a promise</source>
        <translation>Il cliente ha mantenuto una promessa</translation>
    </message>
    <message>
        <source>The customer kept a promise late</source>
        <translation>Il cliente ha mantenuto una promessa in ritardo</translation>
    </message>
    <message>
        <source>The customer broke a promise</source>
        <translation>Il cliente non ha mantenuto una promessa</translation>
    </message>
    <message>
        <source>We kept a promise</source>
        <translation>Abbiamo mantenuto una promessa</translation>
    </message>
    <message>
        <source>We kept a promise late</source>
        <translation>Abbiamo mantenuto una promessa in ritardo</translation>
    </message>
    <message>
        <source>We broke a promise</source>
        <translation>Non abbiamo mantenuto una promessa</translation>
    </message>
    <message>
        <source>The customer&apos;s promises: kept %1, late %2, broken %3 (record %4)</source>
        <translation>Promesse del cliente: mantenute %1, in ritardo %2, non mantenute %3 (bilancio %4)</translation>
    </message>
    <message>
        <source>Our promises: kept %1, late %2, broken %3 (record %4)</source>
        <translation>Le nostre promesse: mantenute %1, in ritardo %2, non mantenute %3 (bilancio %4)</translation>
    </message>
    <message>
        <source>: the weaker side, it drives the score (three times the other&apos;s weight).</source>
        <translation>: è la parte più debole e determina il punteggio (pesa il triplo dell&apos;altra).</translation>
    </message>
    <message>
        <source>rate again after your next meeting to firm this up</source>
        <translation>valuta di nuovo dopo il prossimo incontro per consolidarlo</translation>
    </message>
    <message>
        <source>Years together</source>
        <translation>Anni di rapporto</translation>
    </message>
    <message>
        <source>Out of touch</source>
        <translation>Contatto perso</translation>
    </message>
    <message>
        <source>Regular meetings</source>
        <translation>Incontri regolari</translation>
    </message>
    <message>
        <source>Meetings in the last year</source>
        <translation>Incontri nell&apos;ultimo anno</translation>
    </message>
    <message>
        <source>Share of value given by each side</source>
        <translation>Quota di valore data da ciascuna parte</translation>
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
        <translation>Compratore</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Patron-friend</source>
        <translation>Patron-amico</translation>
    </message>
    <message>
        <source>Sponsor-champion</source>
        <translation>Sponsor paladino</translation>
    </message>
    <message>
        <source>Former customer</source>
        <translation>Ex cliente</translation>
    </message>
    <message>
        <source>Not buying from you yet, but sees you as able to meet its needs. Create trust and psychological safety: they make your offer valuable and turn a prospect into a tester.</source>
        <translation>Non compra ancora da te, ma ti riconosce come potenzialmente in grado di soddisfare le sue esigenze. Crea fiducia e sicurezza psicologica: danno valore alla tua offerta e trasformano un prospect in un tester.</translation>
    </message>
    <message>
        <source>Bought on trial and is still deciding whether to buy again and commit. Reassure them about the choice they made; empathy and listening are essential now.</source>
        <translation>Ha acquistato a scopo di prova e sta ancora valutando se ripetere l&apos;acquisto e impegnarsi. Rassicuralo sulla scelta fatta: ora sono essenziali empatia e ascolto.</translation>
    </message>
    <message>
        <source>Keeps buying, but you are not its first choice. Show the economic and service advantages of continuity; learn its business in depth; cooperate with mutual respect.</source>
        <translation>Continua ad acquistare, ma non ti considera la prima scelta. Mostra i vantaggi economici e di servizio della continuità; sviluppa un know-how specifico sul suo business; coopera nel rispetto reciproco.</translation>
    </message>
    <message>
        <source>Sees you as one of its main suppliers, buys a wide range regularly and expects a personalised offer in return. Invest time and energy; extend the cooperation towards a partnership.</source>
        <translation>Ti considera uno dei suoi fornitori principali, acquista regolarmente una vasta gamma e si aspetta in cambio un&apos;offerta personalizzata. Investi tempo ed energie; estendi la cooperazione in ottica di partnership.</translation>
    </message>
    <message>
        <source>One of your most trusted accounts. Build a partnership with some processes personalised and, where it makes sense, implement together; create interdependence for a lasting win-win relationship.</source>
        <translation>Uno dei tuoi account più fidati. Costruisci una partnership con alcuni processi personalizzati e, se opportuno, implementa insieme al cliente; crea interdipendenza per una relazione win-win duratura.</translation>
    </message>
    <message>
        <source>So satisfied that it recommends you to others and speaks well of your strengths. Invest time in the relationship, in training and education: aim to have as many sponsors as you can.</source>
        <translation>È così soddisfatto da consigliarti ad altri e da valorizzare i tuoi punti di forza. Investi tempo nella relazione, nella formazione e nell&apos;acculturamento: punta ad avere quanti più sponsor possibile.</translation>
    </message>
    <message>
        <source>The relationship has ended. Its history stays here; if it starts again, record the move back to prospect or tester.</source>
        <translation>La relazione è terminata. La sua storia resta qui; se riparte, registra il ritorno a prospect o tester.</translation>
    </message>
    <message>
        <source>a first order is recorded</source>
        <translation>è registrato un primo ordine</translation>
    </message>
    <message>
        <source>it has been a tester or higher on the ladder, so it has bought</source>
        <translation>è stato tester o più in alto nel ciclo di vita, quindi ha acquistato</translation>
    </message>
    <message>
        <source>it ordered again, in more than one period</source>
        <translation>ha ordinato di nuovo, in più di un periodo</translation>
    </message>
    <message>
        <source>it has been a buyer or higher on the ladder, so it buys again</source>
        <translation>è stato compratore o più in alto nel ciclo di vita, quindi riacquista</translation>
    </message>
    <message>
        <source>it buys regularly (in 4 or more of the last 6 months)</source>
        <translation>acquista regolarmente (in almeno 4 degli ultimi 6 mesi)</translation>
    </message>
    <message>
        <source>it buys a wide range (3 or more product lines in a period)</source>
        <translation>acquista una vasta gamma (almeno 3 linee di prodotto in un periodo)</translation>
    </message>
    <message>
        <source>the relationship is a collaborative &amp; personal partnership</source>
        <translation>la relazione è una partnership collaborativa e personale</translation>
    </message>
    <message>
        <source>the relationship is a collaborative partnership, kept professional by choice</source>
        <translation>la relazione è una partnership collaborativa, mantenuta solo professionale per scelta</translation>
    </message>
    <message>
        <source>the principles&apos; health is 70 or more</source>
        <translation>la salute dei principi è 70 o più</translation>
    </message>
    <message>
        <source>a contact would recommend us (9 or 10 out of 10)</source>
        <translation>un contatto ci consiglierebbe (9 o 10 su 10)</translation>
    </message>
    <message>
        <source>it has referred us to another customer</source>
        <translation>ci ha segnalati a un altro cliente</translation>
    </message>
    <message>
        <source>a first order (in the economics, or a recorded stage of tester or higher)</source>
        <translation>un primo ordine (nei dati economici, oppure una fase registrata di tester o superiore)</translation>
    </message>
    <message>
        <source>orders in more than one period (or a recorded stage of buyer or higher)</source>
        <translation>ordini in più di un periodo (oppure una fase registrata di compratore o superiore)</translation>
    </message>
    <message>
        <source>a collaborative &amp; personal partnership (a collaborative one, if kept professional)</source>
        <translation>una partnership collaborativa e personale (collaborativa, se il rapporto resta solo professionale)</translation>
    </message>
    <message>
        <source>cost-to-serve is high relative to revenue</source>
        <translation>il costo di servizio è alto rispetto ai ricavi</translation>
    </message>
    <message>
        <source>it costs us but brought no revenue</source>
        <translation>ci costa ma non ha portato ricavi</translation>
    </message>
    <message>
        <source>the principle scores are weak</source>
        <translation>i punteggi dei principi sono deboli</translation>
    </message>
    <message>
        <source>after a year it is still only a business partnership</source>
        <translation>dopo un anno è ancora solo una partnership commerciale</translation>
    </message>
    <message>
        <source>the relationship has ended</source>
        <translation>la relazione è terminata</translation>
    </message>
    <message>
        <source>its lifecycle stage last moved down</source>
        <translation>l&apos;ultimo passaggio di fase nel ciclo di vita è stato verso il basso</translation>
    </message>
    <message>
        <source>revenue fell compared with the year before</source>
        <translation>i ricavi sono calati rispetto all&apos;anno precedente</translation>
    </message>
    <message>
        <source>Promoter</source>
        <translation>Promotore</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>Passivo</translation>
    </message>
    <message>
        <source>Detractor</source>
        <translation>Detrattore</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
</context>
<context>
    <name>LedgerDialog</name>
    <message>
        <source>Not returned</source>
        <translation>Non ricambiato</translation>
    </message>
    <message>
        <source>Edit give-and-take entry</source>
        <translation>Modifica voce di dare e avere</translation>
    </message>
    <message>
        <source>New give-and-take entry</source>
        <translation>Nuova voce di dare e avere</translation>
    </message>
    <message>
        <source>&amp;Given by:</source>
        <translation>&amp;Dato da:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Cosa:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>D&amp;ata:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escrizione:</translation>
    </message>
    <message>
        <source>&amp;Value (%1):</source>
        <translation>&amp;Valore (%1):</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valore:</translation>
    </message>
    <message>
        <source>&amp;Returned by:</source>
        <translation>&amp;Ricambiato da:</translation>
    </message>
    <message>
        <source>What was given, e.g. a 5% discount on the spring order</source>
        <translation>Cosa è stato dato, ad es. uno sconto del 5% sull&apos;ordine di primavera</translation>
    </message>
    <message>
        <source>Estimated value; empty if unknown</source>
        <translation>Valore stimato; vuoto se non noto</translation>
    </message>
    <message>
        <source>The other side&apos;s entry that gave something back for this one.</source>
        <translation>La voce dell&apos;altra parte che ha ricambiato questa.</translation>
    </message>
    <message>
        <source>write a number such as %1 or %2, or leave it empty.</source>
        <translation>scrivi un numero come %1 o %2, oppure lascia il campo vuoto.</translation>
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
        <translation>Dato da</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Ricambiato</translation>
    </message>
    <message>
        <source>A power play: it weighs on the autonomy of the relationship.</source>
        <translation>Una prova di forza: pesa sull&apos;autonomia della relazione.</translation>
    </message>
</context>
<context>
    <name>LifecycleDialog</name>
    <message>
        <source>Change lifecycle stage</source>
        <translation>Cambia fase del ciclo di vita</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <source>S&amp;ince:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Perché:</translation>
    </message>
    <message>
        <source>e.g. second order in March</source>
        <translation>es. secondo ordine a marzo</translation>
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
        <translation>Da</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>A move down the ladder.</source>
        <translation>Un passo indietro nel ciclo di vita.</translation>
    </message>
</context>
<context>
    <name>LifecycleTab</name>
    <message>
        <source>What to do: %1</source>
        <translation>Cosa fare: %1</translation>
    </message>
    <message>
        <source>%1 is not suggested yet; still needed: %2.</source>
        <translation>%1 non è ancora suggerito; manca ancora: %2.</translation>
    </message>
    <message>
        <source>The evidence suggests moving to %1: %2.</source>
        <translation>Gli elementi raccolti suggeriscono il passaggio a %1: %2.</translation>
    </message>
    <message>
        <source>Move to %1…</source>
        <translation>Passa a %1…</translation>
    </message>
    <message>
        <source>Ask each contact how likely they are to recommend us to a friend or partner, from 0 to 10. No answer from the last 12 months yet.</source>
        <translation>Chiedi a ogni contatto quanto è probabile che ci consigli a un amico o partner, da 0 a 10. Ancora nessuna risposta negli ultimi 12 mesi.</translation>
    </message>
    <message>
        <source>NPS %1 (answers counted: %2; promoters %3, passives %4, detractors %5).</source>
        <translation>NPS %1 (risposte considerate: %2; promotori %3, passivi %4, detrattori %5).</translation>
    </message>
    <message>
        <source>%1 in 90 days.</source>
        <translation>%1 in 90 giorni.</translation>
    </message>
    <message>
        <source>lifecycle move</source>
        <translation>passaggio nel ciclo di vita</translation>
    </message>
    <message>
        <source>Undo lifecycle move</source>
        <translation>Annulla passaggio</translation>
    </message>
    <message>
        <source>Remove this move from the history? The stage goes back to the one before.</source>
        <translation>Togliere questo passaggio dalla storia? La fase torna a quella precedente.</translation>
    </message>
    <message>
        <source>Delete answer</source>
        <translation>Elimina risposta</translation>
    </message>
    <message>
        <source>Delete this recommendation answer? This cannot be undone.</source>
        <translation>Eliminare questa risposta sulla raccomandazione? L&apos;operazione non può essere annullata.</translation>
    </message>
    <message>
        <source>Delete referral</source>
        <translation>Elimina segnalazione</translation>
    </message>
    <message>
        <source>Delete this referral? The other customer stays. This cannot be undone.</source>
        <translation>Eliminare questa segnalazione? L&apos;altro cliente resta. L&apos;operazione non può essere annullata.</translation>
    </message>
    <message>
        <source>Lifecycle stage:</source>
        <translation>Fase del ciclo di vita:</translation>
    </message>
    <message>
        <source>&amp;Change stage…</source>
        <translation>&amp;Cambia fase…</translation>
    </message>
    <message>
        <source>History of the lifecycle</source>
        <translation>Storia del ciclo di vita</translation>
    </message>
    <message>
        <source>Every move, with the date and the reason given.</source>
        <translation>Ogni passaggio, con la data e il motivo.</translation>
    </message>
    <message>
        <source>Change stage…</source>
        <translation>Cambia fase…</translation>
    </message>
    <message>
        <source>Undo move</source>
        <translation>Annulla passaggio</translation>
    </message>
    <message>
        <source>Recommendation answers</source>
        <translation>Risposte sulla raccomandazione</translation>
    </message>
    <message>
        <source>Record answer…</source>
        <translation>Registra risposta…</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Segnalazioni</translation>
    </message>
    <message>
        <source>Who recommended us to whom: sponsors bring new prospects.</source>
        <translation>Chi ci ha segnalati a chi: gli sponsor portano nuovi prospect.</translation>
    </message>
    <message>
        <source>Record referral…</source>
        <translation>Registra segnalazione…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Oggi</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Clienti</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Viste</translation>
    </message>
    <message>
        <source>Today, Customers, Dashboard: Ctrl+1 to 3</source>
        <translation>Oggi, Clienti, Dashboard: da Ctrl+1 a Ctrl+3</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Nuovo cliente…</translation>
    </message>
    <message>
        <source>New &amp;contact…</source>
        <translation>Nuovo &amp;contatto…</translation>
    </message>
    <message>
        <source>&amp;Log meeting…</source>
        <translation>&amp;Registra incontro…</translation>
    </message>
    <message>
        <source>&amp;Edit customer…</source>
        <translation>&amp;Modifica cliente…</translation>
    </message>
    <message>
        <source>&amp;Delete customer…</source>
        <translation>&amp;Elimina cliente…</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>&amp;Trova cliente</translation>
    </message>
    <message>
        <source>Load sa&amp;mple portfolio</source>
        <translation>Carica portafoglio di ese&amp;mpio</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Esporta &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Backup…</translation>
    </message>
    <message>
        <source>Chec&amp;k database…</source>
        <translation>&amp;Verifica database…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;About RelationDesk</source>
        <translation>&amp;Informazioni su RelationDesk</translation>
    </message>
    <message>
        <source>Search customers, contacts, notes… (Ctrl+F)</source>
        <translation>Cerca clienti, contatti, note… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Cerca clienti</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annulla %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Ripeti %1</translation>
    </message>
    <message>
        <source>No customer matches your search</source>
        <translation>Nessun cliente corrisponde alla ricerca</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clienti</numerusform>
        </translation>
    </message>
    <message>
        <source>About RelationDesk</source>
        <translation>Informazioni su RelationDesk</translation>
    </message>
    <message>
        <source>RelationDesk %1

The relationship desk for B2B salespeople: offline, private, in your language.

Database: %2</source>
        <translation>RelationDesk %1

Lo strumento per le relazioni con i clienti pensato per chi vende nel B2B: offline, riservato, nella tua lingua.

Database: %2</translation>
    </message>
</context>
<context>
    <name>MeetingBrief</name>
    <message>
        <source>Meeting brief, prepared on %1</source>
        <translation>Promemoria per l&apos;incontro, preparato il %1</translation>
    </message>
    <message>
        <source>Meeting brief: %1</source>
        <translation>Promemoria per l&apos;incontro: %1</translation>
    </message>
    <message>
        <source>%1 · meeting brief</source>
        <translation>%1 · promemoria per l&apos;incontro</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
    <message>
        <source>Worth remembering (personal)</source>
        <translation>Da ricordare (vita personale)</translation>
    </message>
    <message>
        <source>Their business</source>
        <translation>La loro azienda</translation>
    </message>
    <message>
        <source>Ask how these are going.</source>
        <translation>Chiedi come stanno andando queste cose.</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confermata</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>suggerita</translation>
    </message>
    <message>
        <source>Relationship: %1 (%2)</source>
        <translation>Relazione: %1 (%2)</translation>
    </message>
    <message>
        <source>Relationship: not enough meetings yet to tell</source>
        <translation>Relazione: incontri ancora insufficienti per valutarla</translation>
    </message>
    <message>
        <source>Lifecycle: %1</source>
        <translation>Ciclo di vita: %1</translation>
    </message>
    <message>
        <source>Showing %1 of %2.</source>
        <translation>Mostrati %1 su %2.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>No contacts yet.</source>
        <translation>Ancora nessun contatto.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Qualifica</translation>
    </message>
    <message>
        <source>Buying role</source>
        <translation>Ruolo nell&apos;acquisto</translation>
    </message>
    <message>
        <source>Last meetings and next steps</source>
        <translation>Ultimi incontri e prossimi passi</translation>
    </message>
    <message>
        <source>No meetings yet.</source>
        <translation>Ancora nessun incontro.</translation>
    </message>
    <message>
        <source>Next steps: %1</source>
        <translation>Prossimi passi: %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>in ritardo</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Follow-up aperti</translation>
    </message>
    <message>
        <source>Open commitments</source>
        <translation>Impegni aperti</translation>
    </message>
    <message>
        <source>Nothing open.</source>
        <translation>Nessun impegno aperto.</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>scadenza %1</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Unsaved meeting</source>
        <translation>Incontro non salvato</translation>
    </message>
    <message>
        <source>A meeting with %1 from %2 was not saved. Restore it?</source>
        <translation>Un incontro con %1 del %2 non è stato salvato. Ripristinarlo?</translation>
    </message>
    <message>
        <source>an unknown customer</source>
        <translation>un cliente sconosciuto</translation>
    </message>
    <message>
        <source>Discard meeting</source>
        <translation>Scarta incontro</translation>
    </message>
    <message>
        <source>Close without saving? What you typed will be lost.</source>
        <translation>Chiudere senza salvare? Ciò che hai scritto andrà perso.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Date and time, in your locale&apos;s format</source>
        <translation>Data e ora, nel formato della tua lingua</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>Space ticks a person</source>
        <translation>Spazio spunta una persona</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Data del follow-up</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Modifica incontro</translation>
    </message>
    <message>
        <source>Log meeting</source>
        <translation>Registra incontro</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quando:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Durata:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>&amp;Luogo:</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>&amp;Partecipanti:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Riepilogo:</translation>
    </message>
    <message>
        <source>&amp;Next steps:</source>
        <translation>Pro&amp;ssimi passi:</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>&amp;Follow-up:</translation>
    </message>
    <message>
        <source>Disclosures:</source>
        <translation>Rivelazioni:</translation>
    </message>
    <message>
        <source>Rate (optional):</source>
        <translation>Valutazione (facoltativa):</translation>
    </message>
    <message>
        <source>Type a few letters of the customer</source>
        <translation>Digita alcune lettere del nome del cliente</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
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
        <translation>Nuovo contatto…</translation>
    </message>
    <message>
        <source>What happened, in a few lines</source>
        <translation>Cosa è successo, in poche righe</translation>
    </message>
    <message>
        <source>What was agreed, e.g. send the offer</source>
        <translation>Cosa è stato concordato, ad es. inviare l&apos;offerta</translation>
    </message>
    <message>
        <source>Remind me on</source>
        <translation>Ricordamelo il</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>kept</source>
        <translation>mantenuto</translation>
    </message>
    <message>
        <source>merged into it, then deleted</source>
        <translation>unito all&apos;altro e poi eliminato</translation>
    </message>
    <message>
        <source>After merging, there is one record named “%1” with everything of both.</source>
        <translation>Dopo l&apos;unione resterà un&apos;unica scheda, “%1”, con tutti i dati di entrambe.</translation>
    </message>
    <message>
        <source>%1: “%2” stays (“%3” is not kept).</source>
        <translation>%1: resta “%2” (si perde “%3”).</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”? Everything recorded about “%1” moves to “%2”, then “%1” is deleted. This cannot be undone.</source>
        <translation>Unire “%1” a “%2”? Tutto ciò che è stato registrato su “%1” passa a “%2”, poi “%1” viene eliminato. L&apos;operazione non può essere annullata.</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>Unione non eseguita</translation>
    </message>
    <message>
        <source>One of the two records was deleted meanwhile, so nothing was merged.</source>
        <translation>Nel frattempo una delle due schede è stata eliminata, quindi non è stato unito nulla.</translation>
    </message>
</context>
<context>
    <name>OwnerFilter</name>
    <message>
        <source>Everyone&apos;s customers</source>
        <translation>I clienti di tutti</translation>
    </message>
    <message>
        <source>My customers</source>
        <translation>I miei clienti</translation>
    </message>
    <message>
        <source>%1&apos;s customers</source>
        <translation>I clienti di %1</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Responsabile:</translation>
    </message>
    <message>
        <source>&amp;Reassign…</source>
        <translation>&amp;Riassegna…</translation>
    </message>
    <message>
        <source>Give the selected customers to another member</source>
        <translation>Affida i clienti selezionati a un altro membro del team</translation>
    </message>
    <message>
        <source>Reassign customers</source>
        <translation>Riassegna clienti</translation>
    </message>
    <message numerus="yes">
        <source>Give %n customer(s) to:</source>
        <translation>
            <numerusform>Affida %n cliente a:</numerusform>
            <numerusform>Affida %n clienti a:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Save PDF</source>
        <translation>Salva PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>customer review</source>
        <translation>analisi cliente</translation>
    </message>
    <message>
        <source>meeting brief</source>
        <translation>promemoria incontro</translation>
    </message>
    <message>
        <source>portfolio review</source>
        <translation>analisi portafoglio</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF non salvato</translation>
    </message>
    <message>
        <source>This customer was deleted meanwhile: nothing was saved.</source>
        <translation>Nel frattempo questo cliente è stato eliminato: non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Esporta PDF</translation>
    </message>
    <message>
        <source>Reading the portfolio…</source>
        <translation>Lettura del portafoglio…</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Creazione del PDF in corso…</translation>
    </message>
    <message>
        <source>PDF saved: %1</source>
        <translation>PDF salvato: %1</translation>
    </message>
    <message>
        <source>PDF export cancelled: nothing was saved.</source>
        <translation>Esportazione PDF annullata: non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>The PDF could not be made. Nothing was saved.</source>
        <translation>Non è stato possibile creare il PDF. Non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>The PDF could not be saved as %1. Check that you may write to that folder and that the disk has room, then export again. An older file of that name is unchanged.</source>
        <translation>Non è stato possibile salvare il PDF come %1. Verifica di avere i permessi di scrittura su quella cartella e che sul disco ci sia spazio sufficiente, poi esporta di nuovo. L&apos;eventuale file precedente con lo stesso nome non è stato modificato.</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>Edit period</source>
        <translation>Modifica periodo</translation>
    </message>
    <message>
        <source>New period</source>
        <translation>Nuovo periodo</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;Revenue:</source>
        <translation>&amp;Ricavi:</translation>
    </message>
    <message>
        <source>&amp;Customer care cost:</source>
        <translation>Costo di &amp;customer care:</translation>
    </message>
    <message>
        <source>&amp;Assistance cost:</source>
        <translation>Costo di &amp;assistenza:</translation>
    </message>
    <message>
        <source>O&amp;ther cost to serve:</source>
        <translation>Al&amp;tri costi di servizio:</translation>
    </message>
    <message>
        <source>&amp;Orders:</source>
        <translation>&amp;Ordini:</translation>
    </message>
    <message>
        <source>Product &amp;lines bought:</source>
        <translation>&amp;Linee di prodotto acquistate:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>The time of the meetings logged in this period is added to the cost to serve, at the hourly rate set in Settings.</source>
        <translation>Il tempo degli incontri registrati in questo periodo si aggiunge al costo di servizio, alla tariffa oraria delle Impostazioni.</translation>
    </message>
    <message>
        <source>How many different product lines they bought: a wide range marks an account.</source>
        <translation>Quante linee di prodotto diverse ha acquistato: una vasta gamma indica un account.</translation>
    </message>
</context>
<context>
    <name>PersonalDataDialog</name>
    <message>
        <source>Export personal data</source>
        <translation>Esporta dati personali</translation>
    </message>
    <message>
        <source>Everything held about %1 — the contact record, meetings attended, what they told us, recommendation answers and referrals — as a readable PDF and a JSON file, to answer an access request.</source>
        <translation>Tutti i dati conservati su %1 — la scheda del contatto, gli incontri a cui ha partecipato, ciò che ci ha raccontato, le risposte sulla raccomandazione e le segnalazioni — in un PDF leggibile e in un file JSON, per rispondere a una richiesta di accesso.</translation>
    </message>
    <message>
        <source>Include sensitive disclosure texts</source>
        <translation>Includi i testi delle rivelazioni riservate</translation>
    </message>
    <message>
        <source>An access request covers them too, but whoever gets the files can read them: send them only to the person.</source>
        <translation>Anche questi rientrano nella richiesta di accesso, ma chiunque riceva i file potrà leggerli: inviali solo alla persona interessata.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Esportazione non eseguita</translation>
    </message>
    <message>
        <source>This person was deleted meanwhile.</source>
        <translation>Nel frattempo questa persona è stata eliminata.</translation>
    </message>
    <message>
        <source>The files could not be written: %1. Choose another folder.</source>
        <translation>Impossibile scrivere i file: %1. Scegli un&apos;altra cartella.</translation>
    </message>
</context>
<context>
    <name>PersonalDataReport</name>
    <message>
        <source>Personal data held about %1</source>
        <translation>Dati personali conservati su %1</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Nessun dato.</translation>
    </message>
    <message>
        <source>Everything this RelationDesk database holds about the person, to answer an access request. Exported on %1.</source>
        <translation>Tutti i dati che questo database di RelationDesk conserva sulla persona, per rispondere a una richiesta di accesso. Data di esportazione: %1.</translation>
    </message>
    <message>
        <source>Contact record</source>
        <translation>Scheda del contatto</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Azienda:</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Qualifica:</translation>
    </message>
    <message>
        <source>Buying role:</source>
        <translation>Ruolo nell&apos;acquisto:</translation>
    </message>
    <message>
        <source>Influence:</source>
        <translation>Influenza:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefono:</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>Cellulare:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Lingua:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Recorded on:</source>
        <translation>Registrato il:</translation>
    </message>
    <message>
        <source>Meetings attended</source>
        <translation>Incontri a cui ha partecipato</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prossimi passi</translation>
    </message>
    <message>
        <source>What the person told us</source>
        <translation>Cosa ci ha raccontato la persona</translation>
    </message>
    <message>
        <source>(sensitive: not included)</source>
        <translation>(riservata: non inclusa)</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Ambito</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Argomento</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profondità</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Cosa è stato detto</translation>
    </message>
    <message>
        <source>Recommendation answers</source>
        <translation>Risposte sulla raccomandazione</translation>
    </message>
    <message>
        <source>Answer (0-10)</source>
        <translation>Risposta (0-10)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Referrals made</source>
        <translation>Segnalazioni effettuate</translation>
    </message>
    <message>
        <source>Recommended us to</source>
        <translation>Ci ha segnalati a</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
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
        <translation>Salute %1</translation>
    </message>
    <message>
        <source>Millions of %1</source>
        <translation>Milioni di %1</translation>
    </message>
    <message>
        <source>Thousands of %1</source>
        <translation>Migliaia di %1</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ricavi</translation>
    </message>
    <message>
        <source>Cost to serve</source>
        <translation>Costo di servizio</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Profitto</translation>
    </message>
    <message>
        <source>Portfolio review</source>
        <translation>Analisi del portafoglio</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <source>No customers to show.</source>
        <translation>Nessun cliente da mostrare.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
    <message>
        <source>Prepared by %1 on %2</source>
        <translation>Preparato da %1 in data %2</translation>
    </message>
    <message>
        <source>Prepared on %1</source>
        <translation>Preparato in data %1</translation>
    </message>
    <message>
        <source>Selection: %1 of the %2 customers</source>
        <translation>Selezione: %1 su %2 clienti</translation>
    </message>
    <message>
        <source>lifecycle stage %1</source>
        <translation>fase del ciclo di vita: %1</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>Indice di raccomandazione (NPS)</translation>
    </message>
    <message>
        <source>Average health</source>
        <translation>Salute media</translation>
    </message>
    <message>
        <source>%1 out of 100</source>
        <translation>%1 su 100</translation>
    </message>
    <message>
        <source>Client as master</source>
        <translation>Il cliente padrone</translation>
    </message>
    <message>
        <source>Disengage candidates</source>
        <translation>Candidati al disimpegno</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Follow-up in ritardo</translation>
    </message>
    <message>
        <source>Gone quiet</source>
        <translation>Relazioni silenziose</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Dati chiave</translation>
    </message>
    <message>
        <source>No customers.</source>
        <translation>Nessun cliente.</translation>
    </message>
    <message>
        <source>Customers per relationship stage</source>
        <translation>Clienti per fase della relazione</translation>
    </message>
    <message>
        <source>Lifecycle funnel</source>
        <translation>Imbuto del ciclo di vita</translation>
    </message>
    <message>
        <source>Net Promoter Score per quarter</source>
        <translation>Indice di raccomandazione (NPS) per trimestre</translation>
    </message>
    <message>
        <source>No recommendation answers in these quarters.</source>
        <translation>Nessuna risposta sulla raccomandazione in questi trimestri.</translation>
    </message>
    <message>
        <source>Average principle scores</source>
        <translation>Punteggi medi dei principi</translation>
    </message>
    <message>
        <source>No principle scores yet.</source>
        <translation>Ancora nessun punteggio dei principi.</translation>
    </message>
    <message>
        <source>Revenue, cost to serve and profit per lifecycle stage, last 12 months</source>
        <translation>Ricavi, costo di servizio e profitto per fase del ciclo di vita, ultimi 12 mesi</translation>
    </message>
    <message>
        <source>No revenue or costs recorded in the last 12 months.</source>
        <translation>Nessun ricavo o costo registrato negli ultimi 12 mesi.</translation>
    </message>
    <message>
        <source>In %1, the currency most of these customers are billed in; the %2 customers billed in other currencies are not in this chart (amounts of different currencies do not add up).</source>
        <translation>Importi in %1, la valuta in cui è fatturata la maggior parte di questi clienti; i clienti fatturati in altre valute (%2) non compaiono in questo grafico, perché importi in valute diverse non si possono sommare.</translation>
    </message>
    <message>
        <source>In %1.</source>
        <translation>Importi in %1.</translation>
    </message>
    <message>
        <source>Sorted by name.</source>
        <translation>Ordinati per nome.</translation>
    </message>
    <message>
        <source>Sorted by health, highest first.</source>
        <translation>Ordinati per salute, dal valore più alto.</translation>
    </message>
    <message>
        <source>Sorted by revenue of the last 12 months, highest first, currency by currency.</source>
        <translation>Ordinati per ricavi degli ultimi 12 mesi, dal valore più alto, valuta per valuta.</translation>
    </message>
    <message>
        <source>Sorted by profit of the last 12 months, highest first, currency by currency.</source>
        <translation>Ordinati per profitto degli ultimi 12 mesi, dal valore più alto, valuta per valuta.</translation>
    </message>
    <message>
        <source>Sorted by NPS, highest first.</source>
        <translation>Ordinati per NPS, dal valore più alto.</translation>
    </message>
    <message>
        <source>Sorted by lifecycle stage, from sponsor-champions down to prospects, former customers last.</source>
        <translation>Ordinati per fase del ciclo di vita, dagli sponsor paladini ai prospect, con gli ex clienti in fondo.</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Commerciale</translation>
    </message>
    <message>
        <source>Collaborative</source>
        <translation>Collaborativo</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personale</translation>
    </message>
    <message>
        <source>master</source>
        <translation>padrone</translation>
    </message>
    <message>
        <source>disengage</source>
        <translation>disimpegno</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>ritardo</translation>
    </message>
    <message>
        <source>quiet</source>
        <translation>silenzio</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relazione</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Ciclo di vita</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salute</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Cur.</source>
        <translation>Val.</translation>
    </message>
    <message>
        <source>Revenue 12 m</source>
        <translation>Ricavi 12 m</translation>
    </message>
    <message>
        <source>Profit 12 m</source>
        <translation>Profitto 12 m</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Avvisi</translation>
    </message>
    <message>
        <source>no meeting for %1 days</source>
        <translation>nessun incontro da %1 giorni</translation>
    </message>
    <message>
        <source>the client acts as a master</source>
        <translation>il cliente si comporta da padrone</translation>
    </message>
    <message>
        <source>a candidate to disengage from</source>
        <translation>candidato al disimpegno</translation>
    </message>
    <message>
        <source>a follow-up is overdue</source>
        <translation>un follow-up è in ritardo</translation>
    </message>
    <message>
        <source>Health and the five principle scores (%1), out of 100.</source>
        <translation>Salute e punteggi dei cinque principi (%1), su 100.</translation>
    </message>
    <message>
        <source>NPS from each contact&apos;s latest answer of the last 12 months.</source>
        <translation>NPS calcolato sull&apos;ultima risposta di ciascun contatto negli ultimi 12 mesi.</translation>
    </message>
    <message>
        <source>Revenue and profit of the last 12 months, in each customer&apos;s own currency (Cur.).</source>
        <translation>Ricavi e profitto degli ultimi 12 mesi, nella valuta di ciascun cliente (Val.).</translation>
    </message>
    <message>
        <source>Flags: %1.</source>
        <translation>Avvisi: %1.</translation>
    </message>
</context>
<context>
    <name>PrincipleCharts</name>
    <message>
        <source>Not enough evidence yet.</source>
        <translation>Elementi ancora insufficienti.</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salute</translation>
    </message>
</context>
<context>
    <name>PrinciplesPanel</name>
    <message>
        <source>Relationship health: not enough evidence yet</source>
        <translation>Salute della relazione: elementi non ancora sufficienti</translation>
    </message>
    <message>
        <source>Relationship health: %1</source>
        <translation>Salute della relazione: %1</translation>
    </message>
    <message>
        <source>Client as master</source>
        <translation>Il cliente padrone</translation>
    </message>
    <message>
        <source>%1 of our concessions were never returned, and the customer made %2 power play(s): %3 one-sided demand(s), %4 risk(s) shifted onto us.</source>
        <translation>Nostre concessioni mai ricambiate: %1. Prove di forza del cliente: %2 (richieste unilaterali: %3; rischi scaricati su di noi: %4).</translation>
    </message>
    <message>
        <source>Our client, our partner: work together as equals, give a correct and realistic view of your services, listen to their needs and adapt only when a change is realistic and an improvement. A customer who cannot work as an equal may be lost, and that is acceptable.</source>
        <translation>Il cliente, nostro partner: lavora con il cliente da pari a pari, offri una visione corretta e realistica dei tuoi servizi, ascolta le sue esigenze e adattati solo quando un cambiamento è realistico e rappresenta un miglioramento. Un cliente che non riesce a collaborare alla pari si può anche perdere, ed è accettabile.</translation>
    </message>
    <message>
        <source>Principle scores</source>
        <translation>Punteggi dei principi</translation>
    </message>
    <message>
        <source>Select a principle to see why</source>
        <translation>Seleziona un principio per vedere il perché</translation>
    </message>
    <message>
        <source>Why this score</source>
        <translation>Perché questo punteggio</translation>
    </message>
    <message numerus="yes">
        <source>(was %1, %n day(s) ago)</source>
        <translation>
            <numerusform>(era %1, %n giorno fa)</numerusform>
            <numerusform>(era %1, %n giorni fa)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only one set of ratings so far for %1: %2.</source>
        <translation>Per ora una sola serie di valutazioni per %1: %2.</translation>
    </message>
    <message>
        <source>Only your ratings so far, from one meeting: %1. One set of ratings weighs too little on its own.</source>
        <translation>Per ora solo le tue valutazioni, da un incontro: %1. Una sola serie di valutazioni da sola pesa troppo poco.</translation>
    </message>
    <message>
        <source>Not enough evidence yet: rate this principle after a meeting, or record what each side gives and promises.</source>
        <translation>Elementi non ancora sufficienti: valuta questo principio dopo un incontro oppure registra ciò che ciascuna parte dà e promette.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effetto</translation>
    </message>
</context>
<context>
    <name>RatingsRow</name>
    <message>
        <source>Why, in a few words (optional)</source>
        <translation>Perché, in poche parole (facoltativo)</translation>
    </message>
    <message>
        <source>Why these ratings</source>
        <translation>Perché queste valutazioni</translation>
    </message>
    <message>
        <source>How this meeting showed %1, from 1 (poor) to 5 (excellent); — skips it.</source>
        <translation>Quanto è emerso il principio di %1 in questo incontro, da 1 (scarso) a 5 (eccellente); con — non viene valutato.</translation>
    </message>
    <message>
        <source>Rating: %1</source>
        <translation>Valutazione: %1</translation>
    </message>
</context>
<context>
    <name>ReachOutList</name>
    <message numerus="yes">
        <source>%n drifting apart</source>
        <translation>
            <numerusform>%n relazione si sta allentando</numerusform>
            <numerusform>%n relazioni si stanno allentando</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past their stay-in-touch interval</source>
        <translation>
            <numerusform>%n oltre l&apos;intervallo di contatto</numerusform>
            <numerusform>%n oltre l&apos;intervallo di contatto</numerusform>
        </translation>
    </message>
    <message>
        <source>Reach out</source>
        <translation>Da contattare</translation>
    </message>
    <message>
        <source>Customers drifting apart or past their stay-in-touch interval</source>
        <translation>Clienti con cui la relazione si sta allentando o oltre l&apos;intervallo di contatto</translation>
    </message>
    <message>
        <source>Everyone is within their stay-in-touch interval.</source>
        <translation>Tutti sono entro il loro intervallo di contatto.</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open the customer</source>
        <translation>Premi Invio o fai doppio clic per aprire il cliente</translation>
    </message>
</context>
<context>
    <name>ReachOutModel</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Last meeting</source>
        <translation>Ultimo incontro</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Drifting apart</source>
        <translation>La relazione si sta allentando</translation>
    </message>
</context>
<context>
    <name>RecommendationDialog</name>
    <message>
        <source>Record recommendation answer</source>
        <translation>Registra risposta sulla raccomandazione</translation>
    </message>
    <message>
        <source>“How likely are you to recommend us to a friend or partner?”</source>
        <translation>“Con quale probabilità ci consiglierebbe a un amico o a un partner?”</translation>
    </message>
    <message>
        <source>&amp;Who answered:</source>
        <translation>&amp;Chi ha risposto:</translation>
    </message>
    <message>
        <source>&amp;Answer (0-10):</source>
        <translation>&amp;Risposta (0-10):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>D&amp;ata:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>What they said, in their words</source>
        <translation>Cosa ha detto, con le sue parole</translation>
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
        <translation>Contatto</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>“%1” is not a customer yet: it will be added as a new prospect.</source>
        <translation>“%1” non è ancora un cliente: sarà aggiunto come nuovo prospect.</translation>
    </message>
    <message>
        <source>Record referral</source>
        <translation>Registra segnalazione</translation>
    </message>
    <message>
        <source>Recommended us &amp;to:</source>
        <translation>&amp;Ci ha segnalati a:</translation>
    </message>
    <message>
        <source>Recommended &amp;by:</source>
        <translation>Segnalati &amp;da:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>D&amp;ata:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Type a customer&apos;s name, or the name of a new company</source>
        <translation>Digita il nome di un cliente o di una nuova azienda</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(non noto)</translation>
    </message>
    <message>
        <source>e.g. met at the Hannover fair</source>
        <translation>es. conosciuti alla fiera di Hannover</translation>
    </message>
    <message>
        <source>Referred by %1</source>
        <translation>Segnalato da %1</translation>
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
        <translation>Direzione</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Recommended by</source>
        <translation>Segnalati da</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Recommended us to</source>
        <translation>Ci ha segnalati a</translation>
    </message>
    <message>
        <source>Came to us through</source>
        <translation>Arrivato tramite</translation>
    </message>
</context>
<context>
    <name>RelationshipPanel</name>
    <message>
        <source>not confirmed yet</source>
        <translation>non ancora confermata</translation>
    </message>
    <message>
        <source>%1: %2 (suggested: %3)</source>
        <translation>%1: %2 (suggerita: %3)</translation>
    </message>
    <message>
        <source>last meeting %1</source>
        <translation>ultimo incontro il %1</translation>
    </message>
    <message>
        <source>Follow-up overdue since %1</source>
        <translation>Follow-up scaduto dal %1</translation>
    </message>
    <message>
        <source>Meet every %1 days at best, %2 days at most.</source>
        <translation>Incontra il cliente idealmente ogni %1 giorni, al massimo ogni %2 giorni.</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Personal life</source>
        <translation>Vita personale</translation>
    </message>
    <message>
        <source>%1: nothing disclosed</source>
        <translation>%1: nessuna rivelazione</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>entrambe le parti</translation>
    </message>
    <message>
        <source>one side only</source>
        <translation>una sola parte</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n topic(s), %2 depth reached by %3</source>
        <translation>
            <numerusform>%1: %n argomento, profondità raggiunta da %3: %2</numerusform>
            <numerusform>%1: %n argomenti, profondità raggiunta da %3: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the last %n day(s): </source>
        <translation>
            <numerusform>Nell&apos;ultimo %n giorno: </numerusform>
            <numerusform>Negli ultimi %n giorni: </numerusform>
        </translation>
    </message>
    <message>
        <source>Kept professional by choice: personal topics are not expected.</source>
        <translation>Rapporto solo professionale per scelta: non sono previsti argomenti personali.</translation>
    </message>
    <message>
        <source>The exchange is one-sided: both sides should open up.</source>
        <translation>Lo scambio è a senso unico: entrambe le parti dovrebbero aprirsi.</translation>
    </message>
    <message>
        <source>meetings fell from %1 to %2 a month</source>
        <translation>gli incontri sono scesi da %1 a %2 al mese</translation>
    </message>
    <message>
        <source>what the customer shares is getting shallower</source>
        <translation>ciò che il cliente condivide è sempre più superficiale</translation>
    </message>
    <message>
        <source>Drifting apart: %1. Plan a meeting soon.</source>
        <translation>La relazione si sta allentando: %1. Pianifica presto un incontro.</translation>
    </message>
    <message>
        <source>stage confirmed</source>
        <translation>fase confermata</translation>
    </message>
    <message>
        <source>Stay in touch with this customer every</source>
        <translation>Resta in contatto con questo cliente ogni</translation>
    </message>
    <message>
        <source>Days between meetings; 0 uses the default interval</source>
        <translation>Giorni tra un incontro e l&apos;altro; 0 usa l&apos;intervallo predefinito</translation>
    </message>
    <message>
        <source>Suggested stage:</source>
        <translation>Fase suggerita:</translation>
    </message>
    <message>
        <source>Confirmed stage:</source>
        <translation>Fase confermata:</translation>
    </message>
    <message>
        <source>Stay in touch:</source>
        <translation>Restare in contatto:</translation>
    </message>
    <message>
        <source>Boundary:</source>
        <translation>Confine:</translation>
    </message>
    <message>
        <source>Confirm stage</source>
        <translation>Conferma fase</translation>
    </message>
    <message>
        <source>Keep it professional (no personal topics)</source>
        <translation>Mantieni un rapporto solo professionale (niente argomenti personali)</translation>
    </message>
    <message>
        <source>default interval</source>
        <translation>intervallo predefinito</translation>
    </message>
    <message>
        <source>every </source>
        <translation>ogni </translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule follow-up</source>
        <translation>Ripianifica follow-up</translation>
    </message>
    <message>
        <source>New due date for “%1”:</source>
        <translation>Nuova scadenza per “%1”:</translation>
    </message>
</context>
<context>
    <name>Rescoring</name>
    <message>
        <source>Scores not updated</source>
        <translation>Punteggi non aggiornati</translation>
    </message>
    <message>
        <source>Some customers&apos; scores could not be recomputed with the new settings. Change a setting again to retry.</source>
        <translation>Non è stato possibile ricalcolare i punteggi di alcuni clienti con le nuove impostazioni. Cambia di nuovo un&apos;impostazione per riprovare.</translation>
    </message>
    <message>
        <source>Updating scores</source>
        <translation>Aggiornamento dei punteggi</translation>
    </message>
    <message>
        <source>Recomputing every customer&apos;s scores…</source>
        <translation>Ricalcolo dei punteggi di tutti i clienti…</translation>
    </message>
</context>
<context>
    <name>ScoreTableModel</name>
    <message>
        <source>Principle</source>
        <translation>Principio</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Elementi</translation>
    </message>
    <message>
        <source>not enough yet</source>
        <translation>non ancora sufficienti</translation>
    </message>
    <message>
        <source>little</source>
        <translation>pochi</translation>
    </message>
    <message>
        <source>some</source>
        <translation>alcuni</translation>
    </message>
    <message>
        <source>plenty</source>
        <translation>molti</translation>
    </message>
</context>
<context>
    <name>SectionList</name>
    <message>
        <source>Customer section: %1</source>
        <translation>Sezione del cliente: %1</translation>
    </message>
    <message>
        <source>Next customer section</source>
        <translation>Sezione del cliente successiva</translation>
    </message>
    <message>
        <source>Previous customer section</source>
        <translation>Sezione del cliente precedente</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Generale</translation>
    </message>
    <message>
        <source>S&amp;cores</source>
        <translation>&amp;Punteggi</translation>
    </message>
    <message>
        <source>&amp;Economics</source>
        <translation>Dati econo&amp;mici</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Il tuo &amp;nome:</translation>
    </message>
    <message>
        <source>Printed as “Prepared by” on the PDF reports</source>
        <translation>Stampato come “Preparato da” nei report PDF</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Cartella dei dati:</translation>
    </message>
    <message>
        <source>Evidence &amp;half-life:</source>
        <translation>&amp;Emivita degli elementi:</translation>
    </message>
    <message>
        <source>After this many days a rating or an entry counts half as much.</source>
        <translation>Dopo questi giorni una valutazione o una voce conta la metà.</translation>
    </message>
    <message>
        <source>Weight in the health:</source>
        <translation>Peso nella salute della relazione:</translation>
    </message>
    <message>
        <source>&amp;Stay in touch every:</source>
        <translation>Restare in &amp;contatto ogni:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>Automatic &amp;backups at most every:</source>
        <translation>&amp;Backup automatici al massimo ogni:</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> ore</translation>
    </message>
    <message>
        <source>A backup is made at start-up and on exit if this much time has passed.</source>
        <translation>Il backup viene fatto all&apos;avvio e alla chiusura, se è passato almeno questo tempo.</translation>
    </message>
    <message>
        <source>The ideal time between meetings; twice as long turns a customer red.</source>
        <translation>Il tempo ideale tra un incontro e l&apos;altro; dopo il doppio il cliente diventa rosso.</translation>
    </message>
</context>
<context>
    <name>TeamDirectory</name>
    <message>
        <source>A colleague&apos;s customer</source>
        <translation>Cliente di un collega</translation>
    </message>
    <message>
        <source>“%1” is %2&apos;s customer. Ask them before prospecting it. Save it as yours anyway?</source>
        <translation>“%1” è un cliente di %2: parlagliene prima di contattarlo. Vuoi salvarlo comunque come tuo?</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Fill in the server, your user and your password.</source>
        <translation>Inserisci il server, il tuo utente e la tua password.</translation>
    </message>
    <message>
        <source>The new password and its repetition differ.</source>
        <translation>La nuova password e la sua ripetizione non coincidono.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a new password of at least %n character(s).</source>
        <translation>
            <numerusform>Scegli una nuova password di almeno %n carattere.</numerusform>
            <numerusform>Scegli una nuova password di almeno %n caratteri.</numerusform>
        </translation>
    </message>
    <message>
        <source>Joining the team and syncing…</source>
        <translation>Ti stai unendo al team e sincronizzi…</translation>
    </message>
    <message>
        <source>The team server cannot be reached: check its address and your connection. Nothing was changed.</source>
        <translation>Il server del team non è raggiungibile: controlla l&apos;indirizzo e la connessione. Non è stato cambiato nulla.</translation>
    </message>
    <message>
        <source>Wrong user or password. Nothing was changed.</source>
        <translation>Utente o password errati. Non è stato cambiato nulla.</translation>
    </message>
    <message>
        <source>Could not join the team: %1</source>
        <translation>Impossibile unirsi al team: %1</translation>
    </message>
    <message>
        <source>This laptop stops syncing and keeps a copy of the customers you own; your colleagues&apos; customers are removed from it.</source>
        <translation>Questo portatile smette di sincronizzarsi e tiene una copia dei clienti di cui sei titolare; i clienti dei tuoi colleghi vengono tolti.</translation>
    </message>
    <message>
        <source>This laptop stops syncing and every customer of the team is removed from it, yours included (they stay on the team server).</source>
        <translation>Questo portatile smette di sincronizzarsi e tutti i clienti del team vengono tolti, anche i tuoi (restano sul server del team).</translation>
    </message>
    <message>
        <source>Leave the team</source>
        <translation>Lascia il team</translation>
    </message>
    <message>
        <source>Changes not synced yet are not sent. Leave the team?</source>
        <translation>Le modifiche non ancora sincronizzate non vengono inviate. Vuoi lasciare il team?</translation>
    </message>
    <message>
        <source>Leaving the team…</source>
        <translation>Stai lasciando il team…</translation>
    </message>
    <message>
        <source>Could not leave the team: %1</source>
        <translation>Impossibile lasciare il team: %1</translation>
    </message>
    <message>
        <source>Join your team to share customers with your colleagues. Your administrator gives you the server, your user and a password; the password is kept in the system keychain.</source>
        <translation>Unisciti al tuo team per condividere i clienti con i colleghi. L&apos;amministratore ti dà il server, il tuo utente e una password; la password viene conservata nel portachiavi di sistema.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utente:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>The one-time password from your administrator, or your own on a second laptop</source>
        <translation>La password monouso che ti ha dato l&apos;amministratore, o la tua su un secondo portatile</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nuova password:</translation>
    </message>
    <message>
        <source>Replaces the one-time password (leave empty on a second laptop)</source>
        <translation>Sostituisce la password monouso (lascia vuoto su un secondo portatile)</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Ripetila:</translation>
    </message>
    <message>
        <source>&amp;Join the team</source>
        <translation>&amp;Unisciti al team</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>responsabile</translation>
    </message>
    <message>
        <source>salesperson</source>
        <translation>commerciale</translation>
    </message>
    <message>
        <source>You are %1 (%2) in the team %3.
Server: %4</source>
        <translation>Sei %1 (%2) nel team %3.
Server: %4</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflitti…</translation>
    </message>
    <message>
        <source>&amp;Keep a copy of the customers I own on this laptop</source>
        <translation>&amp;Tieni su questo portatile una copia dei miei clienti</translation>
    </message>
    <message>
        <source>Keep &amp;nothing of the team on this laptop</source>
        <translation>&amp;Non tenere nulla del team su questo portatile</translation>
    </message>
    <message>
        <source>&amp;Leave the team…</source>
        <translation>&amp;Lascia il team…</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>Sync with the team now (F5)</source>
        <translation>Sincronizza ora con il team (F5)</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizzazione…</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Offline dalle %1</translation>
    </message>
    <message>
        <source>Cannot sync: %1</source>
        <translation>Impossibile sincronizzare: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n modifica in attesa</numerusform>
            <numerusform>%n modifiche in attesa</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Sincronizzato adesso</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n minute(s) ago</source>
        <translation>
            <numerusform>Sincronizzato %n minuto fa</numerusform>
            <numerusform>Sincronizzato %n minuti fa</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Non ancora sincronizzato</translation>
    </message>
    <message numerus="yes">
        <source>The sync kept %n value(s) that lost to a later edit: see Settings ▸ Team ▸ Conflicts</source>
        <translation>
            <numerusform>La sincronizzazione ha conservato %n valore superato da una modifica più recente: vedi Impostazioni ▸ Team ▸ Conflitti</numerusform>
            <numerusform>La sincronizzazione ha conservato %n valori superati da una modifica più recente: vedi Impostazioni ▸ Team ▸ Conflitti</numerusform>
        </translation>
    </message>
    <message>
        <source>wrong password; join again in Settings ▸ Team</source>
        <translation>password errata; unisciti di nuovo in Impostazioni ▸ Team</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>When / what</source>
        <translation>Quando / cosa</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profondità</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Next steps: %1</source>
        <translation>Prossimi passi: %1</translation>
    </message>
    <message>
        <source>Attendees: %1</source>
        <translation>Partecipanti: %1</translation>
    </message>
    <message>
        <source>Sensitive: click to show</source>
        <translation>Riservata: fai clic per mostrarla</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message numerus="yes">
        <source>%1 of %n meeting(s)</source>
        <translation>
            <numerusform>%1 di %n incontro</numerusform>
            <numerusform>%1 di %n incontri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n incontro</numerusform>
            <numerusform>%n incontri</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Meetings, newest first; open one to see what each side disclosed</source>
        <translation>Incontri, prima i più recenti; aprine uno per vedere cosa ha rivelato ciascuna parte</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Tutti gli ambiti</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Entrambe le parti</translation>
    </message>
    <message>
        <source>All depths</source>
        <translation>Tutte le profondità</translation>
    </message>
    <message>
        <source>Filter by domain</source>
        <translation>Filtra per ambito</translation>
    </message>
    <message>
        <source>Filter by side</source>
        <translation>Filtra per parte</translation>
    </message>
    <message>
        <source>Filter by depth</source>
        <translation>Filtra per profondità</translation>
    </message>
    <message>
        <source>No meetings logged yet. Press Ctrl+M to log one.</source>
        <translation>Non hai ancora registrato nessun incontro. Premi Ctrl+M per registrarne uno.</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n in ritardo</numerusform>
            <numerusform>%n in ritardo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due today</source>
        <translation>
            <numerusform>%n in scadenza oggi</numerusform>
            <numerusform>%n in scadenza oggi</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” done</source>
        <translation>“%1” fatto</translation>
    </message>
    <message>
        <source>“%1” moved</source>
        <translation>“%1” spostato</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Follow-up in scadenza</translation>
    </message>
    <message>
        <source>Overdue first; Ctrl+D marks one done, Enter opens the customer</source>
        <translation>Prima quelli in ritardo; Ctrl+D ne segna uno come fatto, Invio apre il cliente</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Nothing due today. Well done!</source>
        <translation>Niente in scadenza oggi. Ottimo lavoro!</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Today: mark the follow-up done</source>
        <translation>Oggi: segna il follow-up come fatto</translation>
    </message>
    <message>
        <source>Mark the follow-up done (%1)</source>
        <translation>Segna il follow-up come fatto (%1)</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Domani</translation>
    </message>
    <message>
        <source>Move the follow-up to tomorrow</source>
        <translation>Sposta il follow-up a domani</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Settimana prossima</translation>
    </message>
    <message>
        <source>Move the follow-up one week ahead</source>
        <translation>Sposta il follow-up avanti di una settimana</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Ripianifica…</translation>
    </message>
    <message>
        <source>Choose a new due date</source>
        <translation>Scegli una nuova scadenza</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Apri cliente</translation>
    </message>
</context>
<context>
    <name>VCardImportDialog</name>
    <message numerus="yes">
        <source>%1: %n cards read.</source>
        <translation>
            <numerusform>%1: %n scheda letta.</numerusform>
            <numerusform>%1: %n schede lette.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contacts</source>
        <translation>
            <numerusform>%n nuovo contatto</numerusform>
            <numerusform>%n nuovi contatti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n già presente</numerusform>
            <numerusform>%n già presenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out because of a problem</source>
        <translation>
            <numerusform>%n escluso per un problema</numerusform>
            <numerusform>%n esclusi per un problema</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new customers: %1</source>
        <translation>
            <numerusform>%n nuovo cliente: %1</numerusform>
            <numerusform>%n nuovi clienti: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is written until you choose Import.</source>
        <translation>Non viene salvato nulla finché non scegli Importa.</translation>
    </message>
    <message>
        <source>Import contacts from vCard</source>
        <translation>Importa contatti da vCard</translation>
    </message>
    <message>
        <source>Cards without a &amp;company go to:</source>
        <translation>Assegna le schede senza &amp;azienda a:</translation>
    </message>
    <message>
        <source>Choose a customer (optional)</source>
        <translation>Scegli un cliente (facoltativo)</translation>
    </message>
    <message>
        <source>People already &amp;there:</source>
        <translation>Persone &amp;già presenti:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
</context>
<context>
    <name>VCardPlanModel</name>
    <message>
        <source>Card</source>
        <translation>Scheda</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Cosa succede</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (nuovo)</translation>
    </message>
    <message>
        <source>Already there: %1</source>
        <translation>Già presente: %1</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nuovo contatto</translation>
    </message>
</context>
<context>
    <name>VCardTexts</name>
    <message>
        <source>The file is larger than 50 MB: that is not an address book. Check that you chose the right file.</source>
        <translation>Il file supera i 50 MB: non può essere una rubrica. Verifica di aver scelto il file giusto.</translation>
    </message>
    <message>
        <source>Line %1 is not UTF-8 text: the file is in another encoding, or is not a vCard file at all. Export the contacts again as vCard (UTF-8).</source>
        <translation>La riga %1 non è testo UTF-8: il file usa un&apos;altra codifica oppure non è affatto un file vCard. Esporta di nuovo i contatti in formato vCard (UTF-8).</translation>
    </message>
    <message>
        <source>Card %2, which begins on line %1, has no END:VCARD: the file may have been cut short. Export the contacts again.</source>
        <translation>La scheda %2, che inizia alla riga %1, non ha END:VCARD: il file potrebbe essere troncato. Esporta di nuovo i contatti.</translation>
    </message>
    <message>
        <source>Line %1 ends a card that was never begun (END without BEGIN:VCARD).</source>
        <translation>La riga %1 chiude una scheda che non è mai stata aperta (END senza BEGIN:VCARD).</translation>
    </message>
    <message>
        <source>Line %1 (card %2) is not a vCard line such as FN:Name. Check that line in a text editor, or export the contacts again.</source>
        <translation>La riga %1 (scheda %2) non è una riga vCard valida, come FN:Nome. Controlla quella riga in un editor di testo oppure esporta di nuovo i contatti.</translation>
    </message>
    <message>
        <source>Line %1 is not part of a vCard (BEGIN:VCARD expected): this is not a vCard file. Choose a .vcf file exported from a phone or address book.</source>
        <translation>La riga %1 non fa parte di una vCard (era atteso BEGIN:VCARD): non è un file vCard. Scegli un file .vcf esportato da un telefono o da una rubrica.</translation>
    </message>
    <message>
        <source>The file holds no contact card.</source>
        <translation>Il file non contiene alcuna scheda di contatto.</translation>
    </message>
    <message>
        <source>Card %2 (line %1) holds a damaged value (a photo, perhaps). Remove that value from the address book or export the contacts again.</source>
        <translation>La scheda %2 (riga %1) contiene un valore danneggiato (forse una foto). Rimuovi quel valore dalla rubrica oppure esporta di nuovo i contatti.</translation>
    </message>
    <message>
        <source>The file cannot be read. Check that it exists and that you may open it.</source>
        <translation>Impossibile leggere il file. Verifica che esista e che tu abbia i permessi per aprirlo.</translation>
    </message>
    <message>
        <source>No company (ORG): choose below the customer for such cards.</source>
        <translation>Nessuna azienda (ORG): scegli qui sotto il cliente per queste schede.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Cellulare</translation>
    </message>
    <message>
        <source>Company (ORG)</source>
        <translation>Azienda (ORG)</translation>
    </message>
    <message>
        <source>Skip them: keep what is there</source>
        <translation>Ignorale: mantieni i dati esistenti</translation>
    </message>
    <message>
        <source>Merge: fill in what is missing, add the notes</source>
        <translation>Unisci: completa i dati mancanti e aggiungi le note</translation>
    </message>
    <message>
        <source>Create them as new contacts all the same</source>
        <translation>Creale comunque come nuovi contatti</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>this field is required.</source>
        <translation>questo campo è obbligatorio.</translation>
    </message>
    <message>
        <source>this contains a line break or an invisible control character: type it on one line, with letters, digits and punctuation only.</source>
        <translation>contiene un a capo o un carattere di controllo invisibile: scrivilo su una sola riga, solo con lettere, cifre e punteggiatura.</translation>
    </message>
    <message>
        <source>this is too long (at most %1 characters).</source>
        <translation>il testo è troppo lungo (al massimo %1 caratteri).</translation>
    </message>
    <message>
        <source>this is not a valid e-mail address, such as name@company.com.</source>
        <translation>l&apos;indirizzo e-mail non è valido: usa un formato come nome@azienda.it.</translation>
    </message>
    <message>
        <source>this is not a valid phone number: use digits, spaces and an optional leading +, such as +40 268 123 456.</source>
        <translation>il numero di telefono non è valido: usa cifre, spazi e, se serve, un + iniziale, come +39 02 1234 5678.</translation>
    </message>
    <message>
        <source>choose a country from the list, or a two-letter code such as RO.</source>
        <translation>scegli un paese dall&apos;elenco oppure inserisci un codice di due lettere, come IT.</translation>
    </message>
    <message>
        <source>a meeting cannot end before it starts.</source>
        <translation>un incontro non può terminare prima di iniziare.</translation>
    </message>
    <message>
        <source>choose the customer you met: type a few letters of the name.</source>
        <translation>scegli il cliente che hai incontrato: digita alcune lettere del nome.</translation>
    </message>
    <message>
        <source>an attendee is not one of this customer&apos;s people any more.</source>
        <translation>uno dei partecipanti non fa più parte delle persone di questo cliente.</translation>
    </message>
    <message>
        <source>the follow-up cannot be due before the meeting.</source>
        <translation>il follow-up non può scadere prima dell&apos;incontro.</translation>
    </message>
    <message>
        <source>a rating goes from 1 to 5.</source>
        <translation>una valutazione va da 1 a 5.</translation>
    </message>
    <message>
        <source>a value cannot be negative: leave it empty if it is not known.</source>
        <translation>il valore non può essere negativo: lascia il campo vuoto se non è noto.</translation>
    </message>
    <message>
        <source>what returned it must be an entry of this customer&apos;s, given by the other side.</source>
        <translation>la voce che lo ricambia deve appartenere a questo cliente ed essere data dall&apos;altra parte.</translation>
    </message>
    <message>
        <source>an answer goes from 0 to 10.</source>
        <translation>una risposta va da 0 a 10.</translation>
    </message>
    <message>
        <source>this period overlaps one already recorded for this customer: edit that one instead.</source>
        <translation>questo periodo si sovrappone a uno già registrato per questo cliente: modifica quello.</translation>
    </message>
    <message>
        <source>an amount cannot be negative.</source>
        <translation>un importo non può essere negativo.</translation>
    </message>
    <message>
        <source>this is not a currency code: use three letters such as EUR or RON.</source>
        <translation>questo non è un codice valuta: usa tre lettere come EUR o RON.</translation>
    </message>
    <message>
        <source>this date is in the future.</source>
        <translation>questa data è nel futuro.</translation>
    </message>
    <message>
        <source>this is not an amount: type digits, such as 1250 or 1250.50.</source>
        <translation>questo non è un importo: digita cifre, come 1250 o 1250,50.</translation>
    </message>
    <message>
        <source>choose one of this customer&apos;s people.</source>
        <translation>scegli una persona di questo cliente.</translation>
    </message>
    <message>
        <source>a customer cannot recommend us to itself: choose another one.</source>
        <translation>un cliente non può segnalarci a sé stesso: scegline un altro.</translation>
    </message>
    <message>
        <source>a record cannot be merged into itself: choose another one.</source>
        <translation>una scheda non può essere unita a sé stessa: scegline un&apos;altra.</translation>
    </message>
    <message>
        <source>both customers have revenue and costs recorded, in different currencies. Amounts in two currencies cannot be added up: delete or re-enter one customer&apos;s periods in the other currency first, then merge.</source>
        <translation>entrambi i clienti hanno ricavi e costi registrati, ma in valute diverse. Gli importi in due valute non si possono sommare: prima elimina i periodi di uno dei due clienti o reinseriscili nell&apos;altra valuta, poi procedi con l&apos;unione.</translation>
    </message>
    <message>
        <source>a period of one customer overlaps a period of the other without being the same period (such as a month inside a quarter). Change or delete one of the two periods first, then merge.</source>
        <translation>un periodo di un cliente si sovrappone a un periodo dell&apos;altro senza coincidere con esso (ad es. un mese all&apos;interno di un trimestre). Prima modifica o elimina uno dei due periodi, poi procedi con l&apos;unione.</translation>
    </message>
</context>
</TS>
