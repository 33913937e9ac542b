"""The markets of the sample portfolio: names, places and wording in each language.

Plain data for services/samples/sample_portfolio.py, kept compact by hand (one block a market).
"""

from dataclasses import dataclass

from relationdesk.domain.enums import BuyingRole


@dataclass(frozen=True)
class Market:
    language: str
    phone_prefix: str
    first_names: tuple[str, ...]
    surnames: tuple[str, ...]
    cities: tuple[tuple[str, str], ...]  # (city, ISO country code)
    company_patterns: tuple[str, ...]  # {s} a surname, {w} a word
    words: tuple[str, ...]
    industries: tuple[str, ...]
    job_titles: tuple[str, ...]
    note: str


# fmt: off
MARKETS = (
    Market(
        "it", "+39",
        (
            "Giulia", "Marco", "Francesca", "Luca", "Chiara", "Niccolò", "Andrea", "Federica",
            "Paolo", "Elena", "Lorenzo", "Ilaria", "Mattia", "Beatrice",
        ),
        (
            "Rossi", "Bianchi", "Esposito", "Colombo", "Ricci", "Marino", "Greco", "Bruno",
            "Gallo", "Conti", "De Luca", "Mancini", "Lombardi", "Fabbri", "Cantù", "Sanfilippo",
        ),
        (("Milano", "IT"), ("Torino", "IT"), ("Bologna", "IT"), ("Brescia", "IT"),
         ("Verona", "IT"), ("Padova", "IT"), ("Forlì", "IT"), ("Bergamo", "IT")),
        (
            "{s} Meccanica S.r.l.", "Officine {s} S.p.A.", "{s} & Figli S.r.l.", "Gruppo {s}",
            "{w} Plast S.r.l.", "Fonderia {s} S.p.A.",
        ),
        (
            "Adriatica", "Alpina", "Padana", "Lariana", "Euganea", "Tirrena", "Ducale", "Emiliana",
        ),
        (
            "Meccanica", "Alimentare", "Plastica", "Logistica", "Tessile", "Imballaggi",
        ),
        (
            "Responsabile acquisti", "Direttore tecnico", "Amministratore delegato",
            "Responsabile qualità", "Buyer senior", "Direttore di stabilimento",
        ),
        "Preferisce le riunioni al mattino; chiede sempre i tempi di consegna per iscritto.",
    ),
    Market(
        "id", "+62",
        (
            "Budi", "Siti", "Agus", "Dewi", "Rudi", "Putri", "Wahyu", "Rina", "Hendra", "Ayu",
            "Andi", "Ratna", "Fajar", "Indah",
        ),
        (
            "Santoso", "Wijaya", "Hidayat", "Saputra", "Kusuma", "Pratama", "Nugroho", "Lestari",
            "Siregar", "Halim", "Gunawan", "Sihombing", "Setiawan", "Harahap",
        ),
        (("Jakarta", "ID"), ("Surabaya", "ID"), ("Bandung", "ID"), ("Semarang", "ID"),
         ("Medan", "ID"), ("Makassar", "ID"), ("Bekasi", "ID"), ("Denpasar", "ID")),
        (
            "PT {w} {s}", "PT {s} {w} Tbk", "CV {w} {s}", "PT {w} Nusantara",
        ),
        (
            "Sinar", "Maju", "Jaya", "Abadi", "Sentosa", "Mandiri", "Makmur", "Cahaya", "Mitra",
            "Karya", "Prima", "Sejahtera",
        ),
        (
            "Manufaktur", "Makanan & Minuman", "Logistik", "Tekstil", "Konstruksi", "Kemasan",
        ),
        (
            "Manajer Pengadaan", "Direktur Utama", "Kepala Produksi", "Staf Pembelian",
            "Manajer Mutu", "Direktur Keuangan",
        ),
        "Keputusan pembelian diambil bersama direksi setiap akhir bulan.",
    ),
    Market(
        "ro", "+40",
        (
            "Ștefan", "Mădălina", "Andrei", "Ioana", "Mihai", "Elena", "Răzvan", "Alexandra",
            "Cristian", "Oana", "Bogdan", "Irina", "Ionuț", "Tudor",
        ),
        (
            "Popescu", "Ionescu", "Țurcanu", "Dumitrescu", "Stănescu", "Munteanu", "Răducanu",
            "Constantinescu", "Ștefănescu", "Gheorghiu", "Bălan", "Marinescu", "Pătrașcu",
        ),
        (("Brașov", "RO"), ("Cluj-Napoca", "RO"), ("Timișoara", "RO"), ("Iași", "RO"),
         ("București", "RO"), ("Constanța", "RO"), ("Sibiu", "RO"), ("Pitești", "RO")),
        (
            "{s} Industrial S.R.L.", "Tehno{w} S.A.", "{s} & Asociații S.R.L.", "Agro{w} S.R.L.",
            "{w} Construct S.R.L.",
        ),
        (
            "Carpați", "Dunărea", "Mureș", "Olt", "Siret", "Bucegi", "Prahova", "Argeș",
        ),
        (
            "Construcții", "Agricultură", "Producție auto", "Logistică", "Energie", "Ambalaje",
        ),
        (
            "Director de achiziții", "Director general", "Șef de producție", "Inginer de calitate",
            "Director financiar", "Manager de aprovizionare",
        ),
        "Vrea oferte cu prețuri în lei și termene de plată de 60 de zile.",
    ),
    Market(
        "en", "+44",
        (
            "James", "Emma", "Oliver", "Sophie", "Daniel", "Grace", "Michael", "Hannah", "Liam",
            "Chloe", "Ethan", "Megan", "Aoife", "Connor",
        ),
        (
            "Smith", "Johnson", "Taylor", "Brown", "Walker", "O'Connor", "Harris", "Clarke",
            "Lewis", "Robinson", "Wright", "Hughes", "Murphy", "Patel",
        ),
        (("Manchester", "GB"), ("Leeds", "GB"), ("Dublin", "IE"), ("Chicago", "US"),
         ("Toronto", "CA"), ("Sydney", "AU"), ("Boston", "US"), ("Birmingham", "GB")),
        (
            "{s} Manufacturing Ltd", "{s} & Sons Ltd", "{s} Industries Inc.", "{w} Logistics LLC",
            "{w} Foods plc",
        ),
        (
            "Northern", "Pennine", "Atlantic", "Midland", "Harbour", "Summit", "Riverside",
        ),
        (
            "Automotive", "Food & Beverage", "Logistics", "Packaging", "Chemicals", "Construction",
        ),
        (
            "Procurement Manager", "Managing Director", "Operations Director", "Quality Engineer",
            "Head of Purchasing", "Finance Director",
        ),
        "Budget cycle closes in March; always copy the operations director.",
    ),
)

OWNERS = ("Andreea Pop", "Marco Ferri", "Rizky Ananda", "Sarah Mitchell")
ROLE_WEIGHTS: tuple[tuple[BuyingRole, int], ...] = (
    (BuyingRole.DECISION_MAKER, 2), (BuyingRole.INFLUENCER, 3), (BuyingRole.USER, 2),
    (BuyingRole.GATEKEEPER, 1), (BuyingRole.CHAMPION, 1), (BuyingRole.BUYER, 2),
)

# What a meeting sounds like in each market: summaries, next steps, and disclosures by
# domain and topic (the texts are what a salesperson would note after the visit).
MEETING_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "it": {
        "summaries": ("Visita in stabilimento con il responsabile acquisti.",
                      "Revisione dell'offerta e dei tempi di consegna.",
                      "Pranzo di lavoro: clima ottimo, molte domande sul nuovo catalogo."),
        "next_steps": ("Inviare l'offerta aggiornata", "Organizzare una demo in sede",
                       "Richiamare per il contratto quadro"),
        "personal": ("Il figlio inizia l'università a Bologna", "Appassionato di vela sul Garda",
                     "Si è appena trasferito in campagna", "Tiene molto al tempo con la famiglia"),
        "business": ("Stanno valutando un secondo fornitore",
                     "Il budget dell'anno prossimo è in calo",
                     "Lo stabilimento raddoppierà la capacità",
                     "Nuovo direttore di produzione a gennaio"),
    },
    "id": {
        "summaries": ("Kunjungan ke pabrik bersama manajer pengadaan.",
                      "Membahas penawaran harga dan jadwal pengiriman.",
                      "Makan siang bersama: suasana hangat, banyak pertanyaan soal produk baru."),
        "next_steps": ("Kirim penawaran terbaru", "Jadwalkan demo di lokasi",
                       "Telepon kembali soal kontrak tahunan"),
        "personal": ("Putrinya mulai kuliah di Bandung", "Hobi bersepeda setiap akhir pekan",
                     "Baru pindah rumah ke Bekasi", "Sangat menjaga waktu bersama keluarga"),
        "business": ("Sedang menimbang pemasok kedua", "Anggaran tahun depan dipangkas",
                     "Pabrik akan menggandakan kapasitas", "Direktur produksi baru mulai Januari"),
    },
    "ro": {
        "summaries": ("Vizită la fabrică împreună cu directorul de achiziții.",
                      "Am discutat oferta și termenele de livrare.",
                      "Prânz de lucru: atmosferă bună, multe întrebări despre gama nouă."),
        "next_steps": ("Trimitem oferta actualizată", "Organizăm o demonstrație la ei",
                       "Revenim cu un telefon pentru contractul-cadru"),
        "personal": ("Fiica lui începe facultatea la Iași", "Merge la schi în fiecare iarnă",
                     "Tocmai s-a mutat la casă, lângă Brașov", "Ține mult la timpul cu familia"),
        "business": ("Analizează un al doilea furnizor", "Bugetul pe anul viitor scade",
                     "Fabrica își dublează capacitatea anul viitor",
                     "Vine un nou director de producție"),
    },
    "en": {
        "summaries": ("Plant visit with the head of purchasing.",
                      "Went through the quote and delivery lead times.",
                      "Working lunch: good mood, many questions about the new range."),
        "next_steps": ("Send the updated quote", "Set up an on-site demo",
                       "Call back about the framework agreement"),
        "personal": ("Daughter starts university in September", "Keen cyclist, rides every weekend",
                     "Just moved house to the countryside", "Family time matters a lot to him"),
        "business": ("Considering a second supplier", "Next year's budget is being cut",
                     "The plant will double its capacity", "New production director from January"),
    },
}
# fmt: on

# Why a customer moved on the lifecycle ladder, as the salesperson would note it, and the
# notes of a costly period and of a promoter's or a detractor's recommendation answer.
# fmt: off
LIFECYCLE_WORDS: dict[str, dict[str, str]] = {
    "it": {
        "prospect": "Conosciuti in fiera; interessati alla nuova gamma",
        "tester": "Primo ordine di prova", "buyer": "Hanno riordinato",
        "account": "Ora comprano un'ampia gamma ogni mese",
        "patron_friend": "Partner di fiducia: pianifichiamo insieme la prossima stagione",
        "sponsor_champion": "Ci raccomandano ad altre aziende",
        "down": "Ordini in calo; chiedono preventivi alla concorrenza",
        "former": "Hanno scelto un altro fornitore", "referred": "Segnalati da {name}",
        "costly": "Molti interventi di assistenza e reclami",
        "promoter": "Ci consiglierebbero volentieri",
        "detractor": "Insoddisfatti dei tempi di consegna",
    },
    "id": {
        "prospect": "Bertemu di pameran; tertarik dengan produk baru",
        "tester": "Pesanan percobaan pertama", "buyer": "Memesan lagi",
        "account": "Kini membeli banyak lini produk setiap bulan",
        "patron_friend": "Mitra tepercaya: merencanakan musim depan bersama",
        "sponsor_champion": "Merekomendasikan kami ke perusahaan lain",
        "down": "Pesanan menurun; meminta penawaran dari pesaing",
        "former": "Memilih pemasok lain", "referred": "Direkomendasikan oleh {name}",
        "costly": "Banyak panggilan servis dan keluhan",
        "promoter": "Dengan senang hati merekomendasikan kami",
        "detractor": "Kecewa dengan waktu pengiriman",
    },
    "ro": {
        "prospect": "Cunoscuți la târg; interesați de gama nouă",
        "tester": "Prima comandă de probă", "buyer": "Au comandat din nou",
        "account": "Acum cumpără o gamă largă în fiecare lună",
        "patron_friend": "Partener de încredere: planificăm împreună sezonul următor",
        "sponsor_champion": "Ne recomandă altor companii",
        "down": "Comenzile scad; cer oferte de la concurență",
        "former": "Au ales alt furnizor", "referred": "Recomandați de {name}",
        "costly": "Multe intervenții de service și reclamații",
        "promoter": "Ne-ar recomanda cu plăcere",
        "detractor": "Nemulțumiți de termenele de livrare",
    },
    "en": {
        "prospect": "Met at a trade fair; interested in the new range",
        "tester": "First trial order", "buyer": "Ordered again",
        "account": "Now buys a wide range every month",
        "patron_friend": "Trusted partner: planning next season together",
        "sponsor_champion": "Recommends us to other companies",
        "down": "Orders falling; asking competitors for quotes",
        "former": "Chose another supplier", "referred": "Referred by {name}",
        "costly": "Many assistance calls and complaints",
        "promoter": "Would gladly recommend us",
        "detractor": "Unhappy with delivery times",
    },
}
# fmt: on
