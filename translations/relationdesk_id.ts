<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
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
    <name>CustomerDetailPane</name>
    <message>
        <source>Delete contact</source>
        <translation>Hapus kontak</translation>
    </message>
    <message>
        <source>Delete %1 and everything recorded about this person? This cannot be undone.</source>
        <translation>Hapus %1 beserta semua data yang tercatat tentang orang ini? Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <source>Select a customer to see its details and contacts.</source>
        <translation>Pilih pelanggan untuk melihat detail dan kontaknya.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation>Industri:</translation>
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
        <translation>&amp;Tambah kontak…</translation>
    </message>
    <message>
        <source>Edit contact…</source>
        <translation>Ubah kontak…</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
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
        <source>C&amp;ity:</source>
        <translation>&amp;Kota:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>N&amp;egara:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Penanggung jawab:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Catatan:</translation>
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
        <source>Customer already exists</source>
        <translation>Pelanggan sudah ada</translation>
    </message>
    <message>
        <source>A customer named “%1” already exists. Save another one with the same name?</source>
        <translation>Pelanggan bernama “%1” sudah ada. Tetap simpan pelanggan lain dengan nama yang sama?</translation>
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
</context>
<context>
    <name>CustomerWorkspace</name>
    <message>
        <source>Delete customer</source>
        <translation>Hapus pelanggan</translation>
    </message>
    <message>
        <source>Delete %1 with all its contacts? Everything recorded about this customer will be erased. This cannot be undone.</source>
        <translation>Hapus %1 beserta semua kontaknya? Semua data yang tercatat tentang pelanggan ini akan dihapus. Tindakan ini tidak dapat dibatalkan.</translation>
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
        <source>The database cannot be opened</source>
        <translation>Basis data tidak dapat dibuka</translation>
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
        <source>Something went wrong</source>
        <translation>Terjadi kesalahan</translation>
    </message>
    <message>
        <source>RelationDesk met an unexpected problem. Your saved data is safe. The details were written to the log file in the data folder.</source>
        <translation>RelationDesk mengalami masalah yang tidak terduga. Data Anda yang sudah tersimpan tetap aman. Detailnya telah dicatat di berkas log dalam folder data.</translation>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
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
        <source>Load &amp;sample portfolio</source>
        <translation>&amp;Muat portofolio contoh</translation>
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
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Folder data:</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>this field is required.</source>
        <translation>kolom ini wajib diisi.</translation>
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
</context>
</TS>
