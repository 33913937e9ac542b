<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AttentionPanel</name>
    <message>
        <source>All (%1)</source>
        <translation>Semua (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Perlu perhatian</translation>
    </message>
    <message>
        <source>Customers to look at now, and why</source>
        <translation>Pelanggan yang perlu dilihat sekarang, dan alasannya</translation>
    </message>
    <message>
        <source>Show only one kind of attention</source>
        <translation>Tampilkan satu jenis perhatian saja</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Buka pelanggan</translation>
    </message>
    <message>
        <source>Nothing needs your attention here.</source>
        <translation>Tidak ada yang perlu Anda perhatikan di sini.</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open the customer</source>
        <translation>Tekan Enter atau klik dua kali untuk membuka pelanggan</translation>
    </message>
</context>
<context>
    <name>AttentionTableModel</name>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sejak</translation>
    </message>
    <message>
        <source>Client as master</source>
        <translation>Pelanggan sebagai majikan</translation>
    </message>
    <message>
        <source>Disengage candidates</source>
        <translation>Kandidat untuk dilepas</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Tindak lanjut terlambat</translation>
    </message>
    <message>
        <source>Gone quiet</source>
        <translation>Hubungan yang sepi</translation>
    </message>
    <message>
        <source>Client acting as master</source>
        <translation>Pelanggan bertindak sebagai majikan</translation>
    </message>
    <message>
        <source>Follow-up overdue (due today)</source>
        <translation>Tindak lanjut terlambat (jatuh tempo hari ini)</translation>
    </message>
    <message>
        <source>Client acting as master: turn the relationship back into a partnership between equals (see the Principles tab).</source>
        <translation>Pelanggan bertindak sebagai majikan: kembalikan hubungan menjadi kemitraan yang setara (lihat tab Prinsip).</translation>
    </message>
    <message>
        <source>Disengage candidate: %1</source>
        <translation>Kandidat untuk dilepas: %1</translation>
    </message>
    <message numerus="yes">
        <source>Follow-up overdue by %n day(s)</source>
        <translation>
            <numerusform>Tindak lanjut terlambat %n hari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No meeting for %n day(s)</source>
        <translation>
            <numerusform>Tidak ada pertemuan selama %n hari</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>Made on</source>
        <translation>Dibuat pada</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Pertemuan</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Otomatis</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>Dibuat oleh Anda</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Sebelum pemulihan</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Sebelum pembaruan</translation>
    </message>
    <message>
        <source>Before a repair</source>
        <translation>Sebelum perbaikan</translation>
    </message>
    <message>
        <source>Made before a person or customer was erased: it still holds their data.</source>
        <translation>Dibuat sebelum seseorang atau pelanggan dihapus: cadangan ini masih memuat datanya.</translation>
    </message>
    <message>
        <source>holds erased data</source>
        <translation>berisi data yang telah dihapus</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Delete backups with erased data</source>
        <translation>Hapus cadangan berisi data terhapus</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n backup(s) made before the last erasure? They still hold the erased people. The backups made since are kept.</source>
        <translation>
            <numerusform>Hapus %n cadangan yang dibuat sebelum penghapusan terakhir? Cadangan tersebut masih memuat data orang yang telah dihapus. Cadangan yang dibuat setelahnya tetap disimpan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <source>Replace everything in RelationDesk with the backup of %1? What you recorded since then is not lost: the current database is backed up first.</source>
        <translation>Ganti semua isi RelationDesk dengan cadangan dari %1? Apa yang Anda catat sejak itu tidak hilang: basis data saat ini dicadangkan terlebih dahulu.</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Pulihkan dari berkas</translation>
    </message>
    <message>
        <source>RelationDesk databases (*.sqlite *.sqlite3 *.db)</source>
        <translation>Basis data RelationDesk (*.sqlite *.sqlite3 *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <source>Replace everything in RelationDesk with %1? It is checked first; what you have now is backed up before it is replaced.</source>
        <translation>Ganti semua isi RelationDesk dengan %1? Berkas diperiksa lebih dulu; data Anda saat ini dicadangkan sebelum diganti.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Terbaru lebih dulu</translation>
    </message>
    <message>
        <source>RelationDesk backs up your database when it starts and when it closes, at most every %2 hours (see Settings), and keeps 12 daily, 10 weekly and 9 monthly copies. They are in: %1</source>
        <translation>RelationDesk mencadangkan basis data Anda saat dibuka dan saat ditutup, paling sering setiap %2 jam (lihat Pengaturan), dan menyimpan 12 salinan harian, 10 mingguan, dan 9 bulanan. Lokasinya: %1</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Cadangkan sekarang</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Pulihkan…</translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation>Pulihkan dari &amp;berkas…</translation>
    </message>
    <message>
        <source>&amp;Delete backups with erased data…</source>
        <translation>&amp;Hapus cadangan berisi data terhapus…</translation>
    </message>
</context>
<context>
    <name>BriefPanel</name>
    <message>
        <source>Build trust through reliability. Share something of your own company&apos;s plans to invite openness, and listen for what matters to them beyond the order.</source>
        <translation>Bangun kepercayaan dengan menjadi pihak yang dapat diandalkan. Ceritakan sedikit rencana perusahaan Anda sendiri untuk mengundang keterbukaan, dan dengarkan apa yang penting bagi mereka di luar pesanan.</translation>
    </message>
    <message>
        <source>Work on shared goals and agree next steps at every meeting. If both of you want it, personal conversations can follow; if not, this is a good place to be.</source>
        <translation>Kejar tujuan bersama dan sepakati langkah selanjutnya di setiap pertemuan. Jika kedua belah pihak menginginkannya, percakapan pribadi dapat menyusul; jika tidak, tahap ini pun sudah baik.</translation>
    </message>
    <message>
        <source>Protect what you have built: keep every promise, remember what they told you, and raise problems early and openly.</source>
        <translation>Jaga apa yang telah Anda bangun: tepati setiap janji, ingat apa yang mereka ceritakan kepada Anda, dan sampaikan masalah sejak dini secara terbuka.</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Persiapan pertemuan</translation>
    </message>
    <message>
        <source>What to remember before the next meeting: promises, last disclosures, advice</source>
        <translation>Yang perlu diingat sebelum pertemuan berikutnya: janji, pengungkapan terakhir, saran</translation>
    </message>
    <message>
        <source>Promised and open</source>
        <translation>Janji yang belum selesai</translation>
    </message>
    <message>
        <source>Nothing open.</source>
        <translation>Tidak ada yang tertunda.</translation>
    </message>
    <message>
        <source>Last meetings</source>
        <translation>Pertemuan terakhir</translation>
    </message>
    <message>
        <source>No meetings yet.</source>
        <translation>Belum ada pertemuan.</translation>
    </message>
    <message>
        <source>Ask how these are going.</source>
        <translation>Tanyakan bagaimana perkembangannya.</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>dikonfirmasi</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>disarankan</translation>
    </message>
    <message>
        <source>Next steps: %1</source>
        <translation>Langkah selanjutnya: %1</translation>
    </message>
    <message>
        <source>What they told us (personal)</source>
        <translation>Yang mereka ceritakan kepada kami (pribadi)</translation>
    </message>
    <message>
        <source>What they told us (business)</source>
        <translation>Yang mereka ceritakan kepada kami (bisnis)</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <source>Principle scores chart</source>
        <translation>Grafik skor prinsip</translation>
    </message>
    <message>
        <source>Principle scores over time chart</source>
        <translation>Grafik skor prinsip dari waktu ke waktu</translation>
    </message>
    <message>
        <source>Customers per relationship stage</source>
        <translation>Pelanggan per tahap hubungan</translation>
    </message>
    <message>
        <source>Lifecycle funnel</source>
        <translation>Corong siklus hidup</translation>
    </message>
    <message>
        <source>Net Promoter Score per quarter</source>
        <translation>Skor rekomendasi (NPS) per kuartal</translation>
    </message>
    <message>
        <source>Average principle scores</source>
        <translation>Skor rata-rata prinsip</translation>
    </message>
    <message>
        <source>Economics per lifecycle stage</source>
        <translation>Ekonomi per tahap siklus hidup</translation>
    </message>
    <message>
        <source>Revenue and cost to serve chart</source>
        <translation>Grafik pendapatan dan biaya melayani</translation>
    </message>
    <message>
        <source>Depth chart</source>
        <translation>Grafik kedalaman</translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <source>Edit commitment</source>
        <translation>Ubah komitmen</translation>
    </message>
    <message>
        <source>New commitment</source>
        <translation>Komitmen baru</translation>
    </message>
    <message>
        <source>Promised &amp;by:</source>
        <translation>Dijanjikan &amp;oleh:</translation>
    </message>
    <message>
        <source>&amp;Promise:</source>
        <translation>&amp;Janji:</translation>
    </message>
    <message>
        <source>Promised &amp;on:</source>
        <translation>Dijanjikan &amp;pada:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>Jatuh &amp;tempo:</translation>
    </message>
    <message>
        <source>Ou&amp;tcome:</source>
        <translation>&amp;Hasil:</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>Ada tanggal jatuh tempo</translation>
    </message>
    <message>
        <source>What was promised, e.g. samples delivered by the trade fair</source>
        <translation>Apa yang dijanjikan, mis. sampel dikirim sebelum pameran dagang</translation>
    </message>
    <message>
        <source>a promise cannot be due before the day it was made.</source>
        <translation>janji tidak dapat jatuh tempo sebelum hari janji itu dibuat.</translation>
    </message>
</context>
<context>
    <name>CommitmentTableModel</name>
    <message>
        <source>Promised on</source>
        <translation>Dijanjikan pada</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Janji</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message numerus="yes">
        <source>Still open, overdue by %n day(s)</source>
        <translation>
            <numerusform>Masih terbuka, terlambat %n hari</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Asking the team server…</source>
        <translation>Menghubungi server tim…</translation>
    </message>
    <message>
        <source>No conflicts: nothing was lost.</source>
        <translation>Tidak ada konflik: tidak ada yang hilang.</translation>
    </message>
    <message>
        <source>Cannot reach the team server: %1</source>
        <translation>Server tim tidak dapat dijangkau: %1</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>The same field was changed on two laptops before they synced: the later edit won everywhere and the other value was kept. Choose which one stays.</source>
        <translation>Kolom yang sama diubah di dua laptop sebelum disinkronkan: perubahan yang lebih baru berlaku di mana-mana dan nilai lainnya disimpan. Pilih mana yang tetap.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Milik saya</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Milik mereka</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <source>&amp;Use mine</source>
        <translation>&amp;Pakai milik saya</translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>Pertahankan milik &amp;mereka</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Ubah kontak</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Kontak baru</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Jabatan:</translation>
    </message>
    <message>
        <source>&amp;Buying role:</source>
        <translation>Peran &amp;pembelian:</translation>
    </message>
    <message>
        <source>In&amp;fluence:</source>
        <translation>Pen&amp;garuh:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telepon:</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>P&amp;onsel:</translation>
    </message>
    <message>
        <source>Preferred &amp;language:</source>
        <translation>&amp;Bahasa pilihan:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nama@perusahaan.co.id</translation>
    </message>
    <message>
        <source>+40 268 123 456</source>
        <translation>+62 21 1234 5678</translation>
    </message>
</context>
<context>
    <name>ContactMergeDialog</name>
    <message>
        <source>Job title</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Buying role</source>
        <translation>Peran pembelian</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Ponsel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Gabungkan kontak</translation>
    </message>
    <message>
        <source>Two entries that are the same person become one: the meetings they attended, what they disclosed, their answers and referrals are all kept. Choose the person to merge with “%1”.</source>
        <translation>Dua entri yang sebenarnya orang yang sama dijadikan satu: pertemuan yang dihadirinya, apa yang diungkapkannya, serta jawaban dan rujukannya tetap tersimpan semua. Pilih orang yang akan digabungkan dengan “%1”.</translation>
    </message>
    <message>
        <source>Merge &amp;with:</source>
        <translation>Gabungkan &amp;dengan:</translation>
    </message>
    <message>
        <source>(choose a person)</source>
        <translation>(pilih orang)</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Gabungkan</translation>
    </message>
    <message>
        <source>&amp;Swap: keep the other name</source>
        <translation>&amp;Tukar: pertahankan nama yang lain</translation>
    </message>
    <message>
        <source>Meetings attended</source>
        <translation>Pertemuan yang dihadiri</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Pengungkapan</translation>
    </message>
    <message>
        <source>Answers and referrals</source>
        <translation>Jawaban dan rujukan</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Buying role</source>
        <translation>Peran pembelian</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Pengaruh</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>Delete contact</source>
        <translation>Hapus kontak</translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation>Industri:</translation>
    </message>
    <message>
        <source>The customer&apos;s people</source>
        <translation>Orang-orang di pelanggan</translation>
    </message>
    <message>
        <source>City / country:</source>
        <translation>Kota / negara:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Penanggung jawab:</translation>
    </message>
    <message>
        <source>Lifecycle stage:</source>
        <translation>Tahap siklus hidup:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Mata uang:</translation>
    </message>
    <message>
        <source>Customer since:</source>
        <translation>Pelanggan sejak:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Catatan:</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>Tambah &amp;kontak…</translation>
    </message>
    <message>
        <source>Edit contact…</source>
        <translation>Ubah kontak…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Gabungkan…</translation>
    </message>
    <message>
        <source>Merge another entry of the same person into the selected contact</source>
        <translation>Gabungkan entri lain dari orang yang sama ke kontak yang dipilih</translation>
    </message>
    <message>
        <source>Personal data…</source>
        <translation>Data pribadi…</translation>
    </message>
    <message>
        <source>Export everything held about this person, to answer an access request</source>
        <translation>Ekspor semua data yang disimpan tentang orang ini, untuk menjawab permintaan akses data</translation>
    </message>
</context>
<context>
    <name>CsvDuplicatesModel</name>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Sudah ada</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>a customer of this name</source>
        <translation>pelanggan dengan nama ini</translation>
    </message>
    <message>
        <source>a contact of this customer with this name or e-mail</source>
        <translation>kontak pelanggan ini dengan nama atau email yang sama</translation>
    </message>
    <message>
        <source>the same customer on line %1</source>
        <translation>pelanggan yang sama di baris %1</translation>
    </message>
    <message>
        <source>the same person on line %1</source>
        <translation>orang yang sama di baris %1</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>(leave out)</source>
        <translation>(abaikan)</translation>
    </message>
    <message>
        <source>Customer: name</source>
        <translation>Pelanggan: nama</translation>
    </message>
    <message>
        <source>Customer: industry</source>
        <translation>Pelanggan: industri</translation>
    </message>
    <message>
        <source>Customer: city</source>
        <translation>Pelanggan: kota</translation>
    </message>
    <message>
        <source>Customer: country</source>
        <translation>Pelanggan: negara</translation>
    </message>
    <message>
        <source>Customer: owner</source>
        <translation>Pelanggan: penanggung jawab</translation>
    </message>
    <message>
        <source>Customer: notes</source>
        <translation>Pelanggan: catatan</translation>
    </message>
    <message>
        <source>Customer: currency</source>
        <translation>Pelanggan: mata uang</translation>
    </message>
    <message>
        <source>Contact: name</source>
        <translation>Kontak: nama</translation>
    </message>
    <message>
        <source>Contact: job title</source>
        <translation>Kontak: jabatan</translation>
    </message>
    <message>
        <source>Contact: e-mail</source>
        <translation>Kontak: email</translation>
    </message>
    <message>
        <source>Contact: phone</source>
        <translation>Kontak: telepon</translation>
    </message>
    <message>
        <source>Contact: mobile</source>
        <translation>Kontak: ponsel</translation>
    </message>
    <message>
        <source>Contact: language</source>
        <translation>Kontak: bahasa</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Lewati</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Gabungkan</translation>
    </message>
    <message>
        <source>Create new</source>
        <translation>Buat baru</translation>
    </message>
    <message>
        <source>UTF-8 (with BOM)</source>
        <translation>UTF-8 (dengan BOM)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Eropa Barat)</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>koma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>titik koma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>garis tegak</translation>
    </message>
    <message>
        <source>The file is larger than 50 MB. Split it into smaller files and import them one after the other.</source>
        <translation>Berkas lebih besar dari 50 MB. Pecah menjadi beberapa berkas yang lebih kecil, lalu impor satu per satu.</translation>
    </message>
    <message>
        <source>The file is empty: there is no row to import.</source>
        <translation>Berkas kosong: tidak ada baris untuk diimpor.</translation>
    </message>
    <message>
        <source>Line %1 holds characters no spreadsheet writes: this is not a CSV text file. Save the sheet as &quot;CSV (UTF-8)&quot; and try again.</source>
        <translation>Baris %1 berisi karakter yang tidak pernah ditulis oleh aplikasi lembar kerja: ini bukan berkas teks CSV. Simpan lembar kerja sebagai “CSV (UTF-8)”, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Line %1 is not readable text (neither UTF-8 nor Windows-1252). Save the sheet as &quot;CSV (UTF-8)&quot; and try again.</source>
        <translation>Baris %1 bukan teks yang dapat dibaca (bukan UTF-8 maupun Windows-1252). Simpan lembar kerja sebagai “CSV (UTF-8)”, lalu coba lagi.</translation>
    </message>
    <message>
        <source>A quoted cell that starts on line %1 is never closed: the file may have been cut short. Check that row in the spreadsheet and save it again.</source>
        <translation>Sel bertanda kutip yang dimulai di baris %1 tidak pernah ditutup: berkas mungkin terpotong. Periksa baris tersebut di lembar kerja, lalu simpan lagi.</translation>
    </message>
    <message>
        <source>Line %1 uses quotes wrongly (text right after a closing quote). Check that row in the spreadsheet and save it again.</source>
        <translation>Baris %1 menggunakan tanda kutip secara keliru (ada teks tepat setelah tanda kutip penutup). Periksa baris tersebut di lembar kerja, lalu simpan lagi.</translation>
    </message>
    <message>
        <source>A cell on line %1 is longer than 100,000 characters.</source>
        <translation>Sebuah sel di baris %1 lebih panjang dari 100.000 karakter.</translation>
    </message>
    <message>
        <source>The file cannot be read. Check that it exists and that you may open it.</source>
        <translation>Berkas tidak dapat dibaca. Pastikan berkas itu ada dan Anda berhak membukanya.</translation>
    </message>
    <message>
        <source>Row: it has more cells than the header has columns, so its cells are shifted (a separator inside a cell that is not in quotes?). Correct the row and save the file again.</source>
        <translation>Baris: memiliki lebih banyak sel daripada kolom di judul, sehingga selnya bergeser (pemisah di dalam sel yang tidak diapit tanda kutip?). Perbaiki baris tersebut dan simpan kembali file Anda.</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Checking the rows…</source>
        <translation>Sedang memeriksa baris…</translation>
    </message>
    <message>
        <source>Check cancelled: nothing was written.</source>
        <translation>Pemeriksaan dibatalkan: tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>Rows not checked</source>
        <translation>Baris tidak diperiksa</translation>
    </message>
    <message>
        <source>The rows could not be checked against the database. Nothing was written.</source>
        <translation>Baris tidak dapat dicocokkan dengan basis data. Tidak ada data yang ditulis.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Sedang mengimpor…</translation>
    </message>
    <message>
        <source>Import customers from CSV</source>
        <translation>Impor pelanggan dari CSV</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
</context>
<context>
    <name>CsvImportFlow</name>
    <message>
        <source>Import customers from CSV</source>
        <translation>Impor pelanggan dari CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Berkas CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Sedang membaca %1…</translation>
    </message>
    <message>
        <source>File not imported</source>
        <translation>Berkas tidak diimpor</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>Importing customers…</source>
        <translation>Sedang mengimpor pelanggan…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Impor dibatalkan: tidak ada data yang ditulis.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Impor gagal</translation>
    </message>
    <message>
        <source>The import did not complete. Nothing was written.</source>
        <translation>Impor tidak selesai. Tidak ada data yang ditulis.</translation>
    </message>
    <message>
        <source>Customers created: %1</source>
        <translation>Pelanggan yang dibuat: %1</translation>
    </message>
    <message>
        <source>Contacts created: %1</source>
        <translation>Kontak yang dibuat: %1</translation>
    </message>
    <message>
        <source>Customers merged: %1; contacts merged: %2</source>
        <translation>Pelanggan yang digabungkan: %1; kontak yang digabungkan: %2</translation>
    </message>
    <message>
        <source>Duplicates skipped: %1</source>
        <translation>Duplikat yang dilewati: %1</translation>
    </message>
    <message>
        <source>Rows with problems left out: %1</source>
        <translation>Baris bermasalah yang diabaikan: %1</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Impor selesai</translation>
    </message>
    <message>
        <source>Customers imported.</source>
        <translation>Pelanggan telah diimpor.</translation>
    </message>
</context>
<context>
    <name>CsvMappingPage</name>
    <message>
        <source>Choose the column that holds the customer&apos;s name.</source>
        <translation>Pilih kolom yang berisi nama pelanggan.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, separated by %3, %n data rows.</source>
        <translation>
            <numerusform>%1: %2, dipisahkan dengan %3, %n baris data.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where does each column go?</source>
        <translation>Setiap kolom dimasukkan ke mana?</translation>
    </message>
    <message numerus="yes">
        <source>The first %n rows, numbered by their line in the file:</source>
        <translation>
            <numerusform>%n baris pertama, bernomor sesuai barisnya di berkas:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remember these columns for files like this one</source>
        <translation>&amp;Ingat kolom ini untuk berkas sejenis</translation>
    </message>
</context>
<context>
    <name>CsvProblemsModel</name>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
</context>
<context>
    <name>CsvReportPage</name>
    <message>
        <source>For &amp;every duplicate:</source>
        <translation>Untuk &amp;setiap duplikat:</translation>
    </message>
    <message>
        <source>Import the other rows and &amp;leave out the rows with problems</source>
        <translation>Impor baris lainnya dan &amp;abaikan baris yang bermasalah</translation>
    </message>
    <message>
        <source>Already there: choose for each whether to skip it, merge it into the one there (its empty fields are filled, notes added) or create a new one.</source>
        <translation>Sudah ada: untuk masing-masing, pilih apakah akan dilewati, digabungkan ke data yang sudah ada (kolom yang kosong diisi, catatan ditambahkan), atau dibuat sebagai data baru.</translation>
    </message>
    <message numerus="yes">
        <source>%n customers</source>
        <translation>
            <numerusform>%n pelanggan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n kontak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows read: %1 and %2 are ready to import.</source>
        <translation>
            <numerusform>%n baris dibaca: %1 dan %2 siap diimpor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows have problems. Nothing is imported until they are corrected in the file, or you choose to leave them out.</source>
        <translation>
            <numerusform>%n baris bermasalah. Tidak ada yang diimpor sampai baris tersebut diperbaiki di berkas, atau Anda memilih untuk mengabaikannya.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerDetailPane</name>
    <message>
        <source>Customer sections</source>
        <translation>Bagian pelanggan</translation>
    </message>
    <message>
        <source>Ctrl+Page Up and Ctrl+Page Down move between the sections</source>
        <translation>Ctrl+Page Up dan Ctrl+Page Down berpindah antarbagian</translation>
    </message>
    <message>
        <source>Select a customer to see its details and contacts.</source>
        <translation>Pilih pelanggan untuk melihat detail dan kontaknya.</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Uba&amp;h…</translation>
    </message>
    <message>
        <source>&amp;Log meeting…</source>
        <translation>&amp;Catat pertemuan…</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Persiapan pertemuan</translation>
    </message>
    <message>
        <source>Details and contacts</source>
        <translation>Detail dan kontak</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linimasa</translation>
    </message>
    <message>
        <source>Depth chart</source>
        <translation>Grafik kedalaman</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>Prinsip</translation>
    </message>
    <message>
        <source>Give and take</source>
        <translation>Memberi dan menerima</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Siklus hidup</translation>
    </message>
    <message>
        <source>Economics</source>
        <translation>Ekonomi</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Customer since</source>
        <translation>Pelanggan sejak</translation>
    </message>
    <message>
        <source>Date, in your locale&apos;s format</source>
        <translation>Tanggal, dalam format bahasa Anda</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Ubah pelanggan</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Pelanggan baru</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Industri:</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>&amp;Kota:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>N&amp;egara:</translation>
    </message>
    <message>
        <source>Cu&amp;rrency:</source>
        <translation>&amp;Mata uang:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Penanggung jawab:</translation>
    </message>
    <message>
        <source>Customer &amp;since:</source>
        <translation>Pelanggan &amp;sejak:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>known</source>
        <translation>diketahui</translation>
    </message>
    <message>
        <source>When the relationship really began, if earlier than its first meeting, order or lifecycle move here: loyalty counts the years from it.</source>
        <translation>Kapan hubungan ini sebenarnya dimulai, jika lebih awal dari pertemuan, pesanan, atau perpindahan siklus hidup pertama yang tercatat di sini: loyalitas menghitung tahun sejak tanggal itu.</translation>
    </message>
    <message>
        <source>Company name, e.g. Carpați Industrial S.R.L.</source>
        <translation>Nama perusahaan, mis. PT Sinar Nusantara Teknik</translation>
    </message>
    <message>
        <source>The salesperson who looks after the account</source>
        <translation>Tenaga penjualan yang menangani pelanggan ini</translation>
    </message>
    <message>
        <source>Revenue and costs are in it, e.g. RON</source>
        <translation>Pendapatan dan biaya dicatat dalam mata uang ini, mis. IDR</translation>
    </message>
    <message>
        <source>Customer already exists</source>
        <translation>Pelanggan sudah ada</translation>
    </message>
    <message>
        <source>A customer named “%1” already exists. Save another one with the same name?</source>
        <translation>Pelanggan bernama “%1” sudah ada. Tetap simpan pelanggan lain dengan nama yang sama?</translation>
    </message>
</context>
<context>
    <name>CustomerMergeDialog</name>
    <message>
        <source>Industry</source>
        <translation>Industri</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Gabungkan pelanggan</translation>
    </message>
    <message>
        <source>Two customers that are the same company become one: every contact, meeting, disclosure, follow-up, period and history entry of both is kept. Choose the customer to merge “%1” with.</source>
        <translation>Dua pelanggan yang sebenarnya perusahaan yang sama dijadikan satu: semua kontak, pertemuan, pengungkapan, tindak lanjut, periode, dan entri riwayat dari keduanya tetap tersimpan. Pilih pelanggan yang akan digabungkan dengan “%1”.</translation>
    </message>
    <message>
        <source>Merge &amp;with:</source>
        <translation>Gabungkan &amp;dengan:</translation>
    </message>
    <message>
        <source>Type a few letters of the customer&apos;s name</source>
        <translation>Ketik beberapa huruf nama pelanggan</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Gabungkan</translation>
    </message>
    <message>
        <source>&amp;Swap: keep the other name</source>
        <translation>&amp;Tukar: pertahankan nama yang lain</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Pertemuan</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Pengungkapan</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Economics periods</source>
        <translation>Periode ekonomi</translation>
    </message>
    <message>
        <source>Other history entries</source>
        <translation>Entri riwayat lainnya</translation>
    </message>
    <message>
        <source>Stage confirmations, ratings, give and take, commitments, lifecycle moves, recommendation answers and referrals</source>
        <translation>Konfirmasi tahap, penilaian, memberi dan menerima, komitmen, perpindahan tahap siklus hidup, jawaban rekomendasi, dan rujukan</translation>
    </message>
</context>
<context>
    <name>CustomerReview</name>
    <message>
        <source>Customer review</source>
        <translation>Tinjauan pelanggan</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Tanggal:</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>Disusun oleh:</translation>
    </message>
    <message>
        <source>Period covered:</source>
        <translation>Periode yang dicakup:</translation>
    </message>
    <message>
        <source>City / country:</source>
        <translation>Kota / negara:</translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation>Industri:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Penanggung jawab:</translation>
    </message>
    <message>
        <source>Relationship since:</source>
        <translation>Hubungan sejak:</translation>
    </message>
    <message>
        <source>%1 · customer review</source>
        <translation>%1 · tinjauan pelanggan</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Halaman %1 dari %2</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>dikonfirmasi</translation>
    </message>
    <message>
        <source>suggested from the disclosures</source>
        <translation>disarankan berdasarkan pengungkapan</translation>
    </message>
    <message>
        <source>Relationship stage</source>
        <translation>Tahap hubungan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Suggested then</source>
        <translation>Saran saat itu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Siklus hidup</translation>
    </message>
    <message>
        <source>Lifecycle stage: %1</source>
        <translation>Tahap siklus hidup: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Yang perlu dilakukan: %1</translation>
    </message>
    <message>
        <source>The evidence suggests moving to %1: %2.</source>
        <translation>Bukti yang ada menyarankan pindah ke %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not suggested yet; still needed: %2.</source>
        <translation>%1 belum disarankan; masih diperlukan: %2.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Ke</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>The five principles</source>
        <translation>Lima prinsip</translation>
    </message>
    <message>
        <source>Health: %1</source>
        <translation>Kesehatan: %1</translation>
    </message>
    <message>
        <source>not enough evidence</source>
        <translation>bukti belum cukup</translation>
    </message>
    <message>
        <source>Only one set of ratings so far: %1.</source>
        <translation>Baru ada satu set penilaian: %1.</translation>
    </message>
    <message>
        <source>Principle</source>
        <translation>Prinsip</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <source>Main evidence</source>
        <translation>Bukti utama</translation>
    </message>
    <message>
        <source>Economics and recommendation</source>
        <translation>Ekonomi dan rekomendasi</translation>
    </message>
    <message>
        <source>Last 12 months: revenue %1 · cost to serve %2 · profit %3 · margin %4</source>
        <translation>12 bulan terakhir: pendapatan %1 · biaya melayani %2 · laba %3 · margin %4</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Awal periode</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Pendapatan</translation>
    </message>
    <message>
        <source>Cost to serve</source>
        <translation>Biaya melayani</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Laba</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margin</translation>
    </message>
    <message>
        <source>No revenue or costs recorded in the period.</source>
        <translation>Tidak ada pendapatan atau biaya yang dicatat dalam periode ini.</translation>
    </message>
    <message>
        <source>No recommendation answers in the last 12 months.</source>
        <translation>Tidak ada jawaban rekomendasi dalam 12 bulan terakhir.</translation>
    </message>
    <message>
        <source>NPS %1, from each contact&apos;s latest answer (contacts: %2).</source>
        <translation>NPS %1 dari jawaban terakhir setiap kontak (kontak: %2).</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Meetings in the period</source>
        <translation>Pertemuan dalam periode ini</translation>
    </message>
    <message>
        <source>No meetings in the period.</source>
        <translation>Tidak ada pertemuan dalam periode ini.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Langkah selanjutnya</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Pengungkapan</translation>
    </message>
    <message>
        <source>No disclosures in the period.</source>
        <translation>Tidak ada pengungkapan dalam periode ini.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Ranah</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>What was disclosed is not printed in this report.</source>
        <translation>Isi pengungkapan tidak dicetak dalam laporan ini.</translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation>sensitif</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Yang disampaikan</translation>
    </message>
    <message>
        <source>Sensitive disclosures are left out of this report.</source>
        <translation>Pengungkapan sensitif tidak disertakan dalam laporan ini.</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Komitmen</translation>
    </message>
    <message>
        <source>No commitments recorded.</source>
        <translation>Tidak ada komitmen yang tercatat.</translation>
    </message>
    <message>
        <source>Promised on</source>
        <translation>Dijanjikan pada</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>Dijanjikan oleh</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Janji</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Tindak lanjut yang belum selesai</translation>
    </message>
    <message>
        <source>No open follow-ups.</source>
        <translation>Tidak ada tindak lanjut yang belum selesai.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>City / country</source>
        <translation>Kota / negara</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industri</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Last meeting</source>
        <translation>Pertemuan terakhir</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Tindak lanjut berikutnya</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Kesehatan</translation>
    </message>
    <message>
        <source>Reciprocity</source>
        <translation>Timbal balik</translation>
    </message>
    <message>
        <source>Autonomy</source>
        <translation>Otonomi</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integritas</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Loyalitas</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Ekuitas</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Siklus hidup</translation>
    </message>
    <message>
        <source>⚠ Client as master: see the Principles tab.</source>
        <translation>⚠ Pelanggan sebagai majikan: lihat tab Prinsip.</translation>
    </message>
    <message>
        <source>Follow-up overdue since %1</source>
        <translation>Tindak lanjut terlambat sejak %1</translation>
    </message>
    <message>
        <source>Not enough evidence yet</source>
        <translation>Bukti belum cukup</translation>
    </message>
</context>
<context>
    <name>CustomerWorkspace</name>
    <message>
        <source>Delete customer</source>
        <translation>Hapus pelanggan</translation>
    </message>
    <message>
        <source>Delete %1 with all its contacts? Everything recorded about this customer will be erased. Undo cannot bring it back: only a backup made before it can (File → Backups…).</source>
        <translation>Hapus %1 beserta semua kontaknya? Semua data yang tercatat tentang pelanggan ini akan dihapus. Urungkan tidak dapat mengembalikannya: hanya cadangan yang dibuat sebelumnya yang bisa (Berkas → Cadangan…).</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Hapus pertemuan</translation>
    </message>
    <message>
        <source>Delete this meeting with its disclosures? Its follow-ups stay. Edit → Undo brings it back.</source>
        <translation>Hapus pertemuan ini beserta pengungkapannya? Tindak lanjutnya tetap tersimpan. Ubah → Urungkan akan mengembalikannya.</translation>
    </message>
    <message>
        <source>meeting deleted</source>
        <translation>pertemuan dihapus</translation>
    </message>
    <message>
        <source>Loading the sample portfolio…</source>
        <translation>Memuat portofolio contoh…</translation>
    </message>
    <message numerus="yes">
        <source>Added %n sample customer(s).</source>
        <translation>
            <numerusform>%n pelanggan contoh telah ditambahkan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sample portfolio not loaded</source>
        <translation>Portofolio contoh tidak dimuat</translation>
    </message>
    <message>
        <source>The sample portfolio could not be added. Nothing was changed.</source>
        <translation>Portofolio contoh tidak dapat ditambahkan. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>The dot: contact; ⚑: a late follow-up</source>
        <translation>Titik: kontak; ⚑: tindak lanjut yang terlambat</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Tampi&amp;lkan:</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Semua pelanggan</translation>
    </message>
    <message>
        <source>Any weak principle (below 50)</source>
        <translation>Ada prinsip yang lemah (di bawah 50)</translation>
    </message>
    <message>
        <source>Clients acting as masters</source>
        <translation>Pelanggan yang bertindak sebagai majikan</translation>
    </message>
    <message>
        <source>Weak reciprocity</source>
        <translation>Timbal balik lemah</translation>
    </message>
    <message>
        <source>Weak autonomy</source>
        <translation>Otonomi lemah</translation>
    </message>
    <message>
        <source>Weak integrity</source>
        <translation>Integritas lemah</translation>
    </message>
    <message>
        <source>Weak loyalty</source>
        <translation>Loyalitas lemah</translation>
    </message>
    <message>
        <source>Weak equity</source>
        <translation>Ekuitas lemah</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>Prospek</translation>
    </message>
    <message>
        <source>Testers</source>
        <translation>Penguji</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>Pembeli</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Patron-friends</source>
        <translation>Patron-sahabat</translation>
    </message>
    <message>
        <source>Sponsor-champions</source>
        <translation>Sponsor-pembela</translation>
    </message>
    <message>
        <source>Former customers</source>
        <translation>Mantan pelanggan</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>No customers yet.</source>
        <translation>Belum ada pelanggan.</translation>
    </message>
    <message>
        <source>No recommendation answers yet: ask your contacts how likely they are to recommend you (0-10).</source>
        <translation>Belum ada jawaban rekomendasi: tanyakan kepada kontak Anda seberapa besar kemungkinan mereka merekomendasikan Anda (0-10).</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>K%1</translation>
    </message>
    <message>
        <source>No principle scores yet: they come from the evidence logged with meetings.</source>
        <translation>Belum ada skor prinsip: skor berasal dari bukti yang dicatat bersama pertemuan.</translation>
    </message>
    <message>
        <source>Health %1</source>
        <translation>Kesehatan %1</translation>
    </message>
    <message>
        <source>No revenue or costs recorded in the last 12 months.</source>
        <translation>Tidak ada pendapatan atau biaya yang dicatat dalam 12 bulan terakhir.</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Pendapatan</translation>
    </message>
    <message>
        <source>Cost to serve</source>
        <translation>Biaya melayani</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Laba</translation>
    </message>
    <message>
        <source>Millions of %1</source>
        <translation>Juta %1</translation>
    </message>
    <message>
        <source>Thousands of %1</source>
        <translation>Ribu %1</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Reading your portfolio…</source>
        <translation>Membaca portofolio Anda…</translation>
    </message>
    <message>
        <source>Your portfolio is empty. Add a customer, or load the sample portfolio from the File menu, and the dashboard shows how your relationships are doing.</source>
        <translation>Portofolio Anda kosong. Tambahkan pelanggan, atau muat portofolio contoh dari menu Berkas, dan dasbor akan menunjukkan keadaan hubungan Anda.</translation>
    </message>
    <message>
        <source>The dashboard could not be read. Switch to another tab and back to try again; the details are in the log file in the data folder.</source>
        <translation>Dasbor tidak dapat dibaca. Pindah ke tab lain lalu kembali untuk mencoba lagi; rinciannya ada di berkas log di folder data.</translation>
    </message>
    <message>
        <source>no scores yet</source>
        <translation>belum ada skor</translation>
    </message>
    <message>
        <source>out of 100</source>
        <translation>dari 100</translation>
    </message>
    <message numerus="yes">
        <source>customers, %Ln item(s) in the list</source>
        <translation>
            <numerusform>pelanggan, %Ln butir dalam daftar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln past their stay-in-touch interval</source>
        <translation>
            <numerusform>%Ln melewati jeda kontak</numerusform>
        </translation>
    </message>
    <message>
        <source>no valid answers this quarter</source>
        <translation>tidak ada jawaban yang berlaku kuartal ini</translation>
    </message>
    <message>
        <source>this quarter</source>
        <translation>kuartal ini</translation>
    </message>
    <message>
        <source>same as last quarter</source>
        <translation>sama dengan kuartal lalu</translation>
    </message>
    <message>
        <source>%1 since last quarter</source>
        <translation>%1 sejak kuartal lalu</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>Skor rekomendasi (NPS)</translation>
    </message>
    <message>
        <source>% promoters (9-10) minus % detractors (0-6) among the contacts&apos; latest answers of the last 12 months</source>
        <translation>% promotor (9-10) dikurangi % pengkritik (0-6) dari jawaban terakhir para kontak dalam 12 bulan terakhir</translation>
    </message>
    <message>
        <source>Average health</source>
        <translation>Kesehatan rata-rata</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Perlu perhatian</translation>
    </message>
    <message>
        <source>Drifting apart</source>
        <translation>Mulai renggang</translation>
    </message>
    <message>
        <source>Customers drifting apart; Today lists them with those to call</source>
        <translation>Pelanggan yang hubungannya mulai renggang; Hari Ini mencantumkannya bersama yang perlu dihubungi</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Memperbarui…</translation>
    </message>
    <message>
        <source>Customers per relationship stage</source>
        <translation>Pelanggan per tahap hubungan</translation>
    </message>
    <message>
        <source>Lifecycle funnel</source>
        <translation>Corong siklus hidup</translation>
    </message>
    <message>
        <source>Net Promoter Score per quarter</source>
        <translation>Skor rekomendasi (NPS) per kuartal</translation>
    </message>
    <message>
        <source>Average principle scores</source>
        <translation>Skor rata-rata prinsip</translation>
    </message>
    <message>
        <source>Revenue, cost to serve and profit per lifecycle stage, last 12 months</source>
        <translation>Pendapatan, biaya melayani, dan laba per tahap siklus hidup, 12 bulan terakhir</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Mata uang:</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <source>The file&apos;s structure</source>
        <translation>Struktur berkas</translation>
    </message>
    <message>
        <source>The database&apos;s layout (tables, indexes, triggers)</source>
        <translation>Struktur basis data (tabel, indeks, pemicu)</translation>
    </message>
    <message>
        <source>Links between records</source>
        <translation>Tautan antar-data</translation>
    </message>
    <message>
        <source>The search index</source>
        <translation>Indeks pencarian</translation>
    </message>
    <message>
        <source>Records left without their customer</source>
        <translation>Data yang kehilangan pelanggannya</translation>
    </message>
    <message>
        <source>Damaged dates and texts</source>
        <translation>Tanggal dan teks yang rusak</translation>
    </message>
    <message>
        <source>Last meeting, next follow-up and lifecycle stage</source>
        <translation>Pertemuan terakhir, tindak lanjut berikutnya, dan tahap siklus hidup</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sedang mencadangkan…</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>Cadangan disimpan: %1</translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation>Cadangan tidak dipulihkan</translation>
    </message>
    <message>
        <source>The database is empty</source>
        <translation>Basis data kosong</translation>
    </message>
    <message>
        <source>The database file is empty: what it held is gone. Restore the newest good backup, made on %1? If you do not, RelationDesk starts with an empty database.</source>
        <translation>Berkas basis data kosong: isinya sudah hilang. Pulihkan cadangan utuh terbaru, yang dibuat pada %1? Jika tidak, RelationDesk dimulai dengan basis data kosong.</translation>
    </message>
    <message>
        <source>The database is missing</source>
        <translation>Basis data tidak ditemukan</translation>
    </message>
    <message>
        <source>The database file is empty or missing, and there is no backup of it that can be restored. RelationDesk starts with a new, empty database.</source>
        <translation>Berkas basis data kosong atau tidak ditemukan, dan tidak ada cadangan yang dapat dipulihkan. RelationDesk dimulai dengan basis data baru yang kosong.</translation>
    </message>
    <message>
        <source>The database file is missing, but there are backups of it. Restore the newest good backup, made on %1? If you do not, RelationDesk starts with an empty database.</source>
        <translation>Berkas basis data tidak ditemukan, tetapi ada cadangannya. Pulihkan cadangan utuh terbaru, yang dibuat pada %1? Jika tidak, RelationDesk dimulai dengan basis data kosong.</translation>
    </message>
    <message>
        <source>The backup could not be restored, so RelationDesk starts with an empty database. Your backups are kept: File → Backups… lists them.</source>
        <translation>Cadangan tidak dapat dipulihkan, jadi RelationDesk dimulai dengan basis data kosong. Cadangan Anda tetap tersimpan: lihat di Berkas → Cadangan…</translation>
    </message>
    <message>
        <source>The backup could not be restored; your data is as it was.</source>
        <translation>Cadangan tidak dapat dipulihkan; data Anda tetap seperti semula.</translation>
    </message>
    <message>
        <source>This backup was changed outside RelationDesk: it holds tables, triggers or indexes that RelationDesk does not make, and they could change or delete your data. It was not restored; your data is as it was.</source>
        <translation>Cadangan ini diubah di luar RelationDesk: berisi tabel, pemicu, atau indeks yang tidak dibuat oleh RelationDesk, dan semua itu dapat mengubah atau menghapus data Anda. Cadangan ini tidak dipulihkan; data Anda tetap seperti semula.</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Cadangan dipulihkan.</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Sedang memeriksa basis data…</translation>
    </message>
    <message>
        <source>The database is in good health: nothing to repair.</source>
        <translation>Basis data dalam kondisi baik: tidak ada yang perlu diperbaiki.</translation>
    </message>
    <message>
        <source>repaired</source>
        <translation>sudah diperbaiki</translation>
    </message>
    <message>
        <source>not repaired</source>
        <translation>tidak diperbaiki</translation>
    </message>
    <message>
        <source>The check found:</source>
        <translation>Pemeriksaan menemukan:</translation>
    </message>
    <message>
        <source>Before repairing, RelationDesk backed up the database (File → Backups…).</source>
        <translation>Sebelum memperbaiki, RelationDesk mencadangkan basis data (Berkas → Cadangan…).</translation>
    </message>
    <message>
        <source>Some problems could not be repaired: restore a recent backup (File → Backups…).</source>
        <translation>Beberapa masalah tidak dapat diperbaiki: pulihkan cadangan terbaru (Berkas → Cadangan…).</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Periksa basis data</translation>
    </message>
    <message>
        <source>Database operation failed</source>
        <translation>Operasi basis data gagal</translation>
    </message>
    <message>
        <source>The operation did not complete. Nothing was changed.</source>
        <translation>Operasi tidak selesai. Tidak ada yang diubah.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>today</source>
        <comment>typed in a date field; spellings</comment>
        <translation>hari ini</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <comment>typed in a date field; spellings</comment>
        <translation>besok</translation>
    </message>
    <message>
        <source>yesterday</source>
        <comment>typed in a date field; spellings</comment>
        <translation>kemarin</translation>
    </message>
    <message>
        <source>d, day, days</source>
        <comment>after a number: +3d</comment>
        <translation>h, hr, hari</translation>
    </message>
    <message>
        <source>w, wk, week, weeks</source>
        <comment>after a number: +2w</comment>
        <translation>mg, minggu, pekan</translation>
    </message>
    <message>
        <source>m, mo, month, months</source>
        <comment>after a number: +1m</comment>
        <translation>b, bln, bulan</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type one such as %2, or a word such as “fri”, “+3d” or “tomorrow”.</source>
        <translation>“%1” bukan tanggal. Ketik tanggal seperti %2, atau kata seperti “jum”, “+3h”, atau “besok”.</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>Pilih dari kalender</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
</context>
<context>
    <name>DisclosureChart</name>
    <message>
        <source>%1, %2: %3 topics, depth %4</source>
        <translation>%1, %2: %3 topik, kedalaman %4</translation>
    </message>
    <message>
        <source>No disclosures recorded yet.</source>
        <translation>Belum ada pengungkapan yang tercatat.</translation>
    </message>
    <message>
        <source>Topics (breadth)</source>
        <translation>Topik (keluasan)</translation>
    </message>
    <message>
        <source>Breadth</source>
        <translation>Keluasan</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Kedalaman</translation>
    </message>
</context>
<context>
    <name>DisclosureEditor</name>
    <message>
        <source>Disclosures of this meeting</source>
        <translation>Pengungkapan dalam pertemuan ini</translation>
    </message>
    <message>
        <source>Who, domain, topic, depth, sensitive and what was said; Delete removes one</source>
        <translation>Siapa, ranah, topik, kedalaman, sensitif, dan yang disampaikan; Delete menghapus satu</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Yang disampaikan</translation>
    </message>
    <message>
        <source>W&amp;ho</source>
        <translation>&amp;Siapa</translation>
    </message>
    <message>
        <source>Dep&amp;th</source>
        <translation>&amp;Kedalaman</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>T&amp;ambah</translation>
    </message>
    <message>
        <source>D&amp;omain</source>
        <translation>Ra&amp;nah</translation>
    </message>
    <message>
        <source>To&amp;pic</source>
        <translation>T&amp;opik</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensitif</translation>
    </message>
    <message>
        <source>Someone else at the customer</source>
        <translation>Orang lain dari pihak pelanggan</translation>
    </message>
    <message>
        <source>What was said, e.g. “the plant will double capacity next year”</source>
        <translation>Apa yang disampaikan, mis. “pabrik akan menggandakan kapasitasnya tahun depan”</translation>
    </message>
    <message>
        <source>Remove disclosure</source>
        <translation>Hapus pengungkapan</translation>
    </message>
</context>
<context>
    <name>DisclosureListModel</name>
    <message>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Ranah</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Kedalaman</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensitif</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Yang disampaikan</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
</context>
<context>
    <name>EconomicsChart</name>
    <message>
        <source>No periods recorded yet.</source>
        <translation>Belum ada periode yang dicatat.</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Pendapatan</translation>
    </message>
    <message>
        <source>Cost to serve</source>
        <translation>Biaya melayani</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Laba</translation>
    </message>
</context>
<context>
    <name>EconomicsModel</name>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Pendapatan</translation>
    </message>
    <message>
        <source>Customer care</source>
        <translation>Layanan pelanggan</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Bantuan teknis</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Meeting time</source>
        <translation>Waktu pertemuan</translation>
    </message>
    <message>
        <source>Cost to serve</source>
        <translation>Biaya melayani</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Laba</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margin</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Product lines</source>
        <translation>Lini produk</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>%1 minutes of meetings logged in this period.</source>
        <translation>%1 menit pertemuan tercatat dalam periode ini.</translation>
    </message>
</context>
<context>
    <name>EconomicsSettingsPage</name>
    <message>
        <source>“%1” is not a currency code. Type a three-letter ISO 4217 code, such as EUR or RON, or choose one from the list; nothing is saved until then.</source>
        <translation>“%1” bukan kode mata uang. Ketik kode ISO 4217 tiga huruf, seperti IDR atau EUR, atau pilih dari daftar; tidak ada yang disimpan sebelum itu.</translation>
    </message>
    <message>
        <source>No rate set: meeting time counts as nothing in cost-to-serve.</source>
        <translation>Belum ada tarif: waktu pertemuan tidak dihitung dalam biaya melayani.</translation>
    </message>
    <message>
        <source>Rates per hour: %1</source>
        <translation>Tarif per jam: %1</translation>
    </message>
    <message>
        <source>Hourly cost of meeting time</source>
        <translation>Biaya per jam untuk waktu pertemuan</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Mata uang:</translation>
    </message>
    <message>
        <source>&amp;Rate per hour:</source>
        <translation>&amp;Tarif per jam:</translation>
    </message>
    <message>
        <source>The currency whose rate you are editing; type any ISO code, such as CHF.</source>
        <translation>Mata uang yang tarifnya sedang Anda ubah; ketik kode ISO apa pun, seperti SGD.</translation>
    </message>
    <message>
        <source>What an hour of meeting time costs you in this currency; it counts into the cost-to-serve of customers billed in it. 0 removes the rate.</source>
        <translation>Berapa biaya satu jam pertemuan dalam mata uang ini; dihitung ke biaya melayani pelanggan yang ditagih dalam mata uang tersebut. 0 menghapus tarifnya.</translation>
    </message>
    <message>
        <source>Candidates to disengage</source>
        <translation>Kandidat untuk dilepas</translation>
    </message>
    <message>
        <source>A customer who costs a lot, has no stable relationship and is in the late, declining part of its life cycle is a candidate to disengage from: all three must hold, so your energy goes to more promising relationships.</source>
        <translation>Pelanggan yang menelan banyak biaya, tidak memiliki hubungan yang stabil, dan berada di tahap akhir siklus hidupnya yang menurun adalah kandidat untuk dilepas: ketiganya harus terpenuhi, agar tenaga Anda beralih ke hubungan yang lebih menjanjikan.</translation>
    </message>
    <message>
        <source>High c&amp;ost-to-serve from:</source>
        <translation>&amp;Biaya melayani tinggi mulai:</translation>
    </message>
    <message>
        <source> % of revenue</source>
        <translation> % dari pendapatan</translation>
    </message>
    <message>
        <source>Costs a lot: over the last 12 months, serving the customer (care, assistance, other costs and meeting time) costs at least this share of its revenue.</source>
        <translation>Menelan banyak biaya: dalam 12 bulan terakhir, melayani pelanggan ini (layanan pelanggan, bantuan teknis, biaya lain, dan waktu pertemuan) menghabiskan setidaknya bagian pendapatannya sebesar ini.</translation>
    </message>
    <message>
        <source>&amp;Weak health below:</source>
        <translation>Kesehatan &amp;lemah di bawah:</translation>
    </message>
    <message>
        <source>No stable relationship: the principles&apos; health is below this score, or the relationship is still a business partnership after a year of meetings.</source>
        <translation>Tidak ada hubungan yang stabil: kesehatan prinsip di bawah skor ini, atau setelah setahun bertemu hubungannya masih sebatas kemitraan bisnis.</translation>
    </message>
    <message>
        <source>Re&amp;venue drop from:</source>
        <translation>Pe&amp;nurunan pendapatan mulai:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Declining: revenue of the last 12 months fell by at least this much against the 12 months before, or the customer moved down the lifecycle ladder.</source>
        <translation>Menurun: pendapatan 12 bulan terakhir turun setidaknya sebesar ini dibandingkan 12 bulan sebelumnya, atau pelanggan turun tahap dalam siklus hidup.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <source>Gone &amp;quiet after:</source>
        <translation>Dianggap se&amp;pi setelah:</translation>
    </message>
    <message>
        <source> days without a meeting</source>
        <translation> hari tanpa pertemuan</translation>
    </message>
    <message>
        <source>A customer with no meeting for this long shows on the dashboard as quiet.</source>
        <translation>Pelanggan tanpa pertemuan selama ini tampil di dasbor sebagai hubungan yang sepi.</translation>
    </message>
</context>
<context>
    <name>EconomicsTab</name>
    <message>
        <source>Candidate to disengage from: %1. The rule: when a customer costs a lot, has no stable relationship and is in the late phase of its life cycle, move that energy to more promising relationships.</source>
        <translation>Kandidat untuk dilepas: %1. Aturannya: jika seorang pelanggan menelan banyak biaya, tidak memiliki hubungan yang stabil, dan berada di tahap akhir siklus hidupnya, alihkan tenaga Anda ke hubungan yang lebih menjanjikan.</translation>
    </message>
    <message>
        <source>Last 12 months: revenue %1 · cost to serve %2 · profit %3 · margin %4</source>
        <translation>12 bulan terakhir: pendapatan %1 · biaya melayani %2 · laba %3 · margin %4</translation>
    </message>
    <message>
        <source>This customer has no currency yet: choose one with Edit customer, so amounts and meeting time can be counted in it.</source>
        <translation>Pelanggan ini belum memiliki mata uang: pilih melalui Ubah pelanggan, agar jumlah dan waktu pertemuan dapat dihitung.</translation>
    </message>
    <message>
        <source>Meeting time is not counted: set an hourly rate for %1 in Settings.</source>
        <translation>Waktu pertemuan tidak dihitung: atur tarif per jam untuk %1 di Pengaturan.</translation>
    </message>
    <message>
        <source>Meeting time counts into the cost to serve at %1 an hour (Settings).</source>
        <translation>Waktu pertemuan dihitung ke biaya melayani sebesar %1 per jam (Pengaturan).</translation>
    </message>
    <message>
        <source>Delete the figures of %1? This cannot be undone.</source>
        <translation>Hapus angka untuk %1? Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <source>Delete period</source>
        <translation>Hapus periode</translation>
    </message>
    <message>
        <source>Revenue and cost to serve</source>
        <translation>Pendapatan dan biaya melayani</translation>
    </message>
    <message>
        <source>Profit = revenue − costs. Record each month or quarter: revenue, what customer care, assistance and the rest cost to serve this customer.</source>
        <translation>Laba = pendapatan − biaya. Catat setiap bulan atau kuartal: pendapatan, serta biaya layanan pelanggan, bantuan teknis, dan lainnya untuk melayani pelanggan ini.</translation>
    </message>
    <message>
        <source>Add period…</source>
        <translation>Tambah periode…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Loading the sample portfolio…</source>
        <translation>Memuat portofolio contoh…</translation>
    </message>
    <message>
        <source>Load a sample portfolio</source>
        <translation>Muat portofolio contoh</translation>
    </message>
    <message>
        <source>Welcome to RelationDesk</source>
        <translation>Selamat datang di RelationDesk</translation>
    </message>
    <message>
        <source>Your relationship desk is empty. Add your first customer, or load a sample portfolio of customers in Italy, Indonesia, Romania and English-speaking markets to see how RelationDesk works. You can delete the sample customers at any time.</source>
        <translation>RelationDesk Anda masih kosong. Tambahkan pelanggan pertama Anda, atau muat portofolio contoh berisi pelanggan di Italia, Indonesia, Rumania, dan pasar berbahasa Inggris untuk melihat cara kerja RelationDesk. Anda dapat menghapus pelanggan contoh kapan saja.</translation>
    </message>
    <message>
        <source>Add your first customer</source>
        <translation>Tambahkan pelanggan pertama Anda</translation>
    </message>
    <message>
        <source>How do I…? A short guide, any time with F1</source>
        <translation>Bagaimana cara…? Panduan singkat, kapan saja dengan F1</translation>
    </message>
</context>
<context>
    <name>EncryptionOffer</name>
    <message>
        <source>Encrypt your database?</source>
        <translation>Enkripsi database Anda?</translation>
    </message>
    <message>
        <source>Your database was made by an older RelationDesk and is not encrypted: anyone with this computer&apos;s disk can read it. Encrypt it now? A backup is made first, and the key is kept in this computer&apos;s keychain, so nothing changes in how you start RelationDesk.</source>
        <translation>Database Anda dibuat oleh RelationDesk versi lama dan tidak terenkripsi: siapa pun yang memegang disk komputer ini dapat membacanya. Enkripsi sekarang? Cadangan dibuat terlebih dahulu, dan kuncinya disimpan di gantungan kunci (keychain) komputer ini, jadi cara Anda memulai RelationDesk tidak berubah.</translation>
    </message>
    <message>
        <source>The database was not encrypted</source>
        <translation>Database tidak dienkripsi</translation>
    </message>
    <message>
        <source>Encrypting the database did not succeed, so it was left as it was: nothing is lost. You can keep working; the details are in the log.</source>
        <translation>Enkripsi database tidak berhasil, jadi database dibiarkan seperti semula: tidak ada yang hilang. Anda dapat terus bekerja; rinciannya ada di log.</translation>
    </message>
    <message>
        <source>Delete the unencrypted backups?</source>
        <translation>Hapus cadangan yang tidak terenkripsi?</translation>
    </message>
    <message numerus="yes">
        <source>The database is encrypted now, but %n older backup(s) of it are not: they hold everything in clear. Delete them? Backups made from now on are encrypted.</source>
        <translation>
            <numerusform>Database sekarang terenkripsi, tetapi %n cadangan lamanya tidak: cadangan itu memuat semuanya tanpa enkripsi. Hapus? Cadangan yang dibuat mulai sekarang terenkripsi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErasePersonDialog</name>
    <message>
        <source>Customer notes</source>
        <translation>Catatan pelanggan</translation>
    </message>
    <message>
        <source>A colleague&apos;s notes</source>
        <translation>Catatan di data rekan kerja</translation>
    </message>
    <message>
        <source>Meeting summary</source>
        <translation>Ringkasan pertemuan</translation>
    </message>
    <message>
        <source>Meeting next steps</source>
        <translation>Langkah selanjutnya dari pertemuan</translation>
    </message>
    <message>
        <source>Meeting place</source>
        <translation>Tempat pertemuan</translation>
    </message>
    <message>
        <source>Something someone else disclosed</source>
        <translation>Pengungkapan oleh orang lain</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Give-and-take entry</source>
        <translation>Entri memberi dan menerima</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Komitmen</translation>
    </message>
    <message>
        <source>Stage change note</source>
        <translation>Catatan perubahan tahap</translation>
    </message>
    <message>
        <source>Rating note</source>
        <translation>Catatan penilaian</translation>
    </message>
    <message>
        <source>Lifecycle move</source>
        <translation>Perpindahan tahap siklus hidup</translation>
    </message>
    <message>
        <source>Recommendation note</source>
        <translation>Catatan rekomendasi</translation>
    </message>
    <message>
        <source>Referral note</source>
        <translation>Catatan rujukan</translation>
    </message>
    <message>
        <source>Economics note</source>
        <translation>Catatan ekonomi</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>Hapus pelanggan</translation>
    </message>
    <message>
        <source>Delete %1 with all its contacts? Everything recorded about this customer will be erased. Undo cannot bring it back: only a backup made before it can (File → Backups…).</source>
        <translation>Hapus %1 beserta semua kontaknya? Semua data yang tercatat tentang pelanggan ini akan dihapus. Urungkan tidak dapat mengembalikannya: hanya cadangan yang dibuat sebelumnya yang bisa (Berkas → Cadangan…).</translation>
    </message>
    <message>
        <source>The names of its people also appear in other customers&apos; texts. They are replaced by […] in the ticked ones; untick what must stay as it is.</source>
        <translation>Nama orang-orangnya juga muncul dalam teks pelanggan lain. Pada teks yang dicentang, nama akan diganti dengan […]; hapus centang pada teks yang harus tetap seperti semula.</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Hapus kontak</translation>
    </message>
    <message>
        <source>Delete %1 and everything recorded about this person? This cannot be undone.</source>
        <translation>Hapus %1 beserta semua data yang tercatat tentang orang ini? Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <source>The name also appears in these texts. It is replaced by […] in the ticked ones; untick what must stay as it is.</source>
        <translation>Nama ini juga muncul dalam teks berikut. Pada teks yang dicentang, nama akan diganti dengan […]; hapus centang pada teks yang harus tetap seperti semula.</translation>
    </message>
    <message>
        <source>Texts with only a surname are not ticked: it may be someone else&apos;s, or a company&apos;s. Tick them if they are about one of its people.</source>
        <translation>Teks yang hanya berisi nama keluarga tidak dicentang: nama itu mungkin milik orang lain atau sebuah perusahaan. Centang jika teks tersebut tentang salah satu orangnya.</translation>
    </message>
    <message>
        <source>Texts with only the surname are not ticked: it may be someone else&apos;s, or a company&apos;s. Tick them if they are about this person.</source>
        <translation>Teks yang hanya memuat nama keluarga tidak dicentang: bisa jadi itu nama orang lain atau nama perusahaan. Centang teks tersebut jika memang tentang orang ini.</translation>
    </message>
    <message>
        <source>Erasure not finished</source>
        <translation>Penghapusan belum selesai</translation>
    </message>
    <message>
        <source>%1 was deleted, but another program is reading the database, so the erased data is still in its file. Close that program (a backup tool, a database browser); the clean-up finishes the next time RelationDesk opens the database.</source>
        <translation>%1 telah dihapus, tetapi program lain sedang membaca basis data, sehingga data yang dihapus masih ada di berkasnya. Tutup program tersebut (alat pencadangan, penjelajah basis data); pembersihan akan selesai saat RelationDesk membuka basis data berikutnya.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>RelationDesk is already running</source>
        <translation>RelationDesk sudah berjalan</translation>
    </message>
    <message>
        <source>This database is already open in another RelationDesk window. Switch to that window, or close it first.

File: %1</source>
        <translation>Basis data ini sudah terbuka di jendela RelationDesk lain. Beralihlah ke jendela tersebut, atau tutup jendela itu terlebih dahulu.

Berkas: %1</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Basis data rusak</translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be read. Restore the newest good backup, made on %1? The damaged file is kept next to it, renamed.</source>
        <translation>Berkas basis data rusak dan tidak dapat dibaca. Pulihkan cadangan utuh terbaru, yang dibuat pada %1? Berkas yang rusak tetap disimpan di sebelahnya dengan nama lain.</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>Basis data tidak dapat dibuka</translation>
    </message>
    <message>
        <source>RelationDesk cannot start</source>
        <translation>RelationDesk tidak dapat dimulai</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Berkas: %1</translation>
    </message>
    <message>
        <source>This file is not a RelationDesk database (it is not an SQLite file).</source>
        <translation>Berkas ini bukan basis data RelationDesk (bukan berkas SQLite).</translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be read. Restore a backup, or move the file away to start with an empty database.</source>
        <translation>Berkas basis data ini rusak dan tidak dapat dibaca. Pulihkan dari cadangan, atau pindahkan berkas ini ke tempat lain untuk memulai dengan basis data kosong.</translation>
    </message>
    <message>
        <source>You do not have permission to read and write this file or its folder. Check the file&apos;s permissions, or choose another data folder.</source>
        <translation>Anda tidak memiliki izin untuk membaca dan menulis berkas ini atau foldernya. Periksa izin berkas tersebut, atau pilih folder data lain.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of RelationDesk. Install the newer version to open it. The file was not changed.</source>
        <translation>Basis data ini dibuat oleh RelationDesk versi yang lebih baru. Instal versi yang lebih baru tersebut untuk membukanya. Berkas tidak diubah.</translation>
    </message>
    <message>
        <source>This SQLite file belongs to another program, not to RelationDesk. The file was not changed.</source>
        <translation>Berkas SQLite ini milik program lain, bukan milik RelationDesk. Berkas tidak diubah.</translation>
    </message>
    <message>
        <source>Another program is using the database. Close it and try again.</source>
        <translation>Program lain sedang menggunakan basis data ini. Tutup program tersebut, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>Basis data tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>The database cannot be decrypted with the key this computer keeps for it: it was encrypted with another key (on another computer?), or its first page is damaged. Restore a backup, or open it where it was made. The file was not changed.</source>
        <translation>Database tidak dapat didekripsi dengan kunci yang disimpan komputer ini untuknya: database dienkripsi dengan kunci lain (di komputer lain?), atau halaman pertamanya rusak. Pulihkan cadangan, atau buka di tempat database itu dibuat. File tidak diubah.</translation>
    </message>
    <message>
        <source>The database is encrypted, and its key is not in this computer&apos;s keychain. Open it on the computer that made it, or restore a backup made here. The file was not changed.</source>
        <translation>Database terenkripsi, dan kuncinya tidak ada di gantungan kunci (keychain) komputer ini. Buka di komputer yang membuatnya, atau pulihkan cadangan yang dibuat di sini. File tidak diubah.</translation>
    </message>
    <message>
        <source>RelationDesk keeps the key that encrypts your database in the system keychain, and none is available. Unlock or install one (GNOME Keyring, KWallet, the macOS Keychain, the Windows Credential Manager), or name a file for the key in RELATIONDESK_KEY_FILE. Nothing was changed.</source>
        <translation>RelationDesk menyimpan kunci yang mengenkripsi database Anda di gantungan kunci (keychain) sistem, dan tidak ada yang tersedia. Buka kunci atau pasang salah satunya (GNOME Keyring, KWallet, Keychain macOS, Credential Manager Windows), atau tentukan file untuk kunci di RELATIONDESK_KEY_FILE. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Nothing was changed. Wait until it is done (or close it), then try again.</source>
        <translation>Basis data sedang sibuk: program lain sedang menulis ke dalamnya. Tidak ada yang diubah. Tunggu hingga program itu selesai (atau tutup program tersebut), lalu coba lagi.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was changed. Free some space on the disk that holds the data folder, then try again.</source>
        <translation>Disk penuh, jadi tidak ada yang diubah. Kosongkan sebagian ruang pada disk yang menyimpan folder data, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The database cannot be written: the file, its folder or a leftover -shm or -wal file next to it is read-only. Nothing was changed. Give yourself write permission on them (or close the program that made them), then try again.</source>
        <translation>Basis data tidak dapat ditulisi: berkasnya, foldernya, atau berkas -shm atau -wal sisa di sebelahnya hanya dapat dibaca. Tidak ada yang diubah. Berikan izin menulis kepada diri Anda untuk berkas-berkas itu (atau tutup program yang membuatnya), lalu coba lagi.</translation>
    </message>
    <message>
        <source>The data folder is a file, not a folder. Point RELATIONDESK_DATA_DIR to a folder, or move the file away. Nothing was changed.</source>
        <translation>Folder data adalah sebuah berkas, bukan folder. Arahkan RELATIONDESK_DATA_DIR ke sebuah folder, atau pindahkan berkas tersebut. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The database file cannot be opened: its folder may be missing or not readable. Check the data folder and its permissions, then try again. Nothing was changed.</source>
        <translation>Berkas basis data tidak dapat dibuka: foldernya mungkin tidak ada atau tidak dapat dibaca. Periksa folder data dan izinnya, lalu coba lagi. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Nothing was saved</source>
        <translation>Tidak ada yang disimpan</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Terjadi kesalahan</translation>
    </message>
    <message>
        <source>RelationDesk met an unexpected problem. Your saved data is safe. The details were written to the log file in the data folder.</source>
        <translation>RelationDesk mengalami masalah yang tidak terduga. Data Anda yang sudah tersimpan tetap aman. Detailnya telah dicatat di berkas log dalam folder data.</translation>
    </message>
</context>
<context>
    <name>EvidenceView</name>
    <message>
        <source>Delete the entry “%1”? Edit → Undo brings it back.</source>
        <translation>Hapus entri “%1”? Ubah → Urungkan akan mengembalikannya.</translation>
    </message>
    <message>
        <source>What it returned will show as not returned.</source>
        <translation>Entri yang dibalasnya akan ditampilkan sebagai belum dibalas.</translation>
    </message>
    <message>
        <source>Delete give-and-take entry</source>
        <translation>Hapus entri memberi dan menerima</translation>
    </message>
    <message>
        <source>give-and-take entry deleted</source>
        <translation>entri memberi dan menerima dihapus</translation>
    </message>
    <message>
        <source>Delete the promise “%1”? This cannot be undone.</source>
        <translation>Hapus janji “%1”? Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <source>Delete commitment</source>
        <translation>Hapus komitmen</translation>
    </message>
    <message>
        <source>Give and take</source>
        <translation>Memberi dan menerima</translation>
    </message>
    <message>
        <source>Record what each side gives the other, and the power plays: one-sided demands, risks shifted onto us.</source>
        <translation>Catat apa yang diberikan setiap pihak kepada pihak lain, serta unjuk kekuatan: tuntutan sepihak dan risiko yang dialihkan kepada kami.</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Komitmen</translation>
    </message>
    <message>
        <source>Record the promises each side makes, when they are due, and whether they were kept.</source>
        <translation>Catat janji yang dibuat setiap pihak, kapan jatuh temponya, dan apakah janji itu ditepati.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Add a give-and-take entry</source>
        <translation>Tambahkan entri memberi dan menerima</translation>
    </message>
    <message>
        <source>Add a commitment</source>
        <translation>Tambahkan komitmen</translation>
    </message>
</context>
<context>
    <name>ExchangeFlows</name>
    <message>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Ekspor dibatalkan: tidak ada berkas yang ditulis.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <source>The file could not be written; nothing was saved. Check that the folder exists and that you may write to it, then try again.</source>
        <translation>Berkas tidak dapat ditulis; tidak ada yang disimpan. Pastikan folder tersebut ada dan Anda berhak menulis ke dalamnya, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Export contacts as vCard</source>
        <translation>Ekspor kontak sebagai vCard</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Berkas vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Exporting contacts…</source>
        <translation>Sedang mengekspor kontak…</translation>
    </message>
    <message>
        <source>Contacts exported to %1: %2</source>
        <translation>Kontak diekspor ke %1: %2</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Langkah selanjutnya</translation>
    </message>
    <message>
        <source>Export meetings and follow-ups</source>
        <translation>Ekspor pertemuan dan tindak lanjut</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Berkas kalender (*.ics)</translation>
    </message>
    <message>
        <source>Exporting meetings…</source>
        <translation>Sedang mengekspor pertemuan…</translation>
    </message>
    <message>
        <source>Exported to %1 — meetings: %2, open follow-ups: %3</source>
        <translation>Diekspor ke %1 — pertemuan: %2, tindak lanjut yang belum selesai: %3</translation>
    </message>
    <message>
        <source>Export everything as JSON</source>
        <translation>Ekspor semua data sebagai JSON</translation>
    </message>
    <message>
        <source>The whole database goes into one JSON file (described in the documentation). The texts of sensitive disclosures are left out unless you include them here.</source>
        <translation>Seluruh basis data dimasukkan ke dalam satu berkas JSON (formatnya dijelaskan dalam dokumentasi). Teks pengungkapan sensitif tidak disertakan, kecuali Anda menyertakannya di sini.</translation>
    </message>
    <message>
        <source>Include the texts of &amp;sensitive disclosures</source>
        <translation>Sertakan teks pengungkapan &amp;sensitif</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Berkas JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting all data…</source>
        <translation>Sedang mengekspor semua data…</translation>
    </message>
    <message>
        <source>Everything exported to %1</source>
        <translation>Semua data diekspor ke %1</translation>
    </message>
    <message>
        <source>Import contacts from vCard</source>
        <translation>Impor kontak dari vCard</translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard)</source>
        <translation>Berkas vCard (*.vcf *.vcard)</translation>
    </message>
    <message>
        <source>Contacts not imported</source>
        <translation>Kontak tidak diimpor</translation>
    </message>
    <message>
        <source>%1 cannot be imported; nothing was changed.</source>
        <translation>%1 tidak dapat diimpor; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Sedang membaca %1…</translation>
    </message>
    <message>
        <source>Contacts imported: %1 new</source>
        <translation>Kontak diimpor: %1 baru</translation>
    </message>
    <message>
        <source>merged: %2</source>
        <translation>digabungkan: %2</translation>
    </message>
    <message>
        <source>skipped: %3</source>
        <translation>dilewati: %3</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Impor dibatalkan: tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The import did not complete. Nothing was changed.</source>
        <translation>Impor tidak selesai. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Importing contacts…</source>
        <translation>Sedang mengimpor kontak…</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Ekspor pelanggan</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting customers…</source>
        <translation>Sedang mengekspor pelanggan…</translation>
    </message>
    <message>
        <source>Customers exported to %1</source>
        <translation>Pelanggan diekspor ke %1</translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <source>&amp;Import customers from CSV…</source>
        <translation>&amp;Impor pelanggan dari CSV…</translation>
    </message>
    <message>
        <source>Import contacts from &amp;vCard…</source>
        <translation>Impor kontak dari &amp;vCard…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>Ek&amp;spor</translation>
    </message>
    <message>
        <source>&amp;Customers as CSV…</source>
        <translation>&amp;Pelanggan sebagai CSV…</translation>
    </message>
    <message>
        <source>Contacts as &amp;vCard…</source>
        <translation>Kontak sebagai &amp;vCard…</translation>
    </message>
    <message>
        <source>C&amp;alendar (.ics)…</source>
        <translation>&amp;Kalender (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Everything as JSON…</source>
        <translation>&amp;Semua data sebagai JSON…</translation>
    </message>
    <message>
        <source>&amp;Merge customer into…</source>
        <translation>&amp;Gabungkan pelanggan ke…</translation>
    </message>
</context>
<context>
    <name>ExportPdfDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>Ekspor PDF</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Yang akan diekspor</translation>
    </message>
    <message>
        <source>&amp;Customer review</source>
        <translation>&amp;Tinjauan pelanggan</translation>
    </message>
    <message>
        <source>&amp;Meeting brief</source>
        <translation>&amp;Persiapan pertemuan</translation>
    </message>
    <message>
        <source>&amp;Customer review of %1</source>
        <translation>&amp;Tinjauan pelanggan untuk %1</translation>
    </message>
    <message>
        <source>&amp;Meeting brief for %1</source>
        <translation>Persiapan pe&amp;rtemuan untuk %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Portfolio review of the %n customer(s) in the list</source>
        <translation>
            <numerusform>Tinjauan &amp;portofolio untuk %n pelanggan dalam daftar</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a customer in the list to export its review or its brief.</source>
        <translation>Pilih pelanggan dalam daftar untuk mengekspor tinjauan atau persiapan pertemuannya.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Nama Anda:</translation>
    </message>
    <message>
        <source>printed as “Prepared by”; kept in Settings</source>
        <translation>dicetak sebagai “Disusun oleh”; disimpan di Pengaturan</translation>
    </message>
    <message>
        <source>Customer review</source>
        <translation>Tinjauan pelanggan</translation>
    </message>
    <message>
        <source>Pe&amp;riod:</source>
        <translation>Peri&amp;ode:</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Hari pertama periode</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Hari terakhir periode</translation>
    </message>
    <message>
        <source>The period must not start after it ends.</source>
        <translation>Periode tidak boleh dimulai setelah tanggal berakhirnya.</translation>
    </message>
    <message>
        <source>Include &amp;disclosure texts</source>
        <translation>Sertakan &amp;isi pengungkapan</translation>
    </message>
    <message>
        <source>Without it, disclosures are summarised by domain, depth and topic.</source>
        <translation>Tanpa opsi ini, pengungkapan diringkas menurut ranah, kedalaman, dan topik.</translation>
    </message>
    <message>
        <source>Include &amp;sensitive disclosures too</source>
        <translation>Sertakan juga pengungkapan &amp;sensitif</translation>
    </message>
    <message>
        <source>Sensitive texts will be readable by whoever gets the file.</source>
        <translation>Teks sensitif akan dapat dibaca oleh siapa pun yang menerima berkas ini.</translation>
    </message>
    <message>
        <source>Portfolio review</source>
        <translation>Tinjauan portofolio</translation>
    </message>
    <message>
        <source>Sor&amp;t by:</source>
        <translation>&amp;Urutkan menurut:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Kesehatan</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Pendapatan</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Laba</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Tahap siklus hidup</translation>
    </message>
    <message>
        <source>&amp;Open the PDF when done</source>
        <translation>Buka P&amp;DF setelah selesai</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <source>Due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Terlambat %n hari</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Not saved</source>
        <translation>Tidak tersimpan</translation>
    </message>
    <message>
        <source>This record was deleted meanwhile, so it cannot be saved.</source>
        <translation>Data ini sudah dihapus selagi Anda mengubahnya, sehingga tidak dapat disimpan.</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>How do I log a meeting after a visit?</source>
        <translation>Bagaimana cara mencatat pertemuan setelah kunjungan?</translation>
    </message>
    <message>
        <source>Press %1. Choose the customer, write what happened and the next steps, add what each side disclosed and, if you like, a follow-up date; Ctrl+Enter saves. An unfinished meeting is kept as a draft.</source>
        <translation>Tekan %1. Pilih pelanggan, tulis apa yang terjadi dan langkah selanjutnya, tambahkan apa yang diungkapkan tiap pihak dan, bila perlu, tanggal tindak lanjut; Ctrl+Enter menyimpan. Pertemuan yang belum selesai disimpan sebagai draf.</translation>
    </message>
    <message>
        <source>How do I see what is due today?</source>
        <translation>Bagaimana cara melihat yang jatuh tempo hari ini?</translation>
    </message>
    <message>
        <source>Press %1: overdue follow-ups first, then today&apos;s. Ctrl+D marks the selected one done; Tomorrow, Next week and Reschedule… move it; Enter opens the customer. Below, Reach out lists the customers drifting apart or past their stay-in-touch interval.</source>
        <translation>Tekan %1: tindak lanjut yang terlambat lebih dulu, lalu yang jatuh tempo hari ini. Ctrl+D menandai yang dipilih selesai; Besok, Minggu depan, dan Jadwalkan ulang… memindahkannya; Enter membuka pelanggan. Di bawahnya, Perlu dihubungi mencantumkan pelanggan yang hubungannya mulai renggang atau melewati jeda kontaknya.</translation>
    </message>
    <message>
        <source>How do I find a customer?</source>
        <translation>Bagaimana cara menemukan pelanggan?</translation>
    </message>
    <message>
        <source>Press %1 and type part of a name, a contact or a note; accents do not matter (“stefan” finds “Ștefan”). %2 shows the customer list.</source>
        <translation>Tekan %1 lalu ketik sebagian nama, kontak, atau catatan; aksen tidak berpengaruh (“stefan” menemukan “Ștefan”). %2 menampilkan daftar pelanggan.</translation>
    </message>
    <message>
        <source>How do I tell whether a relationship is healthy?</source>
        <translation>Bagaimana cara mengetahui apakah sebuah hubungan sehat?</translation>
    </message>
    <message>
        <source>Open the customer: the list beside the details names its sections (Alt+1 … Alt+8, or Ctrl+Page Down and Ctrl+Page Up). Brief shows the stage and the stay-in-touch light, Principles the five scores and why, Give and take the ledger and the promises.</source>
        <translation>Buka pelanggan: daftar di samping detail menampilkan bagian-bagiannya (Alt+1 … Alt+8, atau Ctrl+Page Down dan Ctrl+Page Up). Persiapan pertemuan menampilkan tahap dan lampu kontak, Prinsip lima skor beserta alasannya, Memberi dan menerima catatan timbal balik serta janji.</translation>
    </message>
    <message>
        <source>How do I prepare a review with my manager?</source>
        <translation>Bagaimana cara menyiapkan tinjauan dengan atasan saya?</translation>
    </message>
    <message>
        <source>Press %1 to export a PDF: a customer review, a meeting brief or the portfolio review, in any of the four languages. %2 shows the dashboard.</source>
        <translation>Tekan %1 untuk mengekspor PDF: tinjauan pelanggan, persiapan pertemuan, atau tinjauan portofolio, dalam salah satu dari empat bahasa. %2 menampilkan dasbor.</translation>
    </message>
    <message>
        <source>How do I move to a new laptop?</source>
        <translation>Bagaimana cara pindah ke laptop baru?</translation>
    </message>
    <message>
        <source>Copy a backup file to the new laptop, then choose File → Backups… → Restore from a file…. The file is checked before anything is replaced, and what was there is backed up first.</source>
        <translation>Salin berkas cadangan ke laptop baru, lalu pilih Berkas → Cadangan… → Pulihkan dari berkas…. Berkas diperiksa sebelum apa pun diganti, dan data yang ada dicadangkan lebih dulu.</translation>
    </message>
    <message>
        <source>How do I erase everything about a person?</source>
        <translation>Bagaimana cara menghapus semua data tentang seseorang?</translation>
    </message>
    <message>
        <source>In the customer&apos;s Details and contacts, select the person and choose Delete contact: RelationDesk shows what mentions them before erasing it. Personal data… first exports what is kept about them.</source>
        <translation>Di Detail dan kontak pelanggan, pilih orangnya lalu pilih Hapus kontak: RelationDesk menampilkan apa saja yang menyebutnya sebelum menghapusnya. Data pribadi… lebih dulu mengekspor data yang disimpan tentangnya.</translation>
    </message>
    <message>
        <source>Where are all the keyboard shortcuts?</source>
        <translation>Di mana semua pintasan keyboard?</translation>
    </message>
    <message>
        <source>Help → Keyboard shortcuts lists every one, as the window has them now.</source>
        <translation>Bantuan → Pintasan keyboard mencantumkan semuanya, sesuai yang berlaku di jendela saat ini.</translation>
    </message>
    <message>
        <source>How do I…</source>
        <translation>Bagaimana cara…</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tombol</translation>
    </message>
    <message>
        <source>RelationDesk guide</source>
        <translation>Panduan RelationDesk</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Guide: how do I…</source>
        <translation>&amp;Panduan: bagaimana cara…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Pintasan &amp;keyboard</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Decision maker</source>
        <translation>Pengambil keputusan</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Pemberi pengaruh</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation>Penjaga gerbang</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Pembela</translation>
    </message>
    <message>
        <source>Buyer (purchasing)</source>
        <translation>Pembeli (bagian pengadaan)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Sedang</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Panggilan telepon</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Panggilan video</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Makan bersama</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Acara</translation>
    </message>
    <message>
        <source>Other meeting</source>
        <translation>Pertemuan lain</translation>
    </message>
    <message>
        <source>Customer side</source>
        <translation>Pihak pelanggan</translation>
    </message>
    <message>
        <source>Our side</source>
        <translation>Pihak kami</translation>
    </message>
    <message>
        <source>Personal life</source>
        <translation>Kehidupan pribadi</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Bisnis</translation>
    </message>
    <message>
        <source>Peripheral</source>
        <translation>Permukaan</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Menengah</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Inti</translation>
    </message>
    <message>
        <source>Surface facts anyone may know: hobbies, holidays, the company&apos;s products.</source>
        <translation>Fakta permukaan yang boleh diketahui siapa saja: hobi, liburan, produk perusahaan.</translation>
    </message>
    <message>
        <source>Opinions and plans shared in trust: family news, the company&apos;s problems.</source>
        <translation>Pendapat dan rencana yang dibagikan atas dasar kepercayaan: kabar keluarga, masalah perusahaan.</translation>
    </message>
    <message>
        <source>The innermost layer: values, divorce, illness, bankruptcy, future business plans.</source>
        <translation>Lapisan terdalam: nilai-nilai pribadi, perceraian, penyakit, kebangkrutan, rencana bisnis masa depan.</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation>Hobi</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Kesehatan</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Nilai-nilai</translation>
    </message>
    <message>
        <source>Life events</source>
        <translation>Peristiwa hidup</translation>
    </message>
    <message>
        <source>Career</source>
        <translation>Karier</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Perjalanan</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Rumah</translation>
    </message>
    <message>
        <source>Company strategy</source>
        <translation>Strategi perusahaan</translation>
    </message>
    <message>
        <source>Finances</source>
        <translation>Keuangan</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Future plans</source>
        <translation>Rencana masa depan</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Pesaing</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Pemasok</translation>
    </message>
    <message>
        <source>Products and needs</source>
        <translation>Produk dan kebutuhan</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personel</translation>
    </message>
    <message>
        <source>Business partner</source>
        <translation>Mitra bisnis</translation>
    </message>
    <message>
        <source>Collaborative partner</source>
        <translation>Mitra kolaboratif</translation>
    </message>
    <message>
        <source>Collaborative &amp; personal partner</source>
        <translation>Mitra kolaboratif dan pribadi</translation>
    </message>
    <message>
        <source>In touch</source>
        <translation>Terhubung</translation>
    </message>
    <message>
        <source>Due for contact</source>
        <translation>Saatnya menghubungi</translation>
    </message>
    <message>
        <source>No meetings yet</source>
        <translation>Belum ada pertemuan</translation>
    </message>
    <message>
        <source>Reciprocity</source>
        <translation>Timbal balik</translation>
    </message>
    <message>
        <source>Autonomy</source>
        <translation>Otonomi</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integritas</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Loyalitas</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Ekuitas</translation>
    </message>
    <message>
        <source>Fair, balanced exchanges: if one side takes a business risk, so does the other; if one invests time and money, the other reciprocates. Obligations, risks and rewards are shared.</source>
        <translation>Pertukaran yang adil dan seimbang: jika salah satu pihak menerima risiko bisnis, pihak lainnya juga melakukan hal yang sama; jika salah satu pihak menginvestasikan waktu dan uang, pihak lain siap membalasnya. Kewajiban, risiko, dan imbalan dialokasikan secara adil.</translation>
    </message>
    <message>
        <source>Each side decides freely, outside the other&apos;s power. Without it come power struggles: one side demands one-sided concessions or shifts known risks onto the other.</source>
        <translation>Setiap pihak membuat keputusan sendiri, bebas dari kekuasaan pihak lain. Tanpa otonomi, perebutan kekuasaan dapat terjadi: salah satu pihak menuntut konsesi sepihak atau mengalihkan risiko yang sudah diketahui kepada pihak lain.</translation>
    </message>
    <message>
        <source>Consistent decisions and actions on both sides: the same decision and action in the same circumstances, the same result from the same actions.</source>
        <translation>Konsistensi dalam pengambilan keputusan dan tindakan oleh kedua belah pihak: keputusan dan tindakan yang sama dalam situasi yang sama, hasil yang sama dari serangkaian tindakan yang sama.</translation>
    </message>
    <message>
        <source>Both are loyal to the relationship: risks, rewards, burdens and benefits are allocated for what is best for the relationship, not for one side&apos;s gain.</source>
        <translation>Kedua belah pihak setia pada hubungan: risiko dan imbalan, beban dan manfaat dialokasikan demi apa yang terbaik untuk hubungan, bukan demi keuntungan satu pihak.</translation>
    </message>
    <message>
        <source>Each side keeps the relationship in balance: rewards are shared in proportion to contributions, resources invested and risks taken, and inequalities are addressed as they emerge.</source>
        <translation>Masing-masing pihak bertanggung jawab menjaga keseimbangan hubungan: imbalan dibagi sesuai dengan kontribusi, sumber daya yang diinvestasikan, dan risiko yang diambil, sementara kesenjangan diatasi begitu muncul seiring berjalannya waktu.</translation>
    </message>
    <message>
        <source>Concession or discount</source>
        <translation>Konsesi atau diskon</translation>
    </message>
    <message>
        <source>Extra work</source>
        <translation>Pekerjaan tambahan</translation>
    </message>
    <message>
        <source>Risk accepted</source>
        <translation>Risiko yang diterima</translation>
    </message>
    <message>
        <source>Time or money invested</source>
        <translation>Waktu atau uang yang diinvestasikan</translation>
    </message>
    <message>
        <source>Favour</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>One-sided demand</source>
        <translation>Tuntutan sepihak</translation>
    </message>
    <message>
        <source>Risk shifted onto the other side</source>
        <translation>Risiko dialihkan ke pihak lain</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Ditepati</translation>
    </message>
    <message>
        <source>Kept late</source>
        <translation>Ditepati terlambat</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Diingkari</translation>
    </message>
    <message>
        <source>Your rating</source>
        <translation>Penilaian Anda</translation>
    </message>
    <message>
        <source>We gave, nothing returned</source>
        <translation>Kami memberi, tidak dibalas</translation>
    </message>
    <message>
        <source>We gave, and it was returned</source>
        <translation>Kami memberi, dan dibalas</translation>
    </message>
    <message>
        <source>The customer gave</source>
        <translation>Pelanggan memberi</translation>
    </message>
    <message>
        <source>Balance of what both sides disclose</source>
        <translation>Keseimbangan pengungkapan kedua belah pihak</translation>
    </message>
    <message>
        <source>Power play</source>
        <translation>Unjuk kekuatan</translation>
    </message>
    <message>
        <source>Meetings without power plays</source>
        <translation>Pertemuan tanpa unjuk kekuatan</translation>
    </message>
    <message>
        <source>The customer kept a promise</source>
        <translation>Pelanggan menepati janji</translation>
    </message>
    <message>
        <source>The customer kept a promise late</source>
        <translation>Pelanggan menepati janji dengan terlambat</translation>
    </message>
    <message>
        <source>The customer broke a promise</source>
        <translation>Pelanggan mengingkari janji</translation>
    </message>
    <message>
        <source>We kept a promise</source>
        <translation>Kami menepati janji</translation>
    </message>
    <message>
        <source>We kept a promise late</source>
        <translation>Kami menepati janji dengan terlambat</translation>
    </message>
    <message>
        <source>We broke a promise</source>
        <translation>Kami mengingkari janji</translation>
    </message>
    <message>
        <source>The customer&apos;s promises: kept %1, late %2, broken %3 (record %4)</source>
        <translation>Janji pelanggan: ditepati %1, terlambat %2, diingkari %3 (rekam jejak %4)</translation>
    </message>
    <message>
        <source>Our promises: kept %1, late %2, broken %3 (record %4)</source>
        <translation>Janji kami: ditepati %1, terlambat %2, diingkari %3 (rekam jejak %4)</translation>
    </message>
    <message>
        <source>: the weaker side, it drives the score (three times the other&apos;s weight).</source>
        <translation>: pihak yang lebih lemah, yang menentukan skor (bobotnya tiga kali pihak lain).</translation>
    </message>
    <message>
        <source>rate again after your next meeting to firm this up</source>
        <translation>beri nilai lagi setelah pertemuan berikutnya untuk memperkuatnya</translation>
    </message>
    <message>
        <source>Years together</source>
        <translation>Tahun bekerja sama</translation>
    </message>
    <message>
        <source>Out of touch</source>
        <translation>Lama tak terhubung</translation>
    </message>
    <message>
        <source>Regular meetings</source>
        <translation>Pertemuan rutin</translation>
    </message>
    <message>
        <source>Meetings in the last year</source>
        <translation>Pertemuan dalam setahun terakhir</translation>
    </message>
    <message>
        <source>Share of value given by each side</source>
        <translation>Porsi nilai yang diberikan setiap pihak</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospek</translation>
    </message>
    <message>
        <source>Tester</source>
        <translation>Penguji</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Pembeli</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Patron-friend</source>
        <translation>Patron-sahabat</translation>
    </message>
    <message>
        <source>Sponsor-champion</source>
        <translation>Sponsor-pembela</translation>
    </message>
    <message>
        <source>Former customer</source>
        <translation>Mantan pelanggan</translation>
    </message>
    <message>
        <source>Not buying from you yet, but sees you as able to meet its needs. Create trust and psychological safety: they make your offer valuable and turn a prospect into a tester.</source>
        <translation>Belum membeli dari Anda, tetapi melihat Anda mampu memenuhi kebutuhannya. Bangun kepercayaan dan rasa aman secara psikologis: keduanya membuat penawaran Anda bernilai dan mengubah prospek menjadi penguji.</translation>
    </message>
    <message>
        <source>Bought on trial and is still deciding whether to buy again and commit. Reassure them about the choice they made; empathy and listening are essential now.</source>
        <translation>Sudah membeli untuk mencoba dan masih menimbang apakah akan membeli lagi dan berkomitmen. Yakinkan dia atas pilihannya; empati dan mendengarkan sangat penting sekarang.</translation>
    </message>
    <message>
        <source>Keeps buying, but you are not its first choice. Show the economic and service advantages of continuity; learn its business in depth; cooperate with mutual respect.</source>
        <translation>Terus membeli, tetapi Anda bukan pilihan pertamanya. Tunjukkan keuntungan ekonomi dan layanan dari hubungan yang berkelanjutan; pahami bisnisnya secara mendalam; bekerja sama dengan saling menghormati.</translation>
    </message>
    <message>
        <source>Sees you as one of its main suppliers, buys a wide range regularly and expects a personalised offer in return. Invest time and energy; extend the cooperation towards a partnership.</source>
        <translation>Menganggap Anda salah satu pemasok utamanya, rutin membeli beragam produk dan mengharapkan penawaran yang dipersonalisasi. Investasikan waktu dan tenaga; perluas kerja sama menuju kemitraan.</translation>
    </message>
    <message>
        <source>One of your most trusted accounts. Build a partnership with some processes personalised and, where it makes sense, implement together; create interdependence for a lasting win-win relationship.</source>
        <translation>Salah satu akun yang paling Anda percayai. Bangun kemitraan dengan beberapa proses yang dipersonalisasi dan, bila masuk akal, implementasi bersama; ciptakan saling ketergantungan untuk hubungan saling menguntungkan yang langgeng.</translation>
    </message>
    <message>
        <source>So satisfied that it recommends you to others and speaks well of your strengths. Invest time in the relationship, in training and education: aim to have as many sponsors as you can.</source>
        <translation>Begitu puas sehingga merekomendasikan Anda kepada pihak lain dan membicarakan kekuatan Anda. Investasikan waktu dalam hubungan, pelatihan, dan edukasi: upayakan sponsor sebanyak mungkin.</translation>
    </message>
    <message>
        <source>The relationship has ended. Its history stays here; if it starts again, record the move back to prospect or tester.</source>
        <translation>Hubungan ini sudah berakhir. Riwayatnya tetap tersimpan di sini; jika dimulai lagi, catat perpindahan kembali ke prospek atau penguji.</translation>
    </message>
    <message>
        <source>a first order is recorded</source>
        <translation>pesanan pertama sudah tercatat</translation>
    </message>
    <message>
        <source>it has been a tester or higher on the ladder, so it has bought</source>
        <translation>pernah menjadi penguji atau lebih tinggi di siklus hidup, jadi sudah pernah membeli</translation>
    </message>
    <message>
        <source>it ordered again, in more than one period</source>
        <translation>memesan lagi, di lebih dari satu periode</translation>
    </message>
    <message>
        <source>it has been a buyer or higher on the ladder, so it buys again</source>
        <translation>pernah menjadi pembeli atau lebih tinggi di siklus hidup, jadi membeli lagi</translation>
    </message>
    <message>
        <source>it buys regularly (in 4 or more of the last 6 months)</source>
        <translation>membeli secara rutin (dalam 4 atau lebih dari 6 bulan terakhir)</translation>
    </message>
    <message>
        <source>it buys a wide range (3 or more product lines in a period)</source>
        <translation>membeli beragam produk (3 lini produk atau lebih dalam satu periode)</translation>
    </message>
    <message>
        <source>the relationship is a collaborative &amp; personal partnership</source>
        <translation>hubungannya adalah kemitraan kolaboratif dan pribadi</translation>
    </message>
    <message>
        <source>the relationship is a collaborative partnership, kept professional by choice</source>
        <translation>hubungannya adalah kemitraan kolaboratif, yang sengaja tetap profesional</translation>
    </message>
    <message>
        <source>the principles&apos; health is 70 or more</source>
        <translation>kesehatan prinsip bernilai 70 atau lebih</translation>
    </message>
    <message>
        <source>a contact would recommend us (9 or 10 out of 10)</source>
        <translation>seorang kontak akan merekomendasikan kami (9 atau 10 dari 10)</translation>
    </message>
    <message>
        <source>it has referred us to another customer</source>
        <translation>sudah merekomendasikan kami kepada pelanggan lain</translation>
    </message>
    <message>
        <source>a first order (in the economics, or a recorded stage of tester or higher)</source>
        <translation>pesanan pertama (di data ekonomi, atau tahap penguji atau lebih tinggi yang tercatat)</translation>
    </message>
    <message>
        <source>orders in more than one period (or a recorded stage of buyer or higher)</source>
        <translation>pesanan di lebih dari satu periode (atau tahap pembeli atau lebih tinggi yang tercatat)</translation>
    </message>
    <message>
        <source>a collaborative &amp; personal partnership (a collaborative one, if kept professional)</source>
        <translation>kemitraan kolaboratif dan pribadi (kolaboratif saja, jika tetap profesional)</translation>
    </message>
    <message>
        <source>cost-to-serve is high relative to revenue</source>
        <translation>biaya melayani tinggi dibandingkan pendapatan</translation>
    </message>
    <message>
        <source>it costs us but brought no revenue</source>
        <translation>menimbulkan biaya tetapi tidak menghasilkan pendapatan</translation>
    </message>
    <message>
        <source>the principle scores are weak</source>
        <translation>skor prinsipnya lemah</translation>
    </message>
    <message>
        <source>after a year it is still only a business partnership</source>
        <translation>setelah setahun masih sebatas kemitraan bisnis</translation>
    </message>
    <message>
        <source>the relationship has ended</source>
        <translation>hubungan sudah berakhir</translation>
    </message>
    <message>
        <source>its lifecycle stage last moved down</source>
        <translation>tahap siklus hidupnya terakhir kali turun</translation>
    </message>
    <message>
        <source>revenue fell compared with the year before</source>
        <translation>pendapatan turun dibandingkan tahun sebelumnya</translation>
    </message>
    <message>
        <source>Promoter</source>
        <translation>Promotor</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>Pasif</translation>
    </message>
    <message>
        <source>Detractor</source>
        <translation>Pengkritik</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kuartal</translation>
    </message>
</context>
<context>
    <name>LedgerDialog</name>
    <message>
        <source>Not returned</source>
        <translation>Belum dibalas</translation>
    </message>
    <message>
        <source>Edit give-and-take entry</source>
        <translation>Ubah entri memberi dan menerima</translation>
    </message>
    <message>
        <source>New give-and-take entry</source>
        <translation>Entri memberi dan menerima baru</translation>
    </message>
    <message>
        <source>&amp;Given by:</source>
        <translation>&amp;Diberikan oleh:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Keterangan:</translation>
    </message>
    <message>
        <source>&amp;Value (%1):</source>
        <translation>&amp;Nilai (%1):</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Nilai:</translation>
    </message>
    <message>
        <source>&amp;Returned by:</source>
        <translation>Dibalas &amp;oleh:</translation>
    </message>
    <message>
        <source>What was given, e.g. a 5% discount on the spring order</source>
        <translation>Apa yang diberikan, mis. diskon 5% untuk pesanan kuartal kedua</translation>
    </message>
    <message>
        <source>Estimated value; empty if unknown</source>
        <translation>Perkiraan nilai; kosongkan jika tidak diketahui</translation>
    </message>
    <message>
        <source>The other side&apos;s entry that gave something back for this one.</source>
        <translation>Entri pihak lain yang membalas entri ini.</translation>
    </message>
    <message>
        <source>write a number such as %1 or %2, or leave it empty.</source>
        <translation>tulis angka seperti %1 atau %2, atau kosongkan.</translation>
    </message>
</context>
<context>
    <name>LedgerTableModel</name>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Diberikan oleh</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Dibalas</translation>
    </message>
    <message>
        <source>A power play: it weighs on the autonomy of the relationship.</source>
        <translation>Unjuk kekuatan: ini membebani otonomi hubungan.</translation>
    </message>
</context>
<context>
    <name>LifecycleDialog</name>
    <message>
        <source>Change lifecycle stage</source>
        <translation>Ubah tahap siklus hidup</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Tahap:</translation>
    </message>
    <message>
        <source>S&amp;ince:</source>
        <translation>&amp;Sejak:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>e.g. second order in March</source>
        <translation>mis. pesanan kedua di bulan Maret</translation>
    </message>
</context>
<context>
    <name>LifecycleHistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Ke</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>A move down the ladder.</source>
        <translation>Turun satu tahap dalam siklus hidup.</translation>
    </message>
</context>
<context>
    <name>LifecycleTab</name>
    <message>
        <source>What to do: %1</source>
        <translation>Yang perlu dilakukan: %1</translation>
    </message>
    <message>
        <source>%1 is not suggested yet; still needed: %2.</source>
        <translation>%1 belum disarankan; masih diperlukan: %2.</translation>
    </message>
    <message>
        <source>The evidence suggests moving to %1: %2.</source>
        <translation>Bukti menyarankan perpindahan ke %1: %2.</translation>
    </message>
    <message>
        <source>Move to %1…</source>
        <translation>Pindahkan ke %1…</translation>
    </message>
    <message>
        <source>Ask each contact how likely they are to recommend us to a friend or partner, from 0 to 10. No answer from the last 12 months yet.</source>
        <translation>Tanyakan kepada setiap kontak seberapa besar kemungkinan mereka merekomendasikan kami kepada teman atau mitra, dari 0 sampai 10. Belum ada jawaban dalam 12 bulan terakhir.</translation>
    </message>
    <message>
        <source>NPS %1 (answers counted: %2; promoters %3, passives %4, detractors %5).</source>
        <translation>NPS %1 (jawaban dihitung: %2; promotor %3, pasif %4, pengkritik %5).</translation>
    </message>
    <message>
        <source>%1 in 90 days.</source>
        <translation>%1 dalam 90 hari.</translation>
    </message>
    <message>
        <source>lifecycle move</source>
        <translation>perpindahan tahap</translation>
    </message>
    <message>
        <source>Undo lifecycle move</source>
        <translation>Batalkan perpindahan tahap</translation>
    </message>
    <message>
        <source>Remove this move from the history? The stage goes back to the one before.</source>
        <translation>Hapus perpindahan ini dari riwayat? Tahapnya kembali ke tahap sebelumnya.</translation>
    </message>
    <message>
        <source>Delete answer</source>
        <translation>Hapus jawaban</translation>
    </message>
    <message>
        <source>Delete this recommendation answer? This cannot be undone.</source>
        <translation>Hapus jawaban rekomendasi ini? Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <source>Delete referral</source>
        <translation>Hapus rujukan</translation>
    </message>
    <message>
        <source>Delete this referral? The other customer stays. This cannot be undone.</source>
        <translation>Hapus rujukan ini? Pelanggan yang lain tetap ada. Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <source>Lifecycle stage:</source>
        <translation>Tahap siklus hidup:</translation>
    </message>
    <message>
        <source>&amp;Change stage…</source>
        <translation>Ubah t&amp;ahap…</translation>
    </message>
    <message>
        <source>History of the lifecycle</source>
        <translation>Riwayat siklus hidup</translation>
    </message>
    <message>
        <source>Every move, with the date and the reason given.</source>
        <translation>Setiap perpindahan, dengan tanggal dan alasannya.</translation>
    </message>
    <message>
        <source>Change stage…</source>
        <translation>Ubah tahap…</translation>
    </message>
    <message>
        <source>Undo move</source>
        <translation>Batalkan perpindahan</translation>
    </message>
    <message>
        <source>Recommendation answers</source>
        <translation>Jawaban rekomendasi</translation>
    </message>
    <message>
        <source>Record answer…</source>
        <translation>Catat jawaban…</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>Who recommended us to whom: sponsors bring new prospects.</source>
        <translation>Siapa merekomendasikan kami kepada siapa: sponsor membawa prospek baru.</translation>
    </message>
    <message>
        <source>Record referral…</source>
        <translation>Catat rujukan…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Ubah</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hari ini</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Pelanggan</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dasbor</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Tampilan</translation>
    </message>
    <message>
        <source>Today, Customers, Dashboard: Ctrl+1 to 3</source>
        <translation>Hari ini, Pelanggan, Dasbor: Ctrl+1 sampai 3</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>Pelanggan &amp;baru…</translation>
    </message>
    <message>
        <source>New &amp;contact…</source>
        <translation>&amp;Kontak baru…</translation>
    </message>
    <message>
        <source>&amp;Log meeting…</source>
        <translation>&amp;Catat pertemuan…</translation>
    </message>
    <message>
        <source>&amp;Edit customer…</source>
        <translation>&amp;Ubah pelanggan…</translation>
    </message>
    <message>
        <source>&amp;Delete customer…</source>
        <translation>&amp;Hapus pelanggan…</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>&amp;Cari pelanggan</translation>
    </message>
    <message>
        <source>Load sa&amp;mple portfolio</source>
        <translation>&amp;Muat portofolio contoh</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Ekspor PD&amp;F…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>Ca&amp;dangan…</translation>
    </message>
    <message>
        <source>Chec&amp;k database…</source>
        <translation>Pe&amp;riksa basis data…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Pengaturan…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>K&amp;eluar</translation>
    </message>
    <message>
        <source>&amp;About RelationDesk</source>
        <translation>&amp;Tentang RelationDesk</translation>
    </message>
    <message>
        <source>Search customers, contacts, notes… (Ctrl+F)</source>
        <translation>Cari pelanggan, kontak, catatan… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Cari pelanggan</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Urungkan %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Ulangi %1</translation>
    </message>
    <message>
        <source>No customer matches your search</source>
        <translation>Tidak ada pelanggan yang cocok dengan pencarian Anda</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n pelanggan</numerusform>
        </translation>
    </message>
    <message>
        <source>About RelationDesk</source>
        <translation>Tentang RelationDesk</translation>
    </message>
    <message>
        <source>RelationDesk %1

The relationship desk for B2B salespeople: offline, private, in your language.

Database: %2</source>
        <translation>RelationDesk %1

Meja kerja hubungan pelanggan bagi tenaga penjualan B2B: tanpa internet, privat, dalam bahasa Anda.

Basis data: %2</translation>
    </message>
</context>
<context>
    <name>MeetingBrief</name>
    <message>
        <source>Meeting brief, prepared on %1</source>
        <translation>Persiapan pertemuan, disusun pada %1</translation>
    </message>
    <message>
        <source>Meeting brief: %1</source>
        <translation>Persiapan pertemuan: %1</translation>
    </message>
    <message>
        <source>%1 · meeting brief</source>
        <translation>%1 · persiapan pertemuan</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Halaman %1 dari %2</translation>
    </message>
    <message>
        <source>Worth remembering (personal)</source>
        <translation>Patut diingat (pribadi)</translation>
    </message>
    <message>
        <source>Their business</source>
        <translation>Bisnis mereka</translation>
    </message>
    <message>
        <source>Ask how these are going.</source>
        <translation>Tanyakan bagaimana perkembangannya.</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>dikonfirmasi</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>disarankan</translation>
    </message>
    <message>
        <source>Relationship: %1 (%2)</source>
        <translation>Hubungan: %1 (%2)</translation>
    </message>
    <message>
        <source>Relationship: not enough meetings yet to tell</source>
        <translation>Hubungan: pertemuan belum cukup untuk menilainya</translation>
    </message>
    <message>
        <source>Lifecycle: %1</source>
        <translation>Siklus hidup: %1</translation>
    </message>
    <message>
        <source>Showing %1 of %2.</source>
        <translation>Menampilkan %1 dari %2.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>No contacts yet.</source>
        <translation>Belum ada kontak.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Buying role</source>
        <translation>Peran pembelian</translation>
    </message>
    <message>
        <source>Last meetings and next steps</source>
        <translation>Pertemuan terakhir dan langkah selanjutnya</translation>
    </message>
    <message>
        <source>No meetings yet.</source>
        <translation>Belum ada pertemuan.</translation>
    </message>
    <message>
        <source>Next steps: %1</source>
        <translation>Langkah selanjutnya: %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>terlambat</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Tindak lanjut yang belum selesai</translation>
    </message>
    <message>
        <source>Open commitments</source>
        <translation>Komitmen yang belum dipenuhi</translation>
    </message>
    <message>
        <source>Nothing open.</source>
        <translation>Tidak ada yang tertunda.</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>jatuh tempo %1</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Unsaved meeting</source>
        <translation>Pertemuan belum disimpan</translation>
    </message>
    <message>
        <source>A meeting with %1 from %2 was not saved. Restore it?</source>
        <translation>Catatan pertemuan dengan %1 yang dibuat pada %2 belum disimpan. Pulihkan?</translation>
    </message>
    <message>
        <source>an unknown customer</source>
        <translation>pelanggan yang tidak diketahui</translation>
    </message>
    <message>
        <source>Discard meeting</source>
        <translation>Buang catatan pertemuan</translation>
    </message>
    <message>
        <source>Close without saving? What you typed will be lost.</source>
        <translation>Tutup tanpa menyimpan? Apa yang telah Anda ketik akan hilang.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Date and time, in your locale&apos;s format</source>
        <translation>Tanggal dan waktu, dalam format bahasa Anda</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Space ticks a person</source>
        <translation>Spasi mencentang seseorang</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Tanggal tindak lanjut</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Ubah pertemuan</translation>
    </message>
    <message>
        <source>Log meeting</source>
        <translation>Catat pertemuan</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Pelanggan:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Waktu:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Durasi:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>&amp;Tempat:</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>P&amp;eserta:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Ringkasan:</translation>
    </message>
    <message>
        <source>&amp;Next steps:</source>
        <translation>&amp;Langkah selanjutnya:</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>T&amp;indak lanjut:</translation>
    </message>
    <message>
        <source>Disclosures:</source>
        <translation>Pengungkapan:</translation>
    </message>
    <message>
        <source>Rate (optional):</source>
        <translation>Nilai (opsional):</translation>
    </message>
    <message>
        <source>Type a few letters of the customer</source>
        <translation>Ketik beberapa huruf nama pelanggan</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Kemarin</translation>
    </message>
    <message>
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>Kontak baru…</translation>
    </message>
    <message>
        <source>What happened, in a few lines</source>
        <translation>Apa yang terjadi, dalam beberapa baris</translation>
    </message>
    <message>
        <source>What was agreed, e.g. send the offer</source>
        <translation>Apa yang disepakati, mis. kirim penawaran</translation>
    </message>
    <message>
        <source>Remind me on</source>
        <translation>Ingatkan saya pada</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>kept</source>
        <translation>dipertahankan</translation>
    </message>
    <message>
        <source>merged into it, then deleted</source>
        <translation>digabungkan ke dalamnya, lalu dihapus</translation>
    </message>
    <message>
        <source>After merging, there is one record named “%1” with everything of both.</source>
        <translation>Setelah digabungkan, akan ada satu data bernama “%1” yang memuat semua isi keduanya.</translation>
    </message>
    <message>
        <source>%1: “%2” stays (“%3” is not kept).</source>
        <translation>%1: “%2” dipertahankan (“%3” tidak disimpan).</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”? Everything recorded about “%1” moves to “%2”, then “%1” is deleted. This cannot be undone.</source>
        <translation>Gabungkan “%1” ke dalam “%2”? Semua yang tercatat tentang “%1” dipindahkan ke “%2”, lalu “%1” dihapus. Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>Tidak digabungkan</translation>
    </message>
    <message>
        <source>One of the two records was deleted meanwhile, so nothing was merged.</source>
        <translation>Salah satu dari kedua data itu sudah dihapus selagi dialog ini terbuka, sehingga tidak ada yang digabungkan.</translation>
    </message>
</context>
<context>
    <name>OwnerFilter</name>
    <message>
        <source>Everyone&apos;s customers</source>
        <translation>Pelanggan semua orang</translation>
    </message>
    <message>
        <source>My customers</source>
        <translation>Pelanggan saya</translation>
    </message>
    <message>
        <source>%1&apos;s customers</source>
        <translation>Pelanggan %1</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Penanggung &amp;jawab:</translation>
    </message>
    <message>
        <source>&amp;Reassign…</source>
        <translation>&amp;Alihkan…</translation>
    </message>
    <message>
        <source>Give the selected customers to another member</source>
        <translation>Serahkan pelanggan yang dipilih kepada anggota lain</translation>
    </message>
    <message>
        <source>Reassign customers</source>
        <translation>Alihkan pelanggan</translation>
    </message>
    <message numerus="yes">
        <source>Give %n customer(s) to:</source>
        <translation>
            <numerusform>Serahkan %n pelanggan kepada:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Save PDF</source>
        <translation>Simpan PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>customer review</source>
        <translation>tinjauan pelanggan</translation>
    </message>
    <message>
        <source>meeting brief</source>
        <translation>persiapan pertemuan</translation>
    </message>
    <message>
        <source>portfolio review</source>
        <translation>tinjauan portofolio</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF tidak disimpan</translation>
    </message>
    <message>
        <source>This customer was deleted meanwhile: nothing was saved.</source>
        <translation>Pelanggan ini sudah dihapus selagi PDF dibuat: tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Ekspor PDF</translation>
    </message>
    <message>
        <source>Reading the portfolio…</source>
        <translation>Sedang membaca portofolio…</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Sedang membuat PDF…</translation>
    </message>
    <message>
        <source>PDF saved: %1</source>
        <translation>PDF disimpan: %1</translation>
    </message>
    <message>
        <source>PDF export cancelled: nothing was saved.</source>
        <translation>Ekspor PDF dibatalkan: tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>The PDF could not be made. Nothing was saved.</source>
        <translation>PDF tidak dapat dibuat. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>The PDF could not be saved as %1. Check that you may write to that folder and that the disk has room, then export again. An older file of that name is unchanged.</source>
        <translation>PDF tidak dapat disimpan sebagai %1. Pastikan Anda berhak menulis ke folder tersebut dan ruang disk masih cukup, lalu ekspor lagi. Berkas lama dengan nama yang sama tidak berubah.</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>Edit period</source>
        <translation>Ubah periode</translation>
    </message>
    <message>
        <source>New period</source>
        <translation>Periode baru</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>P&amp;eriode:</translation>
    </message>
    <message>
        <source>&amp;Revenue:</source>
        <translation>Pe&amp;ndapatan:</translation>
    </message>
    <message>
        <source>&amp;Customer care cost:</source>
        <translation>Biaya layanan &amp;pelanggan:</translation>
    </message>
    <message>
        <source>&amp;Assistance cost:</source>
        <translation>Biaya &amp;bantuan teknis:</translation>
    </message>
    <message>
        <source>O&amp;ther cost to serve:</source>
        <translation>Biaya melayani lainn&amp;ya:</translation>
    </message>
    <message>
        <source>&amp;Orders:</source>
        <translation>Pe&amp;sanan:</translation>
    </message>
    <message>
        <source>Product &amp;lines bought:</source>
        <translation>&amp;Lini produk yang dibeli:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>The time of the meetings logged in this period is added to the cost to serve, at the hourly rate set in Settings.</source>
        <translation>Waktu pertemuan yang tercatat dalam periode ini ditambahkan ke biaya melayani, dengan tarif per jam dari Pengaturan.</translation>
    </message>
    <message>
        <source>How many different product lines they bought: a wide range marks an account.</source>
        <translation>Berapa lini produk berbeda yang dibeli: beragam produk menandakan sebuah akun.</translation>
    </message>
</context>
<context>
    <name>PersonalDataDialog</name>
    <message>
        <source>Export personal data</source>
        <translation>Ekspor data pribadi</translation>
    </message>
    <message>
        <source>Everything held about %1 — the contact record, meetings attended, what they told us, recommendation answers and referrals — as a readable PDF and a JSON file, to answer an access request.</source>
        <translation>Semua data yang disimpan tentang %1 — data kontak, pertemuan yang dihadiri, apa yang diceritakannya kepada kami, jawaban rekomendasi, dan rujukan — sebagai PDF yang mudah dibaca dan berkas JSON, untuk menjawab permintaan akses data.</translation>
    </message>
    <message>
        <source>Include sensitive disclosure texts</source>
        <translation>Sertakan teks pengungkapan sensitif</translation>
    </message>
    <message>
        <source>An access request covers them too, but whoever gets the files can read them: send them only to the person.</source>
        <translation>Permintaan akses data juga mencakup teks tersebut, tetapi siapa pun yang menerima berkasnya dapat membacanya: kirimkan hanya kepada orang yang bersangkutan.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Tidak diekspor</translation>
    </message>
    <message>
        <source>This person was deleted meanwhile.</source>
        <translation>Data orang ini sudah dihapus sebelum ekspor selesai.</translation>
    </message>
    <message>
        <source>The files could not be written: %1. Choose another folder.</source>
        <translation>Berkas tidak dapat ditulis: %1. Pilih folder lain.</translation>
    </message>
</context>
<context>
    <name>PersonalDataReport</name>
    <message>
        <source>Personal data held about %1</source>
        <translation>Data pribadi yang disimpan tentang %1</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Tidak ada.</translation>
    </message>
    <message>
        <source>Everything this RelationDesk database holds about the person, to answer an access request. Exported on %1.</source>
        <translation>Semua data tentang orang ini yang disimpan dalam basis data RelationDesk ini, untuk menjawab permintaan akses data. Diekspor pada %1.</translation>
    </message>
    <message>
        <source>Contact record</source>
        <translation>Data kontak</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Perusahaan:</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Jabatan:</translation>
    </message>
    <message>
        <source>Buying role:</source>
        <translation>Peran pembelian:</translation>
    </message>
    <message>
        <source>Influence:</source>
        <translation>Pengaruh:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telepon:</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>Ponsel:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Bahasa:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Catatan:</translation>
    </message>
    <message>
        <source>Recorded on:</source>
        <translation>Dicatat pada:</translation>
    </message>
    <message>
        <source>Meetings attended</source>
        <translation>Pertemuan yang dihadiri</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Langkah selanjutnya</translation>
    </message>
    <message>
        <source>What the person told us</source>
        <translation>Yang diceritakan orang ini kepada kami</translation>
    </message>
    <message>
        <source>(sensitive: not included)</source>
        <translation>(sensitif: tidak disertakan)</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Ranah</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Kedalaman</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Yang disampaikan</translation>
    </message>
    <message>
        <source>Recommendation answers</source>
        <translation>Jawaban rekomendasi</translation>
    </message>
    <message>
        <source>Answer (0-10)</source>
        <translation>Jawaban (0-10)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Referrals made</source>
        <translation>Rujukan yang diberikan</translation>
    </message>
    <message>
        <source>Recommended us to</source>
        <translation>Merekomendasikan kami kepada</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Halaman %1 dari %2</translation>
    </message>
</context>
<context>
    <name>PortfolioReview</name>
    <message>
        <source>Q%1</source>
        <translation>K%1</translation>
    </message>
    <message>
        <source>Health %1</source>
        <translation>Kesehatan %1</translation>
    </message>
    <message>
        <source>Millions of %1</source>
        <translation>Juta %1</translation>
    </message>
    <message>
        <source>Thousands of %1</source>
        <translation>Ribu %1</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Pendapatan</translation>
    </message>
    <message>
        <source>Cost to serve</source>
        <translation>Biaya melayani</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Laba</translation>
    </message>
    <message>
        <source>Portfolio review</source>
        <translation>Tinjauan portofolio</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>No customers to show.</source>
        <translation>Tidak ada pelanggan untuk ditampilkan.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Halaman %1 dari %2</translation>
    </message>
    <message>
        <source>Prepared by %1 on %2</source>
        <translation>Disusun oleh %1 pada %2</translation>
    </message>
    <message>
        <source>Prepared on %1</source>
        <translation>Disusun pada %1</translation>
    </message>
    <message>
        <source>Selection: %1 of the %2 customers</source>
        <translation>Pilihan: %1 dari %2 pelanggan</translation>
    </message>
    <message>
        <source>lifecycle stage %1</source>
        <translation>tahap siklus hidup %1</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>Skor rekomendasi (NPS)</translation>
    </message>
    <message>
        <source>Average health</source>
        <translation>Kesehatan rata-rata</translation>
    </message>
    <message>
        <source>%1 out of 100</source>
        <translation>%1 dari 100</translation>
    </message>
    <message>
        <source>Client as master</source>
        <translation>Pelanggan sebagai majikan</translation>
    </message>
    <message>
        <source>Disengage candidates</source>
        <translation>Kandidat untuk dilepas</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Tindak lanjut terlambat</translation>
    </message>
    <message>
        <source>Gone quiet</source>
        <translation>Hubungan yang sepi</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Angka utama</translation>
    </message>
    <message>
        <source>No customers.</source>
        <translation>Tidak ada pelanggan.</translation>
    </message>
    <message>
        <source>Customers per relationship stage</source>
        <translation>Pelanggan per tahap hubungan</translation>
    </message>
    <message>
        <source>Lifecycle funnel</source>
        <translation>Corong siklus hidup</translation>
    </message>
    <message>
        <source>Net Promoter Score per quarter</source>
        <translation>Skor rekomendasi (NPS) per kuartal</translation>
    </message>
    <message>
        <source>No recommendation answers in these quarters.</source>
        <translation>Tidak ada jawaban rekomendasi pada kuartal-kuartal ini.</translation>
    </message>
    <message>
        <source>Average principle scores</source>
        <translation>Skor rata-rata prinsip</translation>
    </message>
    <message>
        <source>No principle scores yet.</source>
        <translation>Belum ada skor prinsip.</translation>
    </message>
    <message>
        <source>Revenue, cost to serve and profit per lifecycle stage, last 12 months</source>
        <translation>Pendapatan, biaya melayani, dan laba per tahap siklus hidup, 12 bulan terakhir</translation>
    </message>
    <message>
        <source>No revenue or costs recorded in the last 12 months.</source>
        <translation>Tidak ada pendapatan atau biaya yang dicatat dalam 12 bulan terakhir.</translation>
    </message>
    <message>
        <source>In %1, the currency most of these customers are billed in; the %2 customers billed in other currencies are not in this chart (amounts of different currencies do not add up).</source>
        <translation>Dalam %1, mata uang yang dipakai untuk menagih sebagian besar pelanggan ini; %2 pelanggan yang ditagih dalam mata uang lain tidak dimasukkan ke grafik ini (jumlah dalam mata uang yang berbeda tidak dapat dijumlahkan).</translation>
    </message>
    <message>
        <source>In %1.</source>
        <translation>Dalam %1.</translation>
    </message>
    <message>
        <source>Sorted by name.</source>
        <translation>Diurutkan menurut nama.</translation>
    </message>
    <message>
        <source>Sorted by health, highest first.</source>
        <translation>Diurutkan menurut kesehatan, dari yang tertinggi.</translation>
    </message>
    <message>
        <source>Sorted by revenue of the last 12 months, highest first, currency by currency.</source>
        <translation>Diurutkan menurut pendapatan 12 bulan terakhir, dari yang tertinggi, per mata uang.</translation>
    </message>
    <message>
        <source>Sorted by profit of the last 12 months, highest first, currency by currency.</source>
        <translation>Diurutkan menurut laba 12 bulan terakhir, dari yang tertinggi, per mata uang.</translation>
    </message>
    <message>
        <source>Sorted by NPS, highest first.</source>
        <translation>Diurutkan menurut NPS, dari yang tertinggi.</translation>
    </message>
    <message>
        <source>Sorted by lifecycle stage, from sponsor-champions down to prospects, former customers last.</source>
        <translation>Diurutkan menurut tahap siklus hidup, dari sponsor-pembela hingga prospek, dengan mantan pelanggan di urutan terakhir.</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Bisnis</translation>
    </message>
    <message>
        <source>Collaborative</source>
        <translation>Kolaboratif</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Pribadi</translation>
    </message>
    <message>
        <source>master</source>
        <translation>majikan</translation>
    </message>
    <message>
        <source>disengage</source>
        <translation>lepas</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>terlambat</translation>
    </message>
    <message>
        <source>quiet</source>
        <translation>sepi</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Siklus hidup</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Kesehatan</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Cur.</source>
        <translation>MU</translation>
    </message>
    <message>
        <source>Revenue 12 m</source>
        <translation>Pendapatan 12 bln</translation>
    </message>
    <message>
        <source>Profit 12 m</source>
        <translation>Laba 12 bln</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Tanda</translation>
    </message>
    <message>
        <source>no meeting for %1 days</source>
        <translation>tidak ada pertemuan selama %1 hari</translation>
    </message>
    <message>
        <source>the client acts as a master</source>
        <translation>pelanggan bertindak sebagai majikan</translation>
    </message>
    <message>
        <source>a candidate to disengage from</source>
        <translation>kandidat untuk dilepas</translation>
    </message>
    <message>
        <source>a follow-up is overdue</source>
        <translation>ada tindak lanjut yang terlambat</translation>
    </message>
    <message>
        <source>Health and the five principle scores (%1), out of 100.</source>
        <translation>Kesehatan dan skor kelima prinsip (%1), dalam skala 100.</translation>
    </message>
    <message>
        <source>NPS from each contact&apos;s latest answer of the last 12 months.</source>
        <translation>NPS dari jawaban terakhir setiap kontak dalam 12 bulan terakhir.</translation>
    </message>
    <message>
        <source>Revenue and profit of the last 12 months, in each customer&apos;s own currency (Cur.).</source>
        <translation>Pendapatan dan laba 12 bulan terakhir, dalam mata uang masing-masing pelanggan (MU).</translation>
    </message>
    <message>
        <source>Flags: %1.</source>
        <translation>Tanda: %1.</translation>
    </message>
</context>
<context>
    <name>PrincipleCharts</name>
    <message>
        <source>Not enough evidence yet.</source>
        <translation>Bukti belum cukup.</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Kesehatan</translation>
    </message>
</context>
<context>
    <name>PrinciplesPanel</name>
    <message>
        <source>Relationship health: not enough evidence yet</source>
        <translation>Kesehatan hubungan: bukti belum cukup</translation>
    </message>
    <message>
        <source>Relationship health: %1</source>
        <translation>Kesehatan hubungan: %1</translation>
    </message>
    <message>
        <source>Client as master</source>
        <translation>Pelanggan sebagai majikan</translation>
    </message>
    <message>
        <source>%1 of our concessions were never returned, and the customer made %2 power play(s): %3 one-sided demand(s), %4 risk(s) shifted onto us.</source>
        <translation>%1 konsesi kami tidak pernah dibalas, dan pelanggan melakukan %2 kali unjuk kekuatan: %3 tuntutan sepihak, %4 risiko dialihkan kepada kami.</translation>
    </message>
    <message>
        <source>Our client, our partner: work together as equals, give a correct and realistic view of your services, listen to their needs and adapt only when a change is realistic and an improvement. A customer who cannot work as an equal may be lost, and that is acceptable.</source>
        <translation>Pelanggan, mitra kami: bekerja samalah sebagai mitra yang setara, berikan gambaran yang benar dan realistis tentang layanan Anda, dengarkan kebutuhan mereka, dan lakukan penyesuaian hanya jika perubahan itu realistis dan benar-benar merupakan perbaikan. Pelanggan yang tidak dapat bekerja sama secara setara mungkin akan hilang, dan itu dapat diterima.</translation>
    </message>
    <message>
        <source>Principle scores</source>
        <translation>Skor prinsip</translation>
    </message>
    <message>
        <source>Select a principle to see why</source>
        <translation>Pilih prinsip untuk melihat alasannya</translation>
    </message>
    <message>
        <source>Why this score</source>
        <translation>Mengapa skor ini</translation>
    </message>
    <message numerus="yes">
        <source>(was %1, %n day(s) ago)</source>
        <translation>
            <numerusform>(%n hari lalu: %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only one set of ratings so far for %1: %2.</source>
        <translation>Baru ada satu set penilaian untuk %1: %2.</translation>
    </message>
    <message>
        <source>Only your ratings so far, from one meeting: %1. One set of ratings weighs too little on its own.</source>
        <translation>Sejauh ini hanya penilaian Anda, dari satu pertemuan: %1. Satu set penilaian saja bobotnya terlalu kecil.</translation>
    </message>
    <message>
        <source>Not enough evidence yet: rate this principle after a meeting, or record what each side gives and promises.</source>
        <translation>Bukti belum cukup: beri nilai untuk prinsip ini setelah pertemuan, atau catat apa yang diberikan dan dijanjikan setiap pihak.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Pengaruh</translation>
    </message>
</context>
<context>
    <name>RatingsRow</name>
    <message>
        <source>Why, in a few words (optional)</source>
        <translation>Alasannya, singkat saja (opsional)</translation>
    </message>
    <message>
        <source>Why these ratings</source>
        <translation>Alasan penilaian ini</translation>
    </message>
    <message>
        <source>How this meeting showed %1, from 1 (poor) to 5 (excellent); — skips it.</source>
        <translation>Seberapa baik pertemuan ini menunjukkan %1, dari 1 (buruk) hingga 5 (sangat baik); — berarti dilewati.</translation>
    </message>
    <message>
        <source>Rating: %1</source>
        <translation>Nilai: %1</translation>
    </message>
</context>
<context>
    <name>ReachOutList</name>
    <message numerus="yes">
        <source>%n drifting apart</source>
        <translation>
            <numerusform>%n mulai renggang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past their stay-in-touch interval</source>
        <translation>
            <numerusform>%n melewati jeda kontak</numerusform>
        </translation>
    </message>
    <message>
        <source>Reach out</source>
        <translation>Perlu dihubungi</translation>
    </message>
    <message>
        <source>Customers drifting apart or past their stay-in-touch interval</source>
        <translation>Pelanggan yang hubungannya mulai renggang atau melewati jeda kontaknya</translation>
    </message>
    <message>
        <source>Everyone is within their stay-in-touch interval.</source>
        <translation>Semua pelanggan masih dalam jeda kontaknya.</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open the customer</source>
        <translation>Tekan Enter atau klik dua kali untuk membuka pelanggan</translation>
    </message>
</context>
<context>
    <name>ReachOutModel</name>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Last meeting</source>
        <translation>Pertemuan terakhir</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Drifting apart</source>
        <translation>Mulai renggang</translation>
    </message>
</context>
<context>
    <name>RecommendationDialog</name>
    <message>
        <source>Record recommendation answer</source>
        <translation>Catat jawaban rekomendasi</translation>
    </message>
    <message>
        <source>“How likely are you to recommend us to a friend or partner?”</source>
        <translation>“Seberapa besar kemungkinan Anda merekomendasikan kami kepada teman atau mitra?”</translation>
    </message>
    <message>
        <source>&amp;Who answered:</source>
        <translation>&amp;Siapa yang menjawab:</translation>
    </message>
    <message>
        <source>&amp;Answer (0-10):</source>
        <translation>&amp;Jawaban (0-10):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>What they said, in their words</source>
        <translation>Apa yang mereka katakan, dengan kata-kata mereka</translation>
    </message>
</context>
<context>
    <name>RecommendationModel</name>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>“%1” is not a customer yet: it will be added as a new prospect.</source>
        <translation>“%1” belum menjadi pelanggan: akan ditambahkan sebagai prospek baru.</translation>
    </message>
    <message>
        <source>Record referral</source>
        <translation>Catat rujukan</translation>
    </message>
    <message>
        <source>Recommended us &amp;to:</source>
        <translation>Merekomendasikan kami &amp;kepada:</translation>
    </message>
    <message>
        <source>Recommended &amp;by:</source>
        <translation>Direkomendasikan &amp;oleh:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>Type a customer&apos;s name, or the name of a new company</source>
        <translation>Ketik nama pelanggan, atau nama perusahaan baru</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(tidak diketahui)</translation>
    </message>
    <message>
        <source>e.g. met at the Hannover fair</source>
        <translation>mis. bertemu di pameran Hannover</translation>
    </message>
    <message>
        <source>Referred by %1</source>
        <translation>Direkomendasikan oleh %1</translation>
    </message>
</context>
<context>
    <name>ReferralModel</name>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Arah</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Recommended by</source>
        <translation>Direkomendasikan oleh</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Recommended us to</source>
        <translation>Merekomendasikan kami kepada</translation>
    </message>
    <message>
        <source>Came to us through</source>
        <translation>Datang melalui</translation>
    </message>
</context>
<context>
    <name>RelationshipPanel</name>
    <message>
        <source>not confirmed yet</source>
        <translation>belum dikonfirmasi</translation>
    </message>
    <message>
        <source>%1: %2 (suggested: %3)</source>
        <translation>%1: %2 (disarankan: %3)</translation>
    </message>
    <message>
        <source>last meeting %1</source>
        <translation>pertemuan terakhir %1</translation>
    </message>
    <message>
        <source>Follow-up overdue since %1</source>
        <translation>Tindak lanjut terlambat sejak %1</translation>
    </message>
    <message>
        <source>Meet every %1 days at best, %2 days at most.</source>
        <translation>Idealnya bertemu setiap %1 hari, paling lama setiap %2 hari.</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Bisnis</translation>
    </message>
    <message>
        <source>Personal life</source>
        <translation>Kehidupan pribadi</translation>
    </message>
    <message>
        <source>%1: nothing disclosed</source>
        <translation>%1: belum ada yang diungkapkan</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>kedua belah pihak</translation>
    </message>
    <message>
        <source>one side only</source>
        <translation>satu pihak saja</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n topic(s), %2 depth reached by %3</source>
        <translation>
            <numerusform>%1: %n topik, kedalaman %2 dicapai oleh %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the last %n day(s): </source>
        <translation>
            <numerusform>Dalam %n hari terakhir: </numerusform>
        </translation>
    </message>
    <message>
        <source>Kept professional by choice: personal topics are not expected.</source>
        <translation>Sengaja dijaga tetap profesional: topik pribadi tidak diharapkan.</translation>
    </message>
    <message>
        <source>The exchange is one-sided: both sides should open up.</source>
        <translation>Pertukarannya berat sebelah: kedua belah pihak perlu sama-sama terbuka.</translation>
    </message>
    <message>
        <source>meetings fell from %1 to %2 a month</source>
        <translation>frekuensi pertemuan turun dari %1 menjadi %2 per bulan</translation>
    </message>
    <message>
        <source>what the customer shares is getting shallower</source>
        <translation>yang diceritakan pelanggan makin dangkal</translation>
    </message>
    <message>
        <source>Drifting apart: %1. Plan a meeting soon.</source>
        <translation>Hubungan mulai renggang: %1. Segera rencanakan pertemuan.</translation>
    </message>
    <message>
        <source>stage confirmed</source>
        <translation>tahap dikonfirmasi</translation>
    </message>
    <message>
        <source>Stay in touch with this customer every</source>
        <translation>Tetap terhubung dengan pelanggan ini setiap</translation>
    </message>
    <message>
        <source>Days between meetings; 0 uses the default interval</source>
        <translation>Hari di antara pertemuan; 0 memakai jeda bawaan</translation>
    </message>
    <message>
        <source>Suggested stage:</source>
        <translation>Tahap yang disarankan:</translation>
    </message>
    <message>
        <source>Confirmed stage:</source>
        <translation>Tahap yang dikonfirmasi:</translation>
    </message>
    <message>
        <source>Stay in touch:</source>
        <translation>Tetap berhubungan:</translation>
    </message>
    <message>
        <source>Boundary:</source>
        <translation>Batasan:</translation>
    </message>
    <message>
        <source>Confirm stage</source>
        <translation>Konfirmasi tahap</translation>
    </message>
    <message>
        <source>Keep it professional (no personal topics)</source>
        <translation>Tetap profesional (tanpa topik pribadi)</translation>
    </message>
    <message>
        <source>default interval</source>
        <translation>interval bawaan</translation>
    </message>
    <message>
        <source>every </source>
        <translation>setiap </translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule follow-up</source>
        <translation>Jadwalkan ulang tindak lanjut</translation>
    </message>
    <message>
        <source>New due date for “%1”:</source>
        <translation>Tanggal jatuh tempo baru untuk “%1”:</translation>
    </message>
</context>
<context>
    <name>Rescoring</name>
    <message>
        <source>Scores not updated</source>
        <translation>Skor tidak diperbarui</translation>
    </message>
    <message>
        <source>Some customers&apos; scores could not be recomputed with the new settings. Change a setting again to retry.</source>
        <translation>Skor beberapa pelanggan tidak dapat dihitung ulang dengan pengaturan baru. Ubah pengaturan sekali lagi untuk mencoba kembali.</translation>
    </message>
    <message>
        <source>Updating scores</source>
        <translation>Memperbarui skor</translation>
    </message>
    <message>
        <source>Recomputing every customer&apos;s scores…</source>
        <translation>Menghitung ulang skor semua pelanggan…</translation>
    </message>
</context>
<context>
    <name>ScoreTableModel</name>
    <message>
        <source>Principle</source>
        <translation>Prinsip</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <source>not enough yet</source>
        <translation>belum cukup</translation>
    </message>
    <message>
        <source>little</source>
        <translation>sedikit</translation>
    </message>
    <message>
        <source>some</source>
        <translation>sedang</translation>
    </message>
    <message>
        <source>plenty</source>
        <translation>banyak</translation>
    </message>
</context>
<context>
    <name>SectionList</name>
    <message>
        <source>Customer section: %1</source>
        <translation>Bagian pelanggan: %1</translation>
    </message>
    <message>
        <source>Next customer section</source>
        <translation>Bagian pelanggan berikutnya</translation>
    </message>
    <message>
        <source>Previous customer section</source>
        <translation>Bagian pelanggan sebelumnya</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Umum</translation>
    </message>
    <message>
        <source>S&amp;cores</source>
        <translation>S&amp;kor</translation>
    </message>
    <message>
        <source>&amp;Economics</source>
        <translation>&amp;Ekonomi</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Nama Anda:</translation>
    </message>
    <message>
        <source>Printed as “Prepared by” on the PDF reports</source>
        <translation>Dicetak sebagai “Disusun oleh” pada laporan PDF</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Folder data:</translation>
    </message>
    <message>
        <source>Evidence &amp;half-life:</source>
        <translation>Waktu &amp;paruh bukti:</translation>
    </message>
    <message>
        <source>After this many days a rating or an entry counts half as much.</source>
        <translation>Setelah sekian hari, sebuah penilaian atau catatan hanya dihitung separuhnya.</translation>
    </message>
    <message>
        <source>Weight in the health:</source>
        <translation>Bobot dalam kesehatan hubungan:</translation>
    </message>
    <message>
        <source>&amp;Stay in touch every:</source>
        <translation>&amp;Tetap berhubungan setiap:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>Automatic &amp;backups at most every:</source>
        <translation>&amp;Cadangan otomatis paling sering setiap:</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> jam</translation>
    </message>
    <message>
        <source>A backup is made at start-up and on exit if this much time has passed.</source>
        <translation>Cadangan dibuat saat aplikasi dibuka dan ditutup jika waktu ini sudah berlalu.</translation>
    </message>
    <message>
        <source>The ideal time between meetings; twice as long turns a customer red.</source>
        <translation>Jeda ideal antarpertemuan; jika sudah dua kali lipat, pelanggan ditandai merah.</translation>
    </message>
</context>
<context>
    <name>TeamDirectory</name>
    <message>
        <source>A colleague&apos;s customer</source>
        <translation>Pelanggan rekan kerja</translation>
    </message>
    <message>
        <source>“%1” is %2&apos;s customer. Ask them before prospecting it. Save it as yours anyway?</source>
        <translation>“%1” adalah pelanggan %2. Tanyakan kepadanya sebelum mendekatinya. Tetap simpan sebagai milik Anda?</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Fill in the server, your user and your password.</source>
        <translation>Isi server, pengguna, dan kata sandi Anda.</translation>
    </message>
    <message>
        <source>The new password and its repetition differ.</source>
        <translation>Kata sandi baru dan pengulangannya berbeda.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a new password of at least %n character(s).</source>
        <translation>
            <numerusform>Pilih kata sandi baru minimal %n karakter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Joining the team and syncing…</source>
        <translation>Bergabung dengan tim dan menyinkronkan…</translation>
    </message>
    <message>
        <source>The team server cannot be reached: check its address and your connection. Nothing was changed.</source>
        <translation>Server tim tidak dapat dijangkau: periksa alamatnya dan koneksi Anda. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Wrong user or password. Nothing was changed.</source>
        <translation>Pengguna atau kata sandi salah. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Could not join the team: %1</source>
        <translation>Tidak dapat bergabung dengan tim: %1</translation>
    </message>
    <message>
        <source>This laptop stops syncing and keeps a copy of the customers you own; your colleagues&apos; customers are removed from it.</source>
        <translation>Laptop ini berhenti menyinkronkan dan menyimpan salinan pelanggan milik Anda; pelanggan rekan kerja Anda dihapus darinya.</translation>
    </message>
    <message>
        <source>This laptop stops syncing and every customer of the team is removed from it, yours included (they stay on the team server).</source>
        <translation>Laptop ini berhenti menyinkronkan dan semua pelanggan tim dihapus darinya, termasuk milik Anda (tetap ada di server tim).</translation>
    </message>
    <message>
        <source>Leave the team</source>
        <translation>Keluar dari tim</translation>
    </message>
    <message>
        <source>Changes not synced yet are not sent. Leave the team?</source>
        <translation>Perubahan yang belum disinkronkan tidak dikirim. Keluar dari tim?</translation>
    </message>
    <message>
        <source>Leaving the team…</source>
        <translation>Keluar dari tim…</translation>
    </message>
    <message>
        <source>Could not leave the team: %1</source>
        <translation>Tidak dapat keluar dari tim: %1</translation>
    </message>
    <message>
        <source>Join your team to share customers with your colleagues. Your administrator gives you the server, your user and a password; the password is kept in the system keychain.</source>
        <translation>Bergabunglah dengan tim Anda untuk berbagi pelanggan dengan rekan kerja. Administrator memberi Anda server, pengguna, dan kata sandi; kata sandi disimpan di gantungan kunci sistem.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Pengguna:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>The one-time password from your administrator, or your own on a second laptop</source>
        <translation>Kata sandi sekali pakai dari administrator Anda, atau kata sandi Anda sendiri di laptop kedua</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Kata sandi &amp;baru:</translation>
    </message>
    <message>
        <source>Replaces the one-time password (leave empty on a second laptop)</source>
        <translation>Menggantikan kata sandi sekali pakai (biarkan kosong di laptop kedua)</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Ulangi:</translation>
    </message>
    <message>
        <source>&amp;Join the team</source>
        <translation>&amp;Bergabung dengan tim</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>manajer</translation>
    </message>
    <message>
        <source>salesperson</source>
        <translation>tenaga penjual</translation>
    </message>
    <message>
        <source>You are %1 (%2) in the team %3.
Server: %4</source>
        <translation>Anda adalah %1 (%2) di tim %3.
Server: %4</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Konflik…</translation>
    </message>
    <message>
        <source>&amp;Keep a copy of the customers I own on this laptop</source>
        <translation>&amp;Simpan salinan pelanggan milik saya di laptop ini</translation>
    </message>
    <message>
        <source>Keep &amp;nothing of the team on this laptop</source>
        <translation>&amp;Jangan simpan apa pun dari tim di laptop ini</translation>
    </message>
    <message>
        <source>&amp;Leave the team…</source>
        <translation>&amp;Keluar dari tim…</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Tim</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>Sync with the team now (F5)</source>
        <translation>Sinkronkan dengan tim sekarang (F5)</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Menyinkronkan…</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Offline sejak %1</translation>
    </message>
    <message>
        <source>Cannot sync: %1</source>
        <translation>Tidak dapat menyinkronkan: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n perubahan menunggu</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Baru saja disinkronkan</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n minute(s) ago</source>
        <translation>
            <numerusform>Disinkronkan %n menit lalu</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Belum disinkronkan</translation>
    </message>
    <message numerus="yes">
        <source>The sync kept %n value(s) that lost to a later edit: see Settings ▸ Team ▸ Conflicts</source>
        <translation>
            <numerusform>Sinkronisasi menyimpan %n nilai yang kalah oleh perubahan yang lebih baru: lihat Pengaturan ▸ Tim ▸ Konflik</numerusform>
        </translation>
    </message>
    <message>
        <source>wrong password; join again in Settings ▸ Team</source>
        <translation>kata sandi salah; bergabung lagi di Pengaturan ▸ Tim</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>When / what</source>
        <translation>Kapan / apa</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Kedalaman</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Next steps: %1</source>
        <translation>Langkah selanjutnya: %1</translation>
    </message>
    <message>
        <source>Attendees: %1</source>
        <translation>Peserta: %1</translation>
    </message>
    <message>
        <source>Sensitive: click to show</source>
        <translation>Sensitif: klik untuk menampilkan</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message numerus="yes">
        <source>%1 of %n meeting(s)</source>
        <translation>
            <numerusform>%1 dari %n pertemuan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n pertemuan</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linimasa</translation>
    </message>
    <message>
        <source>Meetings, newest first; open one to see what each side disclosed</source>
        <translation>Pertemuan, terbaru lebih dulu; buka satu untuk melihat apa yang diungkapkan tiap pihak</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Semua ranah</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Kedua belah pihak</translation>
    </message>
    <message>
        <source>All depths</source>
        <translation>Semua kedalaman</translation>
    </message>
    <message>
        <source>Filter by domain</source>
        <translation>Saring menurut ranah</translation>
    </message>
    <message>
        <source>Filter by side</source>
        <translation>Saring menurut pihak</translation>
    </message>
    <message>
        <source>Filter by depth</source>
        <translation>Saring menurut kedalaman</translation>
    </message>
    <message>
        <source>No meetings logged yet. Press Ctrl+M to log one.</source>
        <translation>Belum ada pertemuan yang dicatat. Tekan Ctrl+M untuk mencatat pertemuan.</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n terlambat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due today</source>
        <translation>
            <numerusform>%n jatuh tempo hari ini</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” done</source>
        <translation>“%1” selesai</translation>
    </message>
    <message>
        <source>“%1” moved</source>
        <translation>“%1” dipindahkan</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Tindak lanjut yang jatuh tempo</translation>
    </message>
    <message>
        <source>Overdue first; Ctrl+D marks one done, Enter opens the customer</source>
        <translation>Yang terlambat lebih dulu; Ctrl+D menandai selesai, Enter membuka pelanggan</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Nothing due today. Well done!</source>
        <translation>Tidak ada yang jatuh tempo hari ini. Kerja bagus!</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Today: mark the follow-up done</source>
        <translation>Hari ini: tandai tindak lanjut selesai</translation>
    </message>
    <message>
        <source>Mark the follow-up done (%1)</source>
        <translation>Tandai tindak lanjut sebagai selesai (%1)</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Besok</translation>
    </message>
    <message>
        <source>Move the follow-up to tomorrow</source>
        <translation>Pindahkan tindak lanjut ke besok</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Minggu depan</translation>
    </message>
    <message>
        <source>Move the follow-up one week ahead</source>
        <translation>Pindahkan tindak lanjut satu minggu ke depan</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Jadwalkan ulang…</translation>
    </message>
    <message>
        <source>Choose a new due date</source>
        <translation>Pilih tanggal jatuh tempo baru</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Buka pelanggan</translation>
    </message>
</context>
<context>
    <name>VCardImportDialog</name>
    <message numerus="yes">
        <source>%1: %n cards read.</source>
        <translation>
            <numerusform>%1: %n kartu dibaca.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contacts</source>
        <translation>
            <numerusform>%n kontak baru</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n sudah ada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out because of a problem</source>
        <translation>
            <numerusform>%n diabaikan karena bermasalah</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new customers: %1</source>
        <translation>
            <numerusform>%n pelanggan baru: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is written until you choose Import.</source>
        <translation>Tidak ada yang ditulis sebelum Anda memilih Impor.</translation>
    </message>
    <message>
        <source>Import contacts from vCard</source>
        <translation>Impor kontak dari vCard</translation>
    </message>
    <message>
        <source>Cards without a &amp;company go to:</source>
        <translation>Kartu tanpa &amp;perusahaan dimasukkan ke:</translation>
    </message>
    <message>
        <source>Choose a customer (optional)</source>
        <translation>Pilih pelanggan (opsional)</translation>
    </message>
    <message>
        <source>People already &amp;there:</source>
        <translation>Orang yang &amp;sudah ada:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
</context>
<context>
    <name>VCardPlanModel</name>
    <message>
        <source>Card</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Hasil impor</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (baru)</translation>
    </message>
    <message>
        <source>Already there: %1</source>
        <translation>Sudah ada: %1</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Kontak baru</translation>
    </message>
</context>
<context>
    <name>VCardTexts</name>
    <message>
        <source>The file is larger than 50 MB: that is not an address book. Check that you chose the right file.</source>
        <translation>Berkas lebih besar dari 50 MB: ini bukan buku alamat. Pastikan Anda memilih berkas yang benar.</translation>
    </message>
    <message>
        <source>Line %1 is not UTF-8 text: the file is in another encoding, or is not a vCard file at all. Export the contacts again as vCard (UTF-8).</source>
        <translation>Baris %1 bukan teks UTF-8: berkas ini memakai pengodean karakter lain, atau sama sekali bukan berkas vCard. Ekspor ulang kontaknya sebagai vCard (UTF-8).</translation>
    </message>
    <message>
        <source>Card %2, which begins on line %1, has no END:VCARD: the file may have been cut short. Export the contacts again.</source>
        <translation>Kartu %2, yang dimulai di baris %1, tidak memiliki END:VCARD: berkas mungkin terpotong. Ekspor ulang kontaknya.</translation>
    </message>
    <message>
        <source>Line %1 ends a card that was never begun (END without BEGIN:VCARD).</source>
        <translation>Baris %1 mengakhiri kartu yang tidak pernah dimulai (END tanpa BEGIN:VCARD).</translation>
    </message>
    <message>
        <source>Line %1 (card %2) is not a vCard line such as FN:Name. Check that line in a text editor, or export the contacts again.</source>
        <translation>Baris %1 (kartu %2) bukan baris vCard seperti FN:Nama. Periksa baris tersebut di editor teks, atau ekspor ulang kontaknya.</translation>
    </message>
    <message>
        <source>Line %1 is not part of a vCard (BEGIN:VCARD expected): this is not a vCard file. Choose a .vcf file exported from a phone or address book.</source>
        <translation>Baris %1 bukan bagian dari vCard (seharusnya BEGIN:VCARD): ini bukan berkas vCard. Pilih berkas .vcf yang diekspor dari ponsel atau buku alamat.</translation>
    </message>
    <message>
        <source>The file holds no contact card.</source>
        <translation>Berkas tidak berisi kartu kontak.</translation>
    </message>
    <message>
        <source>Card %2 (line %1) holds a damaged value (a photo, perhaps). Remove that value from the address book or export the contacts again.</source>
        <translation>Kartu %2 (baris %1) berisi nilai yang rusak (mungkin foto). Hapus nilai tersebut di buku alamat atau ekspor ulang kontaknya.</translation>
    </message>
    <message>
        <source>The file cannot be read. Check that it exists and that you may open it.</source>
        <translation>Berkas tidak dapat dibaca. Pastikan berkas itu ada dan Anda berhak membukanya.</translation>
    </message>
    <message>
        <source>No company (ORG): choose below the customer for such cards.</source>
        <translation>Tanpa perusahaan (ORG): pilih pelanggan untuk kartu seperti ini di bagian bawah.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Ponsel</translation>
    </message>
    <message>
        <source>Company (ORG)</source>
        <translation>Perusahaan (ORG)</translation>
    </message>
    <message>
        <source>Skip them: keep what is there</source>
        <translation>Lewati: pertahankan data yang sudah ada</translation>
    </message>
    <message>
        <source>Merge: fill in what is missing, add the notes</source>
        <translation>Gabungkan: lengkapi yang kosong, tambahkan catatannya</translation>
    </message>
    <message>
        <source>Create them as new contacts all the same</source>
        <translation>Tetap buat sebagai kontak baru</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>this field is required.</source>
        <translation>kolom ini wajib diisi.</translation>
    </message>
    <message>
        <source>this contains a line break or an invisible control character: type it on one line, with letters, digits and punctuation only.</source>
        <translation>isian ini berisi pemisah baris atau karakter kontrol yang tidak terlihat: ketikkan dalam satu baris, hanya dengan huruf, angka, dan tanda baca.</translation>
    </message>
    <message>
        <source>this is too long (at most %1 characters).</source>
        <translation>isian ini terlalu panjang (maksimal %1 karakter).</translation>
    </message>
    <message>
        <source>this is not a valid e-mail address, such as name@company.com.</source>
        <translation>ini bukan alamat email yang valid; gunakan format seperti nama@perusahaan.co.id.</translation>
    </message>
    <message>
        <source>this is not a valid phone number: use digits, spaces and an optional leading +, such as +40 268 123 456.</source>
        <translation>ini bukan nomor telepon yang valid: gunakan angka, spasi, dan tanda + di awal (opsional), misalnya +62 21 1234 5678.</translation>
    </message>
    <message>
        <source>choose a country from the list, or a two-letter code such as RO.</source>
        <translation>pilih negara dari daftar, atau ketik kode dua huruf seperti ID.</translation>
    </message>
    <message>
        <source>a meeting cannot end before it starts.</source>
        <translation>pertemuan tidak dapat berakhir sebelum dimulai.</translation>
    </message>
    <message>
        <source>choose the customer you met: type a few letters of the name.</source>
        <translation>pilih pelanggan yang Anda temui: ketik beberapa huruf namanya.</translation>
    </message>
    <message>
        <source>an attendee is not one of this customer&apos;s people any more.</source>
        <translation>salah satu peserta tidak lagi termasuk orang dari pelanggan ini.</translation>
    </message>
    <message>
        <source>the follow-up cannot be due before the meeting.</source>
        <translation>tindak lanjut tidak dapat jatuh tempo sebelum pertemuan.</translation>
    </message>
    <message>
        <source>a rating goes from 1 to 5.</source>
        <translation>penilaian berkisar dari 1 sampai 5.</translation>
    </message>
    <message>
        <source>a value cannot be negative: leave it empty if it is not known.</source>
        <translation>nilai tidak boleh negatif: kosongkan jika tidak diketahui.</translation>
    </message>
    <message>
        <source>what returned it must be an entry of this customer&apos;s, given by the other side.</source>
        <translation>entri yang membalasnya harus entri milik pelanggan ini yang diberikan oleh pihak lain.</translation>
    </message>
    <message>
        <source>an answer goes from 0 to 10.</source>
        <translation>jawaban bernilai 0 sampai 10.</translation>
    </message>
    <message>
        <source>this period overlaps one already recorded for this customer: edit that one instead.</source>
        <translation>periode ini tumpang tindih dengan periode yang sudah tercatat untuk pelanggan ini: ubah periode itu saja.</translation>
    </message>
    <message>
        <source>an amount cannot be negative.</source>
        <translation>jumlah tidak boleh negatif.</translation>
    </message>
    <message>
        <source>this is not a currency code: use three letters such as EUR or RON.</source>
        <translation>ini bukan kode mata uang: gunakan tiga huruf seperti IDR atau EUR.</translation>
    </message>
    <message>
        <source>this date is in the future.</source>
        <translation>tanggal ini ada di masa depan.</translation>
    </message>
    <message>
        <source>this is not an amount: type digits, such as 1250 or 1250.50.</source>
        <translation>ini bukan jumlah: ketik angka, seperti 1250 atau 1250,50.</translation>
    </message>
    <message>
        <source>choose one of this customer&apos;s people.</source>
        <translation>pilih salah satu orang dari pelanggan ini.</translation>
    </message>
    <message>
        <source>a customer cannot recommend us to itself: choose another one.</source>
        <translation>pelanggan tidak dapat merekomendasikan kami kepada dirinya sendiri: pilih pelanggan lain.</translation>
    </message>
    <message>
        <source>a record cannot be merged into itself: choose another one.</source>
        <translation>data tidak dapat digabungkan dengan dirinya sendiri: pilih data lain.</translation>
    </message>
    <message>
        <source>both customers have revenue and costs recorded, in different currencies. Amounts in two currencies cannot be added up: delete or re-enter one customer&apos;s periods in the other currency first, then merge.</source>
        <translation>kedua pelanggan memiliki pendapatan dan biaya yang tercatat dalam mata uang yang berbeda. Jumlah dalam dua mata uang tidak dapat dijumlahkan: terlebih dahulu hapus periode salah satu pelanggan atau masukkan ulang periode tersebut dalam mata uang pelanggan lainnya, lalu gabungkan.</translation>
    </message>
    <message>
        <source>a period of one customer overlaps a period of the other without being the same period (such as a month inside a quarter). Change or delete one of the two periods first, then merge.</source>
        <translation>periode salah satu pelanggan tumpang tindih dengan periode pelanggan lainnya tanpa sama persis (misalnya satu bulan di dalam satu kuartal). Ubah atau hapus salah satu dari kedua periode itu terlebih dahulu, lalu gabungkan.</translation>
    </message>
</context>
</TS>
