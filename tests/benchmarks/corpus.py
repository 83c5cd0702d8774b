"""A deterministic synthetic corpus of Indonesian news articles, as .jsonl, for benchmarks.

Not a test. Run:

    python tests/benchmarks/corpus.py --articles 10000 --out /tmp/corpus-10k.jsonl [--seed 1]

Articles come in stories: one event (a disaster, a plane crash, a fuel price change,
a BPS release, an election, a trial, a match, an online sale, an outbreak) told by
3-8 outlets (Kompas, Detik, Antara, Tempo, CNN Indonesia, Republika ...) on the day
of the event and the days after. Each article recombines many sentence templates of
its genre and general ones, with places, people with their titles, numbers and dates
written as Indonesian news writes them: "Senin (8/10/2018)" with the right weekday,
"kemarin", "pekan lalu", "11 November mendatang", "pukul 06.18 WIB", "Januari-Mei 2018",
durations. Publication dates spread over 2012-2024; bodies are 2,500-4,000 characters
(250-600 words), the length of a Kompas article.

Each line is one JSON object: id, text, published, source, title. The same seed and
count always give the same file, and the first N articles of a larger corpus are the
corpus of N articles.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import textwrap
from collections.abc import Iterator
from pathlib import Path

WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
WORDS = (
    "nol",
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
    "sepuluh",
)
ROMAN = ("I", "II", "III", "IV")

START, END = dt.date(2012, 1, 1), dt.date(2024, 12, 20)

# (outlet, dateline format, closing tag or "")
OUTLETS = (
    ("Kompas.com", "{CITY}, KOMPAS.com - ", ""),
    ("Detik.com", "{City} - ", ""),
    ("Antara", "{City} (ANTARA) - ", "(Ant)"),
    ("Tempo.co", "TEMPO.CO, {City} - ", ""),
    ("CNN Indonesia", "{City}, CNN Indonesia -- ", ""),
    ("Republika", "REPUBLIKA.CO.ID, {CITY} -- ", ""),
    ("Liputan6.com", "Liputan6.com, {City} - ", ""),
    ("Tribunnews.com", "TRIBUNNEWS.COM, {CITY} - ", ""),
    ("Okezone", "{CITY} - ", ""),
    ("Kumparan", "{City} - ", ""),
    ("Bisnis.com", "Bisnis.com, {CITY} - ", ""),
    ("Media Indonesia", "{City} - ", ""),
    ("Sindonews", "{CITY}, SINDONEWS - ", ""),
)

# province: (time zone, capital, other cities/regencies, villages)
PLACES = {
    "Aceh": (
        "WIB",
        "Banda Aceh",
        ("Pidie Jaya", "Aceh Besar", "Bireuen"),
        ("Meureudu", "Lampeuneurut"),
    ),
    "Sumatera Utara": (
        "WIB",
        "Medan",
        ("Karo", "Deli Serdang", "Sibolga"),
        ("Sukanalu", "Tanjung Morawa"),
    ),
    "Sumatera Barat": (
        "WIB",
        "Padang",
        ("Agam", "Pesisir Selatan", "Bukittinggi"),
        ("Malalak", "Tarusan"),
    ),
    "Riau": ("WIB", "Pekanbaru", ("Kampar", "Dumai", "Siak"), ("Bangkinang", "Rumbai")),
    "Sumatera Selatan": (
        "WIB",
        "Palembang",
        ("Ogan Ilir", "Muara Enim"),
        ("Indralaya", "Tanjung Enim"),
    ),
    "Lampung": (
        "WIB",
        "Bandar Lampung",
        ("Lampung Selatan", "Tanggamus"),
        ("Kalianda", "Way Muli"),
    ),
    "Banten": ("WIB", "Serang", ("Pandeglang", "Tangerang", "Lebak"), ("Sumur", "Carita")),
    "DKI Jakarta": (
        "WIB",
        "Jakarta",
        ("Jakarta Timur", "Jakarta Utara", "Jakarta Selatan"),
        ("Kampung Melayu", "Penjaringan"),
    ),
    "Jawa Barat": (
        "WIB",
        "Bandung",
        ("Garut", "Bogor", "Sukabumi", "Cianjur"),
        ("Cugenang", "Cisolok"),
    ),
    "Jawa Tengah": ("WIB", "Semarang", ("Banjarnegara", "Cilacap", "Solo"), ("Jemblung", "Kroya")),
    "DI Yogyakarta": (
        "WIB",
        "Yogyakarta",
        ("Bantul", "Sleman", "Gunungkidul"),
        ("Imogiri", "Cangkringan"),
    ),
    "Jawa Timur": (
        "WIB",
        "Surabaya",
        ("Malang", "Lumajang", "Banyuwangi"),
        ("Sumberwuluh", "Candipuro"),
    ),
    "Bali": ("WITA", "Denpasar", ("Karangasem", "Badung", "Buleleng"), ("Kubu", "Kuta")),
    "Nusa Tenggara Barat": (
        "WITA",
        "Mataram",
        ("Lombok Utara", "Lombok Timur", "Bima"),
        ("Tanjung", "Sembalun"),
    ),
    "Nusa Tenggara Timur": ("WITA", "Kupang", ("Flores Timur", "Sikka"), ("Adonara", "Maumere")),
    "Kalimantan Selatan": (
        "WITA",
        "Banjarmasin",
        ("Banjar", "Hulu Sungai Tengah"),
        ("Martapura", "Barabai"),
    ),
    "Kalimantan Timur": (
        "WITA",
        "Samarinda",
        ("Balikpapan", "Kutai Kartanegara"),
        ("Tenggarong", "Loa Janan"),
    ),
    "Sulawesi Tengah": (
        "WITA",
        "Palu",
        ("Donggala", "Sigi", "Parigi Moutong"),
        ("Petobo", "Balaroa"),
    ),
    "Sulawesi Selatan": (
        "WITA",
        "Makassar",
        ("Gowa", "Luwu Utara", "Maros"),
        ("Masamba", "Tombolopao"),
    ),
    "Sulawesi Utara": ("WITA", "Manado", ("Minahasa", "Bitung"), ("Tondano", "Girian")),
    "Maluku": ("WIT", "Ambon", ("Maluku Tengah", "Seram Bagian Barat"), ("Tulehu", "Piru")),
    "Papua": ("WIT", "Jayapura", ("Sentani", "Mimika", "Wamena"), ("Doyo", "Timika Jaya")),
}

FIRST = (
    "Agus",
    "Budi",
    "Sutopo",
    "Dwi",
    "Eko",
    "Rudi",
    "Hendra",
    "Iwan",
    "Joko",
    "Bambang",
    "Andi",
    "Arif",
    "Yusuf",
    "Ahmad",
    "Rizal",
    "Dedi",
    "Fajar",
    "Taufik",
    "Wahyu",
    "Hadi",
    "Teguh",
    "Ratna",
    "Siti",
    "Dewi",
    "Sri",
    "Rina",
    "Lestari",
    "Nurul",
    "Fitri",
    "Ayu",
    "Maya",
    "Indah",
    "Retno",
    "Wulan",
    "Nina",
    "Yuliana",
    "Susanti",
    "Hasan",
    "Irfan",
    "Bayu",
    "Yudi",
    "Slamet",
    "Made",
    "Nyoman",
    "Ketut",
    "Ismail",
)
LAST = (
    "Santoso",
    "Wibowo",
    "Nugroho",
    "Saputra",
    "Hidayat",
    "Kurniawan",
    "Setiawan",
    "Pratama",
    "Siregar",
    "Nasution",
    "Harahap",
    "Lubis",
    "Simanjuntak",
    "Sitompul",
    "Purba",
    "Pangaribuan",
    "Wijaya",
    "Gunawan",
    "Susilo",
    "Rahman",
    "Hakim",
    "Prasetyo",
    "Firmansyah",
    "Purnomo",
    "Sembiring",
    "Tarigan",
    "Manurung",
    "Wirawan",
    "Syahputra",
    "Hasibuan",
    "Sulistyo",
    "Permana",
    "Utomo",
    "Mahendra",
    "Rachmat",
    "Suryadi",
    "Anwar",
    "Ramadhan",
    "Kusuma",
    "Halim",
)

AIRLINES = (
    ("Lion Air", "JT"),
    ("Sriwijaya Air", "SJ"),
    ("Garuda Indonesia", "GA"),
    ("Wings Air", "IW"),
    ("Citilink", "QG"),
    ("Batik Air", "ID"),
    ("Trigana Air", "IL"),
)
AIRCRAFT = ("Boeing 737 MAX 8", "Boeing 737-500", "Airbus A320", "ATR 72-600", "Boeing 737-800")
FUELS = ("Pertalite", "Pertamax", "Pertamax Turbo", "Dexlite", "Solar", "Pertamina Dex")
PARTIES = ("PDI-P", "Golkar", "Gerindra", "PKB", "Nasdem", "PKS", "Demokrat", "PAN", "PPP")
CLUBS = (
    "Persib Bandung",
    "Persija Jakarta",
    "Arema FC",
    "Persebaya Surabaya",
    "PSM Makassar",
    "Bali United",
    "PSS Sleman",
    "Borneo FC",
    "Madura United",
    "Persik Kediri",
)
STADIUMS = (
    "Gelora Bung Karno",
    "Si Jalak Harupat",
    "Kanjuruhan",
    "Gelora Bung Tomo",
    "Maguwoharjo",
)
SHOPS = ("Tokopedia", "Shopee", "Bukalapak", "Lazada", "Blibli", "JD.ID")
DISEASES = ("demam berdarah dengue (DBD)", "campak", "difteri", "hepatitis A", "diare", "ISPA")
CRIMES = (
    "korupsi pengadaan alat kesehatan",
    "suap perizinan proyek",
    "korupsi dana desa",
    "penipuan investasi bodong",
    "korupsi pembangunan jalan",
    "pencucian uang",
)
COMMODITIES = ("beras", "cabai merah", "bawang merah", "minyak goreng", "daging ayam", "telur")


def fmt_int(n: int) -> str:
    """12345 as Indonesian writes it: 12.345."""
    return f"{n:,}".replace(",", ".")


def fmt_dec(x: float, places: int = 2) -> str:
    """5.17 as Indonesian writes it: 5,17."""
    return f"{x:.{places}f}".replace(".", ",")


def count(rng: random.Random, n: int) -> str:
    """A small count in words or digits, as news writes it."""
    return WORDS[n] if n <= 10 and rng.random() < 0.6 else fmt_int(n)


def blocks(text: str) -> tuple[str, ...]:
    """Templates, one a line; an indented line continues the one above."""
    out: list[str] = []
    for line in textwrap.dedent(text).strip("\n").splitlines():
        if line.startswith(" ") and out:
            out[-1] += " " + line.strip()
        elif line.strip():
            out.append(line.strip())
    return tuple(out)


class Dates:
    """Date and time phrases, as Indonesian news writes them, relative to publication."""

    def __init__(self, rng: random.Random, published: dt.date, zone: str) -> None:
        self.rng, self.pub, self.zone = rng, published, zone

    def day(self, d: dt.date, *, year: bool | None = None) -> str:
        """A day: "hari ini", "kemarin", "Senin (8/10)", "Senin (8/10/2018)", "8 Oktober 2018"."""
        r, wd = self.rng, WEEKDAYS[d.weekday()]
        delta = (self.pub - d).days
        short = f"{wd} ({d.day}/{d.month})"
        full = f"{wd} ({d.day}/{d.month}/{d.year})"
        long = f"{d.day} {MONTHS[d.month - 1]} {d.year}"
        if year is None:
            year = r.random() < 0.45
        paren = full if year else short
        if delta == 0:
            options = ["hari ini", paren, paren, f"{paren} pagi", f"{wd} ini"]
        elif delta == 1:
            options = ["kemarin", paren, paren, f"{paren} malam", f"{wd} kemarin"]
        elif 2 <= delta <= 6:
            options = [paren, paren, f"{paren} sore", f"{wd} lalu"]
        elif 7 <= delta <= 13:
            options = [full, f"{wd}, {long}", long, "pekan lalu"]
        elif delta > 13:
            same = d.year == self.pub.year
            options = [long, f"{wd}, {long}", f"{d.day} {MONTHS[d.month - 1]}" if same else long]
        elif delta == -1:
            options = ["besok", paren, f"{paren} mendatang"]
        elif -13 <= delta <= -2:
            options = [paren, f"{paren} mendatang", f"{wd} depan" if delta >= -6 else long]
        else:
            same = d.year == self.pub.year
            tail = f"{d.day} {MONTHS[d.month - 1]}" if same else long
            options = [f"{tail} mendatang", long, f"{wd}, {long}"]
        return r.choice(options)

    def clock(self) -> str:
        """A time of day: "pukul 06.18 WIB"."""
        r = self.rng
        h, m = r.randint(0, 23), r.choice((0, 15, 30, 45, r.randint(0, 59)))
        return r.choice(("pukul", "sekitar pukul", "pada pukul")) + f" {h:02d}.{m:02d} {self.zone}"

    def past(self) -> str:
        """A past time: "pekan lalu", "tahun lalu", "pada 2017", "Maret 2016"."""
        r, p = self.rng, self.pub
        y = p.year - r.randint(1, 6)
        month = MONTHS[r.randrange(12)]
        return r.choice(
            (
                "pekan lalu",
                "bulan lalu",
                "tahun lalu",
                f"pada {y}",
                f"{month} {y}",
                f"{count(r, p.year - y)} tahun lalu",
                f"awal {MONTHS[max(p.month - 2, 0)]} lalu",
                self.day(p - dt.timedelta(days=r.randint(15, 400)), year=True),
            )
        )

    def future(self) -> str:
        """A future time: "bulan depan", "11 November mendatang", "akhir tahun ini"."""
        r, p = self.rng, self.pub
        return r.choice(
            (
                "bulan depan",
                "pekan depan",
                "tahun depan",
                "akhir tahun ini",
                f"akhir {MONTHS[min(p.month + 1, 12) - 1]} {p.year}",
                self.day(p + dt.timedelta(days=r.randint(3, 70))),
                f"{self.day(p + dt.timedelta(days=r.randint(20, 60)), year=False)}",
            )
        )

    def duration(self) -> str:
        """A duration: "tiga hari", "dua pekan", "1 jam 30 menit"."""
        r = self.rng
        return r.choice(
            (
                f"{count(r, r.randint(2, 14))} hari",
                f"{count(r, r.randint(2, 4))} pekan",
                f"{r.randint(1, 5)} jam {r.choice((15, 20, 30, 45))} menit",
                f"{count(r, r.randint(2, 10))} bulan",
                f"{count(r, r.randint(2, 5))} tahun",
                f"{r.randint(2, 48)} jam",
            )
        )

    def period(self) -> str:
        """A period: "Januari-Mei 2018", "kuartal III-2018", "semester I 2019"."""
        r, p = self.rng, self.pub
        y = p.year if p.month > 3 else p.year - 1
        m = r.randint(2, 11)
        return r.choice(
            (
                f"Januari-{MONTHS[m - 1]} {y}",
                f"periode Januari-{MONTHS[m - 1]} {y}",
                f"kuartal {ROMAN[r.randrange(4)]}-{y}",
                f"semester {ROMAN[r.randrange(2)]} {y}",
                f"{MONTHS[m - 1]} {y}",
                f"sepanjang {y - 1}",
                "periode yang sama tahun lalu",
            )
        )


class Slots(dict):
    """Story slots, plus date phrases made fresh each time a template asks for one."""

    def __init__(self, fixed: dict[str, str], dates: Dates, event: dt.date) -> None:
        super().__init__(fixed)
        self.dates, self.event = dates, event

    def __missing__(self, key: str) -> str:
        d = self.dates
        makers = {
            "ev": lambda: d.day(self.event),
            "evt": d.clock,
            "past": d.past,
            "future": d.future,
            "dur": d.duration,
            "period": d.period,
            "ev_next": lambda: d.day(self.event + dt.timedelta(days=1)),
            "ev_prev": lambda: d.day(self.event - dt.timedelta(days=d.rng.randint(1, 3))),
            "pub": lambda: d.day(d.pub),
            "yr": lambda: str(self.event.year),
            "lastyr": lambda: str(self.event.year - 1),
        }
        if key not in makers:
            raise KeyError(key)
        return makers[key]()


def person(rng: random.Random) -> str:
    """A name: "Rudi Hartono"."""
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


# Sentences every genre uses. {a}/{as_} are the first official (full/short), {b}/{bs}
# the second, {w}/{ws} a witness or analyst.
COMMON = blocks(
    """
    Sebelumnya, peristiwa serupa juga sempat terjadi pada {past}, namun dampaknya tidak sebesar
      kali ini.
    Pemerintah daerah berjanji akan mengevaluasi langkah yang diambil dalam {dur} ke depan.
    Hingga berita ini diturunkan, pihak terkait belum memberikan keterangan resmi.
    Rapat koordinasi lanjutan dijadwalkan berlangsung {future} di {capital}.
    Sejumlah warga mengaku sudah mendengar kabar tersebut sejak {ev_prev}.
    Kejadian itu menjadi perbincangan hangat di media sosial sejak {ev}.
    {as_} memastikan informasi terbaru akan disampaikan secara berkala kepada publik.
    Menurut {ws}, persoalan ini sebetulnya sudah lama diingatkan oleh berbagai pihak.
    Data tersebut akan diperbarui setiap hari hingga {future}.
    Evaluasi menyeluruh akan dilakukan setelah seluruh laporan diterima, paling lambat {future}.
    Dalam {dur}, pemerintah menargetkan seluruh persoalan di lapangan dapat diselesaikan.
    Langkah itu dinilai penting mengingat kondisi serupa pernah terulang {past}.
    {bs} menambahkan, pihaknya telah berkoordinasi dengan kementerian dan lembaga terkait.
    Keterangan itu disampaikan {as_} dalam konferensi pers di {capital}, {pub}.
    Pernyataan tersebut disampaikan {bs} saat ditemui wartawan di kantornya, {ev}.
    Situasi di {city} hingga {pub} sore dilaporkan berangsur normal.
    Masyarakat diminta tidak mudah percaya pada kabar yang belum jelas sumbernya.
    Dewan Perwakilan Rakyat Daerah (DPRD) {prov} berencana memanggil pihak terkait {future}.
    Anggota Komisi V DPR, {w}, meminta pemerintah bergerak lebih cepat.
    """
)

QUOTE_FORMS = blocks(
    """
    "{q}," kata {who}.
    "{q}," ujar {whos} di {capital}, {ev}.
    "{q}," jelas {whos}.
    "{q}," tutur {whos} kepada wartawan, {pub}.
    {whoS} menjelaskan, {ql}.
    Menurut {whos}, {ql}.
    "{q}," kata {whos} saat dihubungi, {pub}.
    {whoS} mengatakan, "{q}."
    "{q}," ucap {who} dalam keterangan tertulisnya.
    "{q}. Kami minta semua pihak bersabar," tambah {whos}.
    """
)


GENRES: dict[str, dict[str, tuple[str, ...]]] = {}


def genre(name: str, **parts: str) -> None:
    """Register the templates of one genre."""
    GENRES[name] = {k: blocks(v) for k, v in parts.items()}


genre(
    "bencana",
    titles="""
    {Hazard} Guncang {city}, {tewas} Orang Tewas
    Korban {hazard} di {city} Bertambah Jadi {tewas} Orang
    BNPB: {ungsi} Warga {city} Mengungsi akibat {Hazard}
    Pemerintah Salurkan Bantuan untuk Korban {Hazard} {city}
    Status Tanggap Darurat {Hazard} {city} Diperpanjang
    """,
    leads="""
    {Hazard} melanda {city}, {prov}, {ev} {evt}, dan menyebabkan {tewas} orang meninggal dunia.
    Jumlah korban meninggal akibat {hazard} di {city}, {prov}, bertambah menjadi {tewas} orang
      hingga {pub}.
    Sebanyak {ungsi} warga {city}, {prov}, masih bertahan di pengungsian setelah {hazard} yang
      terjadi {ev}.
    """,
    body="""
    Badan Nasional Penanggulangan Bencana (BNPB) mencatat sedikitnya {tewas} orang meninggal dunia
      dan {luka} lainnya luka-luka akibat {hazard} tersebut.
    Hingga {pub} sore, tim SAR gabungan masih mencari {hilang} warga yang dilaporkan hilang.
    Sebanyak {ungsi} warga mengungsi ke {posko} titik pengungsian yang tersebar di {kec} kecamatan.
    Data sementara menunjukkan {rusak} rumah rusak berat, sementara ratusan rumah lainnya rusak
      ringan.
    Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memperkirakan hujan dengan intensitas
      sedang hingga lebat masih akan terjadi hingga {future}.
    Pemerintah Kabupaten {city} menetapkan status tanggap darurat selama {dur},
      terhitung sejak {ev}.
    Bantuan logistik berupa beras, mi instan, selimut, dan obat-obatan telah dikirim ke lokasi
      sejak {ev_next}.
    Akses jalan menuju Desa {village} sempat terputus selama {dur} karena
      tertimbun material longsor.
    Peristiwa serupa pernah terjadi di wilayah itu pada {oldyear} dan menewaskan {oldtewas} orang.
    Listrik di sebagian wilayah {city} padam sejak {evt} dan baru kembali menyala keesokan harinya.
    Tim gabungan terdiri atas {tim} personel dari Basarnas, TNI, Polri, BPBD, dan relawan.
    Kerugian akibat bencana ini ditaksir mencapai Rp {rugi} miliar.
    Warga Desa {village} mengaku mendengar suara gemuruh sesaat sebelum kejadian, {evt}.
    Sekolah-sekolah di {city} diliburkan selama {dur} karena sebagian gedung digunakan sebagai
      tempat
      pengungsian.
    Presiden dijadwalkan meninjau lokasi bencana {future}.
    Posko kesehatan mencatat ratusan pengungsi mulai terserang diare dan infeksi saluran
      pernapasan.
    Kementerian Sosial menyalurkan bantuan senilai Rp {bansos} juta untuk kebutuhan darurat.
    """,
    quotes="""
    Kami terus mendata jumlah korban dan kerusakan, angka ini masih bisa bertambah
    Prioritas kami saat ini adalah evakuasi warga dan pemenuhan kebutuhan dasar di pengungsian
    Warga kami imbau tetap waspada karena potensi {hazard} susulan masih ada
    Kebutuhan paling mendesak adalah air bersih, selimut, dan makanan untuk balita
    Alat berat sudah kami kerahkan, tetapi medan di lokasi cukup sulit dijangkau
    Airnya naik cepat sekali, kami hanya sempat menyelamatkan surat-surat
    """,
)

genre(
    "penerbangan",
    titles="""
    Pesawat {airline} {flight} Hilang Kontak setelah Lepas Landas dari {city}
    {airline} {flight} Jatuh, {penumpang} Penumpang dan {awak} Awak Belum Ditemukan
    Basarnas Temukan Puing Pesawat {airline} {flight}
    KNKT Mulai Selidiki Penyebab Kecelakaan {airline} {flight}
    Kotak Hitam {airline} {flight} Ditemukan
    """,
    leads="""
    Pesawat {airline} dengan nomor penerbangan {flight} rute {city}-{dest} hilang kontak {ev}
      {evt}.
    Tim SAR gabungan menemukan serpihan pesawat {airline} {flight} di perairan dekat {city}, {ev}.
    Komite Nasional Keselamatan Transportasi (KNKT) mulai menyelidiki penyebab jatuhnya pesawat
      {airline} {flight} yang membawa {penumpang} penumpang.
    """,
    body="""
    Pesawat jenis {aircraft} itu lepas landas dari Bandara {airport} {evt}.
    Pesawat kehilangan kontak dengan menara pengawas sekitar {menit} menit setelah lepas landas.
    Pesawat membawa {penumpang} penumpang yang terdiri atas {dewasa} orang dewasa, {anak} anak, dan
      {bayi} bayi, serta {awak} awak kabin.
    Pesawat dijadwalkan mendarat di {dest} {evt}, namun tidak pernah tiba.
    Pesawat tersebut baru dioperasikan maskapai sejak {past}.
    Basarnas mengerahkan {kapal} kapal dan {heli} helikopter untuk menyisir lokasi yang diduga
      menjadi titik jatuhnya pesawat.
    Operasi pencarian diperpanjang {dur} karena cuaca buruk di lokasi.
    Keluarga penumpang berkumpul di crisis center yang dibuka di Bandara {airport} sejak {ev}.
    Tim DVI Polri telah menerima {dna} sampel DNA dari keluarga korban.
    KNKT menyatakan laporan awal investigasi akan dirilis paling lambat {future}.
    Kementerian Perhubungan memerintahkan inspeksi khusus terhadap seluruh pesawat {aircraft} yang
      beroperasi di Indonesia.
    Penyelam menemukan kotak hitam pada kedalaman {dalam} meter di dasar laut.
    Sebelum hilang kontak, pilot sempat meminta kembali ke bandara asal (return to base).
    Maskapai menyatakan akan memberikan santunan sebesar Rp {santunan} juta kepada setiap keluarga
      korban.
    Cuaca di sekitar lokasi pada saat kejadian dilaporkan cerah dengan jarak pandang baik.
    Penerbangan {flight} merupakan penerbangan reguler yang dilayani setiap hari.
    """,
    quotes="""
    Kami sangat berduka dan akan membantu sepenuhnya keluarga penumpang dan awak
    Pencarian difokuskan di radius sepuluh mil laut dari titik terakhir pesawat terpantau
    Pesawat dalam kondisi laik terbang sebelum berangkat
    Kami belum bisa menyimpulkan penyebabnya sebelum data kotak hitam dibaca
    Semua kemungkinan masih terbuka, kami bekerja berdasarkan data
    """,
)

genre(
    "bbm",
    titles="""
    Harga {fuel} Naik Jadi Rp {baru} per Liter Mulai {ev_title}
    Pertamina Turunkan Harga {fuel}, Ini Rinciannya
    Harga {fuel} Naik, Pengemudi Ojek Daring Mengeluh
    Pemerintah Pastikan Harga {fuel} Tidak Naik hingga Akhir Tahun
    """,
    leads="""
    PT Pertamina (Persero) menyesuaikan harga {fuel} menjadi Rp {baru} per liter mulai {ev}
      {evt}.
    Harga {fuel} resmi berubah dari Rp {lama} menjadi Rp {baru} per liter yang berlaku {ev}.
    Pemerintah memutuskan menyesuaikan harga bahan bakar minyak (BBM) jenis {fuel} yang berlaku
      mulai {ev}.
    """,
    body="""
    Sebelumnya, harga {fuel} dipatok Rp {lama} per liter sejak {past}.
    Penyesuaian harga ini berlaku di seluruh SPBU Pertamina di {prov} dan provinsi lainnya.
    Kenaikan tersebut dipicu naiknya harga minyak mentah dunia yang menembus {brent} dolar AS per
      barel.
    Kurs rupiah yang melemah ke level Rp {kurs} per dolar AS turut memengaruhi harga keekonomian
      BBM.
    Antrean kendaraan terlihat mengular di sejumlah SPBU di {capital} sejak {ev_prev}.
    Badan Pusat Statistik (BPS) memperkirakan kenaikan harga BBM akan menyumbang inflasi sebesar
      {inflasi} persen.
    Pemerintah menyiapkan bantuan langsung tunai senilai Rp {blt} triliun untuk meredam dampak
      kenaikan harga.
    Konsumsi {fuel} secara nasional mencapai {konsumsi} juta kiloliter sepanjang {lastyr}.
    Harga baru ini merupakan penyesuaian ketiga dalam {dur}.
    Organda {prov} meminta pemerintah memberi kompensasi bagi angkutan umum.
    Harga {fuel} di wilayah Papua dan Maluku ditetapkan sama dengan di Jawa melalui program BBM
      Satu Harga.
    Pertamina memastikan stok {fuel} aman untuk kebutuhan {stok} hari ke depan.
    """,
    quotes="""
    Penyesuaian ini mengikuti pergerakan harga minyak dunia dan kurs rupiah
    Kami pastikan pasokan ke seluruh SPBU tetap lancar
    Kenaikan ini tentu memberatkan, pendapatan kami tidak ikut naik
    Harga {fuel} masih lebih murah dibandingkan negara tetangga
    Kami minta masyarakat tidak panik dan membeli sesuai kebutuhan
    """,
)

genre(
    "bps",
    titles="""
    BPS: Inflasi {bulan} {yr} Capai {inflasi} Persen
    Ekonomi Indonesia Tumbuh {growth} Persen pada {period_title}
    Neraca Perdagangan Defisit {defisit} Miliar Dolar AS
    BPS Catat Jumlah Penduduk Miskin Turun Jadi {miskin} Juta Orang
    """,
    leads="""
    Badan Pusat Statistik (BPS) mencatat inflasi sebesar {inflasi} persen pada {bulan} {yr}.
    Perekonomian Indonesia tumbuh {growth} persen secara tahunan, menurut data BPS yang
      dirilis {ev}.
    BPS mengumumkan neraca perdagangan Indonesia mengalami defisit {defisit} miliar dolar AS pada
      {period}.
    """,
    body="""
    Kepala BPS {bname} menyampaikan data tersebut dalam konferensi pers di Jakarta, {ev}.
    Inflasi tahun kalender tercatat sebesar {kalender} persen, sedangkan inflasi tahunan mencapai
      {tahunan} persen.
    Kelompok pengeluaran yang memberi andil terbesar adalah makanan, minuman, dan tembakau.
    Komoditas {komoditas} menjadi penyumbang inflasi terbesar dengan andil {andil} persen.
    Dari {kota} kota yang disurvei, {kotainf} kota mengalami inflasi dan sisanya deflasi.
    Inflasi tertinggi terjadi di {capital} sebesar {tinggi} persen.
    Nilai ekspor Indonesia pada {period} mencapai {ekspor} miliar dolar AS.
    Impor migas naik {impor} persen dibandingkan bulan sebelumnya.
    Angka pertumbuhan itu lebih tinggi dibandingkan {period} yang sebesar {growthold} persen.
    Konsumsi rumah tangga masih menjadi penopang utama dengan kontribusi {konsumsi} persen terhadap
      produk domestik bruto (PDB).
    Bank Indonesia memperkirakan inflasi hingga akhir {yr} tetap terkendali di kisaran target.
    BPS akan merilis data inflasi bulan berikutnya pada {future}.
    Jumlah penduduk miskin tercatat {miskin} juta orang atau {pmiskin} persen dari total penduduk.
    Nilai tukar petani (NTP) nasional naik {ntp} persen dibandingkan bulan sebelumnya.
    """,
    quotes="""
    Inflasi masih terkendali, tetapi kita perlu mewaspadai harga pangan
    Kenaikan harga {komoditas} terjadi karena pasokan berkurang akibat cuaca
    Pertumbuhan ini ditopang konsumsi rumah tangga dan investasi
    Kami melihat ada tekanan dari sisi impor bahan baku
    Angka ini menunjukkan daya beli masyarakat mulai pulih
    """,
)

genre(
    "politik",
    titles="""
    KPU Tetapkan {cand} sebagai Gubernur {prov} Terpilih
    Hasil Hitung Cepat Pilkada {prov}: {cand} Unggul {suara} Persen
    {party} Resmi Usung {cand} di Pilkada {prov}
    Sidang Sengketa Pilkada {prov} Digelar di MK
    """,
    leads="""
    Komisi Pemilihan Umum (KPU) {prov} menetapkan pasangan {cand} sebagai pemenang Pilkada {yr}
      dalam rapat pleno {ev}.
    Pasangan {cand} unggul sementara dalam hitung cepat Pilkada {prov} yang digelar {ev}.
    Partai {party} resmi mengusung {cand} sebagai calon gubernur {prov} pada Pilkada {yr}.
    """,
    body="""
    Pasangan tersebut meraih {votes} suara atau {suara} persen dari total suara sah.
    Rival terdekatnya memperoleh {suara2} persen suara.
    Tingkat partisipasi pemilih tercatat {partisipasi} persen, naik dibandingkan pilkada {past}.
    Rekapitulasi suara di tingkat provinsi berlangsung selama {dur} di kantor KPU {prov}.
    Pasangan yang kalah menyatakan akan mengajukan gugatan ke Mahkamah Konstitusi (MK).
    Pelantikan gubernur terpilih dijadwalkan berlangsung {future}.
    Koalisi pengusung terdiri atas {party}, {party2}, dan {party3} dengan total {kursi} kursi di
      DPRD.
    Bawaslu {prov} menerima {aduan} laporan dugaan pelanggaran selama masa kampanye.
    Pemungutan suara digelar di {tps} tempat pemungutan suara (TPS) yang tersebar di {kab}
      kabupaten/kota.
    Daftar pemilih tetap (DPT) Pilkada {prov} mencapai {dpt} juta orang.
    Masa kampanye berlangsung sejak {past} hingga masa tenang dimulai.
    Debat publik terakhir antarpasangan calon digelar {ev_prev} di {capital}.
    """,
    quotes="""
    Kemenangan ini milik seluruh warga {prov}, bukan hanya pendukung kami
    Kami menghormati proses yang berjalan dan akan menempuh jalur hukum
    Seluruh tahapan berjalan sesuai jadwal dan aturan yang berlaku
    Kami menemukan sejumlah dugaan politik uang dan sedang menindaklanjutinya
    Partai sudah melalui kajian panjang sebelum memutuskan dukungan
    """,
)

genre(
    "pengadilan",
    titles="""
    {defendant} Divonis {vonis} Tahun Penjara dalam Kasus {crime}
    Jaksa Tuntut {defendant} {tuntut} Tahun Penjara
    KPK Tahan {defendant} terkait Dugaan {crime}
    Sidang Perdana {defendant} Digelar di Pengadilan Tipikor
    """,
    leads="""
    Majelis hakim Pengadilan Tindak Pidana Korupsi (Tipikor) {capital} menjatuhkan vonis {vonis}
      tahun penjara kepada {defendant} dalam kasus {crime}, {ev}.
    Jaksa penuntut umum menuntut {defendant} dengan pidana {tuntut} tahun penjara dalam sidang
      yang digelar {ev}.
    Komisi Pemberantasan Korupsi (KPK) menahan {defendant} terkait dugaan {crime}, {ev}.
    """,
    body="""
    Selain pidana penjara, terdakwa juga diwajibkan membayar denda Rp {denda} juta subsider
      {subsider} bulan kurungan.
    Hakim juga mewajibkan terdakwa membayar uang pengganti sebesar Rp {ganti} miliar.
    Vonis tersebut lebih ringan dibandingkan tuntutan jaksa, yakni {tuntut} tahun penjara.
    Perbuatan terdakwa dinilai merugikan keuangan negara hingga Rp {rugi} miliar.
    Perkara ini bermula dari proyek yang dikerjakan pada {period}.
    Terdakwa ditetapkan sebagai tersangka sejak {past} dan ditahan di Rumah Tahanan KPK.
    Atas putusan itu, terdakwa dan penasihat hukumnya menyatakan pikir-pikir selama {dur}.
    Sidang dengan agenda pembacaan pleidoi akan digelar {future}.
    Dalam persidangan, jaksa menghadirkan {saksi} orang saksi.
    Hal yang memberatkan, terdakwa dinilai tidak mendukung program pemerintah dalam pemberantasan
      korupsi.
    Hal yang meringankan, terdakwa bersikap sopan selama persidangan dan belum pernah dihukum.
    Penyidik menyita sejumlah dokumen dan uang tunai Rp {sita} juta dari rumah terdakwa.
    """,
    quotes="""
    Terdakwa terbukti secara sah dan meyakinkan bersalah melakukan tindak pidana korupsi
    Kami akan mempelajari putusan ini sebelum memutuskan banding
    Klien kami hanya menjalankan perintah atasan
    Penahanan dilakukan untuk kepentingan penyidikan selama dua puluh hari pertama
    Kami menghormati putusan majelis hakim
    """,
)

genre(
    "olahraga",
    titles="""
    {club} Tundukkan {club2} {g1}-{g2} di {stadium}
    Hasil Liga 1: {club} Menang {g1}-{g2} atas {club2}
    Pelatih {club} Puas dengan Permainan Anak Asuhnya
    {club} Naik ke Peringkat {rank} Klasemen Liga 1
    """,
    leads="""
    {club} menang {g1}-{g2} atas {club2} dalam lanjutan Liga 1 di Stadion {stadium}, {ev}.
    {club} sukses membawa pulang tiga poin setelah mengalahkan {club2} dengan skor {g1}-{g2}, {ev}.
    Pelatih {club}, {coach}, memuji kerja keras pemainnya setelah menang {g1}-{g2} atas {club2}.
    """,
    body="""
    Gol pembuka dicetak {scorer} pada menit ke-{m1} memanfaatkan umpan silang dari sisi kanan.
    {club2} sempat menyamakan kedudukan lewat sundulan {scorer2} pada menit ke-{m2}.
    Gol kemenangan lahir pada masa injury time babak kedua.
    Pertandingan disaksikan sekitar {penonton} penonton yang memadati stadion.
    Hasil ini membuat {club} naik ke peringkat {rank} klasemen sementara dengan {poin} poin.
    Laga berikutnya {club} akan bertandang ke markas {club3} {future}.
    Kedua tim terakhir bertemu pada {past} dengan hasil imbang.
    Wasit mengeluarkan {kartu} kartu kuning sepanjang pertandingan.
    Pertandingan sempat dihentikan selama {dur} karena hujan deras mengguyur stadion.
    {club2} kini belum pernah menang dalam {tanpa} laga terakhir.
    Sepak mula dilakukan {evt}.
    """,
    quotes="""
    Pemain bekerja keras selama sembilan puluh menit dan hasilnya sepadan
    Kami harus segera memperbaiki lini belakang sebelum laga berikutnya
    Ini kemenangan untuk suporter yang selalu setia mendukung
    Lapangan licin membuat kami sulit mengembangkan permainan
    Target kami tetap finis di empat besar
    """,
)

genre(
    "ecommerce",
    titles="""
    Transaksi Harbolnas {yr} Tembus Rp {trx} Triliun
    {shop} Catat Lonjakan Transaksi Saat Promo {promo}
    Belanja Daring Naik, Pengiriman Paket Melonjak {persen} Persen
    Pemerintah Siapkan Aturan Baru Pajak E-commerce
    """,
    leads="""
    Nilai transaksi Hari Belanja Online Nasional (Harbolnas) {yr} mencapai Rp {trx} triliun,
      naik {persen} persen dibandingkan tahun lalu.
    Platform {shop} mencatat lonjakan transaksi selama promo {promo} yang digelar {ev}.
    Kementerian Perdagangan menyiapkan aturan baru untuk perdagangan melalui sistem elektronik
      yang ditargetkan terbit {future}.
    """,
    body="""
    Puncak transaksi terjadi {evt}, sesaat setelah promo dibuka.
    Produk fesyen, gawai, dan kosmetik menjadi kategori yang paling banyak dibeli.
    Jumlah pengguna aktif {shop} mencapai {pengguna} juta orang per bulan.
    Sebanyak {umkm} ribu pelaku UMKM ikut serta dalam kampanye tersebut.
    Produk lokal menyumbang {lokal} persen dari total transaksi.
    Perusahaan jasa pengiriman menambah {kurir} kurir untuk mengantisipasi lonjakan paket.
    Harbolnas pertama kali digelar pada {oldyear} dan kini diikuti lebih dari {peserta} platform.
    Singles' Day 11 November mendatang juga diperkirakan mendongkrak transaksi lintas batas.
    Promo berlangsung selama {dur}, dimulai sejak {ev}.
    Nilai ekonomi digital Indonesia diperkirakan mencapai {digital} miliar dolar AS pada {future}.
    Keluhan konsumen terkait pengiriman terlambat meningkat {keluhan} persen dibandingkan {period}.
    Pembayaran digital melalui dompet elektronik mendominasi dengan porsi {dompet} persen.
    """,
    quotes="""
    Kami melihat antusiasme konsumen terhadap produk lokal terus meningkat
    Sistem kami siap menampung lonjakan pengunjung hingga lima kali lipat
    Perlindungan konsumen harus berjalan seiring pertumbuhan perdagangan daring
    UMKM harus didorong masuk ekosistem digital agar tidak tertinggal
    Tahun ini kami menargetkan transaksi tumbuh dua digit
    """,
)

genre(
    "kesehatan",
    titles="""
    Kasus {disease} di {city} Capai {kasus} Orang, {mati} Meninggal
    Dinkes {prov} Tetapkan KLB {disease}
    Kemenkes Kirim Tim ke {city} untuk Tangani {disease}
    Vaksinasi Massal Digelar di {city}
    """,
    leads="""
    Dinas Kesehatan {prov} mencatat {kasus} kasus {disease} di {city} sejak awal {yr}, {mati}
      di antaranya meninggal dunia.
    Pemerintah Kabupaten {city} menetapkan status kejadian luar biasa (KLB) {disease}, {ev}.
    Kementerian Kesehatan mengirim tim ke {city}, {prov}, untuk menangani lonjakan kasus {disease}
      yang tercatat sejak {past}.
    """,
    body="""
    Jumlah kasus itu meningkat tajam dibandingkan {period} yang hanya {kasuslama} kasus.
    Sebagian besar pasien merupakan anak-anak berusia di bawah {usia} tahun.
    Sebanyak {rawat} pasien masih menjalani perawatan di RSUD {city}.
    Rumah sakit menambah {bed} tempat tidur untuk menampung pasien.
    Fogging dilakukan di {kec} kecamatan dengan kasus terbanyak sejak {ev}.
    Vaksinasi massal ditargetkan menjangkau {sasaran} anak dalam {dur}.
    Dinas kesehatan mengimbau warga menerapkan gerakan 3M: menguras, menutup, dan mendaur ulang.
    Kasus pertama dilaporkan pada {past} di Kecamatan {village}.
    Kemenkes menyiapkan anggaran Rp {anggaran} miliar untuk penanganan.
    Status KLB berlaku selama {dur} dan akan dievaluasi {future}.
    Petugas puskesmas melakukan penyelidikan epidemiologi di {rumahdata} rumah warga.
    """,
    quotes="""
    Kami minta masyarakat segera ke fasilitas kesehatan jika muncul gejala
    Kasusnya memang meningkat, tetapi penanganan sudah kami lakukan sejak awal
    Obat dan logistik masih mencukupi untuk beberapa pekan ke depan
    Anak saya demam tinggi tiga hari, lalu dibawa ke puskesmas
    Kunci pencegahannya ada pada kebersihan lingkungan
    """,
)


def officials(name: str, prov: str, city: str) -> list[str]:
    """Titles of people who speak in a genre."""
    return {
        "bencana": [
            "Kepala Pusat Data, Informasi dan Humas BNPB",
            f"Kepala BPBD {prov}",
            f"Bupati {city}",
            "Kepala Basarnas",
            f"Gubernur {prov}",
        ],
        "penerbangan": [
            "Kepala Basarnas",
            "Menteri Perhubungan",
            "Ketua KNKT",
            "Direktur Utama maskapai",
            "Kepala Bandara",
        ],
        "bbm": [
            "Vice President Corporate Communication Pertamina",
            "Menteri Energi dan Sumber Daya Mineral",
            "Direktur Utama PT Pertamina",
            f"Ketua Organda {prov}",
            "Menteri Keuangan",
        ],
        "bps": [
            "Kepala BPS",
            "Deputi Bidang Statistik Distribusi dan Jasa BPS",
            "Menteri Keuangan",
            "Gubernur Bank Indonesia",
            "ekonom INDEF",
        ],
        "politik": [
            f"Ketua KPU {prov}",
            f"Ketua Bawaslu {prov}",
            "Sekretaris Jenderal partai",
            f"Ketua DPRD {prov}",
            "Menteri Dalam Negeri",
        ],
        "pengadilan": [
            "Hakim Ketua",
            "Jaksa Penuntut Umum KPK",
            "Juru Bicara KPK",
            "penasihat hukum terdakwa",
            "Kepala Kejaksaan Tinggi",
        ],
        "olahraga": [
            "pelatih",
            "kapten tim",
            "Direktur Operasional PT Liga Indonesia Baru",
            "manajer tim",
            "Ketua Umum PSSI",
        ],
        "ecommerce": [
            "Ketua Asosiasi E-commerce Indonesia (idEA)",
            "Menteri Perdagangan",
            "CEO",
            "Menteri Koperasi dan UKM",
            "Kepala Humas",
        ],
        "kesehatan": [
            "Menteri Kesehatan",
            f"Kepala Dinas Kesehatan {prov}",
            f"Direktur RSUD {city}",
            "Direktur Pencegahan dan Pengendalian Penyakit Kemenkes",
            f"Bupati {city}",
        ],
    }[name]


def story_slots(rng: random.Random, name: str, event: dt.date) -> dict[str, str]:
    """The fixed slots of one story: place, people, numbers."""
    prov = rng.choice(list(PLACES))
    zone, capital, cities, villages = PLACES[prov]
    city = rng.choice(cities)
    titles = officials(name, prov, city)
    rng.shuffle(titles)
    names = [person(rng) for _ in range(4)]
    ri, rf = rng.randint, rng.uniform
    s: dict[str, str] = {
        "prov": prov,
        "capital": capital,
        "city": city,
        "CITY": city.upper(),
        "village": rng.choice(villages),
        "zone": zone,
        "a": f"{titles[0]} {names[0]}",
        "as_": names[0],
        "b": f"{titles[1]} {names[1]}",
        "bs": names[1],
        "w": names[2],
        "ws": f"pengamat {names[2]}" if rng.random() < 0.5 else f"{names[2]}, warga {city}",
        "c": f"{titles[2]} {names[3]}",
        "cs": names[3],
        "oldyear": str(event.year - ri(3, 20)),
        "kec": count(rng, ri(2, 9)),
        "bulan": MONTHS[(event.month - 2) % 12],
    }
    if name == "bencana":
        hazard = rng.choice(
            (
                "gempa",
                "banjir bandang",
                "tanah longsor",
                "banjir",
                "erupsi gunung",
                "angin puting beliung",
            )
        )
        s |= {
            "hazard": hazard,
            "Hazard": hazard.title(),
            "tewas": str(ri(3, 180)),
            "luka": fmt_int(ri(10, 900)),
            "hilang": count(rng, ri(1, 40)),
            "ungsi": fmt_int(ri(300, 60000)),
            "posko": str(ri(5, 80)),
            "rusak": fmt_int(ri(20, 5000)),
            "tim": fmt_int(ri(150, 2500)),
            "rugi": fmt_dec(rf(5, 900), 1),
            "oldtewas": str(ri(2, 90)),
            "bansos": fmt_int(ri(100, 2500)),
        }
    elif name == "penerbangan":
        airline, code = rng.choice(AIRLINES)
        dest_prov = rng.choice([p for p in PLACES if p != prov])
        pen = ri(40, 190)
        anak = ri(1, 8)
        bayi = ri(0, 3)
        s |= {
            "airline": airline,
            "flight": f"{code} {ri(100, 999)}",
            "aircraft": rng.choice(AIRCRAFT),
            "dest": PLACES[dest_prov][1],
            "airport": rng.choice(
                ("Soekarno-Hatta", "Juanda", "Hasanuddin", "Kualanamu", "Sam Ratulangi")
            ),
            "menit": str(ri(2, 25)),
            "penumpang": str(pen),
            "dewasa": str(pen - anak - bayi),
            "anak": count(rng, anak),
            "bayi": count(rng, bayi),
            "awak": count(rng, ri(4, 8)),
            "kapal": count(rng, ri(3, 30)),
            "heli": count(rng, ri(1, 6)),
            "dna": str(ri(50, 250)),
            "dalam": str(ri(20, 60)),
            "santunan": fmt_int(ri(5, 15) * 100),
        }
    elif name == "bbm":
        lama = ri(60, 160) * 100
        s |= {
            "fuel": rng.choice(FUELS),
            "lama": fmt_int(lama),
            "baru": fmt_int(lama + ri(-15, 30) * 50),
            "brent": str(ri(45, 120)),
            "kurs": fmt_int(ri(12500, 16500)),
            "inflasi": fmt_dec(rf(0.1, 1.9)),
            "blt": fmt_dec(rf(5, 25), 1),
            "konsumsi": fmt_dec(rf(2, 30), 1),
            "stok": str(ri(15, 25)),
            "ev_title": f"{event.day} {MONTHS[event.month - 1]}",
        }
    elif name == "bps":
        s |= {
            "bname": names[0],
            "inflasi": fmt_dec(rf(0.05, 1.2)),
            "growth": fmt_dec(rf(2.9, 5.6)),
            "growthold": fmt_dec(rf(2.9, 5.6)),
            "defisit": fmt_dec(rf(0.1, 2.5)),
            "miskin": fmt_dec(rf(24, 29)),
            "pmiskin": fmt_dec(rf(9, 11.5)),
            "kalender": fmt_dec(rf(0.5, 3.5)),
            "tahunan": fmt_dec(rf(1.5, 5.5)),
            "komoditas": rng.choice(COMMODITIES),
            "andil": fmt_dec(rf(0.01, 0.3)),
            "kota": str(rng.choice((82, 90, 150))),
            "kotainf": str(ri(40, 80)),
            "tinggi": fmt_dec(rf(1, 3)),
            "ekspor": fmt_dec(rf(10, 25)),
            "impor": fmt_dec(rf(1, 20)),
            "konsumsi": fmt_dec(rf(50, 58)),
            "ntp": fmt_dec(rf(0.1, 1.5)),
            "period_title": f"Kuartal {ROMAN[(event.month - 1) // 3]}-{event.year}",
        }
    elif name == "politik":
        suara = rf(35, 65)
        s |= {
            "cand": f"{names[2]}-{person(rng)}",
            "party": (p := rng.sample(PARTIES, 3))[0],
            "party2": p[1],
            "party3": p[2],
            "suara": fmt_dec(suara),
            "suara2": fmt_dec(100 - suara - rf(0, 10)),
            "votes": fmt_int(ri(500_000, 9_000_000)),
            "partisipasi": fmt_dec(rf(55, 82)),
            "kursi": str(ri(20, 60)),
            "aduan": str(ri(20, 400)),
            "tps": fmt_int(ri(3000, 40000)),
            "kab": str(ri(9, 38)),
            "dpt": fmt_dec(rf(1, 33), 1),
        }
    elif name == "pengadilan":
        tuntut = ri(4, 15)
        s |= {
            "defendant": rng.choice(("mantan Bupati", "mantan Kepala Dinas", "pengusaha"))
            + f" {names[2]}",
            "crime": rng.choice(CRIMES),
            "vonis": str(tuntut - ri(0, 3)),
            "tuntut": str(tuntut),
            "denda": fmt_int(ri(1, 10) * 100),
            "subsider": count(rng, ri(2, 6)),
            "ganti": fmt_dec(rf(0.5, 40), 1),
            "rugi": fmt_dec(rf(1, 200), 1),
            "saksi": str(ri(8, 40)),
            "sita": fmt_int(ri(50, 5000)),
        }
    elif name == "olahraga":
        c = rng.sample(CLUBS, 3)
        g1 = ri(1, 4)
        s |= {
            "club": c[0],
            "club2": c[1],
            "club3": c[2],
            "g1": str(g1),
            "g2": str(ri(0, g1 - 1)),
            "stadium": rng.choice(STADIUMS),
            "coach": names[0],
            "scorer": person(rng),
            "scorer2": person(rng),
            "m1": str(ri(3, 44)),
            "m2": str(ri(46, 80)),
            "penonton": fmt_int(ri(5, 60) * 1000),
            "rank": str(ri(1, 12)),
            "poin": str(ri(10, 60)),
            "kartu": count(rng, ri(2, 8)),
            "tanpa": count(rng, ri(3, 9)),
        }
    elif name == "ecommerce":
        s |= {
            "shop": rng.choice(SHOPS),
            "promo": rng.choice(("11.11", "12.12", "Ramadhan", "Harbolnas", "9.9")),
            "trx": fmt_dec(rf(2, 30), 1),
            "persen": str(ri(10, 60)),
            "pengguna": str(ri(20, 150)),
            "umkm": str(ri(5, 300)),
            "lokal": fmt_dec(rf(30, 60), 1),
            "kurir": fmt_int(ri(1000, 20000)),
            "peserta": str(ri(50, 300)),
            "digital": str(ri(40, 150)),
            "keluhan": str(ri(5, 40)),
            "dompet": str(ri(30, 70)),
        }
    elif name == "kesehatan":
        kasus = ri(50, 4000)
        s |= {
            "disease": rng.choice(DISEASES),
            "kasus": fmt_int(kasus),
            "mati": count(rng, ri(1, 30)),
            "kasuslama": fmt_int(kasus // ri(2, 5)),
            "usia": count(rng, rng.choice((5, 10, 15))),
            "rawat": str(ri(10, 300)),
            "bed": str(ri(10, 120)),
            "sasaran": fmt_int(ri(10, 500) * 1000),
            "anggaran": fmt_dec(rf(1, 50), 1),
            "rumahdata": fmt_int(ri(100, 5000)),
        }
    return s


def article(
    rng: random.Random,
    name: str,
    fixed: dict[str, str],
    event: dt.date,
    published: dt.datetime,
    outlet: tuple[str, str, str],
) -> tuple[str, str]:
    """The title and text of one article of a story."""
    parts = GENRES[name]
    slots = Slots(fixed, Dates(rng, published.date(), fixed["zone"]), event)
    title = rng.choice(parts["titles"]).format_map(slots)
    _source, dateline, tag = outlet
    where = fixed["capital"] if rng.random() < 0.5 else fixed["city"]
    lead = dateline.format(City=where, CITY=where.upper()) + rng.choice(parts["leads"])
    paragraphs = [lead.format_map(slots)]
    body = list(parts["body"])
    rng.shuffle(body)
    common = list(COMMON)
    rng.shuffle(common)
    quotes = list(parts["quotes"])
    rng.shuffle(quotes)
    speakers = [("a", "as_"), ("b", "bs"), ("c", "cs"), ("w", "w")]
    target = rng.randint(2500, 4000)
    size = len(paragraphs[0])
    while size < target and (body or common or quotes):
        roll = rng.random()
        if roll < 0.25 and quotes:
            full, short = rng.choice(speakers)
            q = quotes.pop().format_map(slots)
            form = rng.choice(QUOTE_FORMS)
            text = form.format_map(
                Slots(
                    fixed
                    | {
                        "q": q,
                        "ql": q[0].lower() + q[1:],
                        "who": fixed[full],
                        "whos": fixed[short],
                        "whoS": fixed[short],
                    },
                    slots.dates,
                    event,
                )
            )
        elif roll < 0.75 and body:
            text = body.pop().format_map(slots)
            if body and rng.random() < 0.35:  # two sentences in one paragraph
                text += " " + body.pop().format_map(slots)
        elif common:
            text = common.pop().format_map(slots)
        else:
            continue
        paragraphs.append(text)
        size += len(text) + 1
    if tag:
        paragraphs[-1] += " " + tag
    text = "\n".join(paragraphs)
    return title, text[0].upper() + text[1:]


def stories(seed: int) -> Iterator[dict[str, str]]:
    """Articles, story by story, forever: dicts with id, text, published, source, title."""
    names = sorted(GENRES)
    span = (END - START).days
    number = 0
    while True:
        rng = random.Random(seed * 1_000_003 + number)
        name = names[number % len(names)] if number < len(names) else rng.choice(names)
        event = START + dt.timedelta(days=rng.randrange(span))
        fixed = story_slots(rng, name, event)
        outlets = rng.sample(OUTLETS, rng.randint(3, 8))
        for k, outlet in enumerate(outlets):
            lag = 0 if k == 0 else rng.choice((0, 0, 1, 1, 1, 2, 3, 5, 8))
            if name in ("bbm", "ecommerce") and rng.random() < 0.4:
                lag = -rng.randint(1, 10)  # announced before the day
            published = dt.datetime.combine(
                event + dt.timedelta(days=lag), dt.time(rng.randint(5, 23), rng.randrange(60))
            )
            title, text = article(rng, name, fixed, event, published, outlet)
            yield {
                "id": f"s{number:05d}-{k}",
                "text": text,
                "published": published.strftime("%Y-%m-%dT%H:%M"),
                "source": outlet[0],
                "title": title,
            }
        number += 1


def write(path: Path, articles: int, seed: int = 1) -> Path:
    """Write `articles` articles to path as .jsonl."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for n, record in enumerate(stories(seed)):
            if n >= articles:
                break
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def main() -> None:
    """Write the corpus."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--out", type=Path, default=Path("/tmp/corpus.jsonl"))
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    write(args.out, args.articles, args.seed)
    print(f"{args.articles} articles -> {args.out}")


if __name__ == "__main__":
    main()
