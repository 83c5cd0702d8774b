"""A deterministic synthetic corpus of Indonesian news articles, as .jsonl, for benchmarks.

Not a test. Run:

    python tests/benchmarks/corpus.py --articles 10000 --out /tmp/corpus-10k.jsonl [--seed 1]

Articles come in stories: one event (a disaster, a plane crash or incident, a fuel price
change or shortage, a BPS release, a regional election, a corruption case, a match, an
online sale, rule or scam, an outbreak) told by 3-8 outlets (Kompas, Detik, Antara, Tempo,
CNN Indonesia, Republika ...) on the day of the event and the days after. Places, people
with their titles, numbers and dates are written as Indonesian news writes them: "Senin
(8/10/2018)" with the right weekday, "kemarin", "pekan lalu", "11 November mendatang",
"pukul 06.18 WIB", "Januari-Mei 2018", durations. Publication dates spread over 2012-2024;
bodies are 2,500-4,000 characters (250-600 words), the length of a Kompas article.

Like real news, different stories of one genre share the genre's words but not its
sentences, and the articles of one story share facts (names, places, numbers, dates, key
phrases) more than wording:

- Each genre has kinds (an earthquake or a flood, a crash at sea or a runway excursion, a
  verdict or an arrest, an inflation or a labour release ...) and pools of templates:
  titles, leads, facts (each a group of paraphrases, with [a|b] choices of wording inside,
  some for one kind only), quotes of officials, of the people the story happened to and of
  analysts, lists of names (victims, crew, witnesses, line-ups) and the residents an outlet
  met. General sentences (COMMON), the village's context (LOCAL: what its people live from,
  its products, landmarks, distances) and the regency's (LOCAL_CITY: economy, wage, budget)
  serve all genres.
- Each story draws its place (the regencies, districts and villages of 29 provinces; most
  village names made of local parts: "Sidomulyo", "Cibeureum", "Koto Tuo"), its numbers,
  details from lexicons (damaged facilities, aid, products, commodities ...) and its own
  subset of every pool. Its people: six officials with titles drawn per story from the
  genre's offices (none is a real office holder), the village head and the regent,
  witnesses and analysts, named from pools of Javanese, Sundanese, Batak, Minang, Malay,
  Acehnese, Balinese, Sasak, Bugis, Minahasan, Moluccan, Papuan, NTT, Chinese-Indonesian and
  Arabic-origin names, many made of parts ("Su-mar-no", "Kamar-uddin", "Febri-ansyah"),
  single names ("Sutopo") too, local names more likely. A person is named in full with the
  title at first mention, then by the short name.
- Each outlet's article takes part of the story's facts in a loose order, its own
  paraphrase and wording of each, a few facts of its own, its own choice of quotes (with
  spoken openers), of context and lists, and its house style ("daring" or "online",
  "pelatih" or "juru taktik"). It quotes the story's officials and residents and analysts
  of its own, and tells many facts as someone's ("..., kata Dwi."), as news does.

Each line is one JSON object: id ("s{story:05d}-{k}", k the outlet's article), text,
published, source, title. The same seed and count always give the same file, and the
first N articles of a larger corpus are the corpus of N articles (stories are made in
order, each from its own random generator).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import textwrap
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

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


def fmt_int(n: int) -> str:
    """12345 as Indonesian writes it: 12.345."""
    return f"{n:,}".replace(",", ".")


def fmt_dec(x: float, places: int = 2) -> str:
    """5.17 as Indonesian writes it: 5,17."""
    return f"{x:.{places}f}".replace(".", ",")


def count(rng: random.Random, n: int) -> str:
    """A small count in words or digits, as news writes it."""
    return WORDS[n] if n <= 10 and rng.random() < 0.6 else fmt_int(n)


def groups(text: str) -> tuple[tuple[str, ...], ...]:
    """Templates, one a line; an indented line continues the one above, and a line
    starting with "| " is another wording of the one above (a group of paraphrases)."""
    out: list[list[str]] = []
    for line in textwrap.dedent(text).strip("\n").splitlines():
        if line.startswith(" ") and out:
            out[-1][-1] += " " + line.strip()
        elif line.startswith("| ") and out:
            out[-1].append(line[2:].strip())
        elif line.strip():
            out.append([line.strip()])
    return tuple(tuple(re.sub(r"\s*\|\s*", "|", t) for t in g) for g in out)


CHOICE = re.compile(r"\[([^\[\]]*)\]")
SPACES = re.compile(r" {2,}| (?=[,.])")


def pick(rng: random.Random, template: str) -> str:
    """The template with each [a|b|c] choice of wording resolved ("[a|]": a or nothing)."""
    if "[" not in template:
        return template
    text = CHOICE.sub(lambda m: rng.choice(m.group(1).split("|")), template)
    return SPACES.sub(lambda m: " " if len(m.group()) > 1 else "", text)


def words(text: str) -> tuple[str, ...]:
    """Names, one a word; "_" joins the words of one name: "Tanjung_Morawa"."""
    return tuple(w.replace("_", " ") for w in text.split())


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


# --- People -----------------------------------------------------------------------------

# name group: (men's first names, women's first names, family or last names, women's last
# names, single names). "_" joins the words of one name.
NAMES: dict[str, tuple[tuple[str, ...], ...]] = {
    "jawa": (
        words(
            "Agus Budi Bambang Joko Slamet Teguh Wahyu Eko Dwi Heru Hadi Purwanto Haryanto Bayu"
            " Yudi Rudi Hendro Adi Didik Sigit Gatot Wawan Anang Setyo Edy Fajar Galih Bagus"
            " Dimas Aris Ari Bowo Sugeng Tri Yoga Ilham Danang Yanuar Kukuh Bondan Wisnu Aji"
            " Anton Yohanes Antonius Gregorius Hartanto Nugroho Catur Prasetya"
        ),
        words(
            "Sri Endang Retno Yuliana Wulan Ratna Dewi Lestari Rini Sulastri Endah Tutik Yuni"
            " Dian Indah Ayu Nanik Puji Wahyuni Kartika Setyaningsih Astuti Widya Rahayu Novita"
            " Fransiska Anik Titik Sekar Larasati"
        ),
        words(
            "Santoso Wibowo Nugroho Prasetyo Setiawan Susilo Purnomo Utomo Sulistyo Hartono"
            " Wijayanto Raharjo Handoko Saputro Suryono Kuncoro Priyono Sasongko Wicaksono"
            " Pamungkas Kusumo Darmawan Yulianto Mulyono Supriyadi Hermanto Sugiharto Wahyudi"
            " Riyanto Budiman Hadisuwarno Sutanto Prakoso Nurcahyo Hendratno Setyawan"
            " Widjanarko Suprapto Mardiyanto Triyono Kristiyanto Hadiwijoyo Suryadi Purwadi"
        ),
        words(
            "Rahmawati Wulandari Puspitasari Anggraini Permatasari Kurniasih Lestari Handayani"
            " Susanti Wahyuningsih Pertiwi Sulistyowati Rahayu Purwaningsih Setyorini"
        ),
        words(
            "Sutopo Sutrisno Suparman Sukiman Wagiman Paiman Suyatno Poniman Parjo Karsono"
            " Mujiono Tarmuji Suparjo Kasmijan Sarmin Tukimin Sumarno Sugiyono Mulyadi Kasiyem"
            " Tukiyem Sumarni Ngatini Sumiyati Suwarni Painem Sarinah Juminten Tumijan Sukardi"
        ),
    ),
    "sunda": (
        words(
            "Asep Dadang Ujang Cecep Dede Yayan Ade Aep Engkus Yana Nandang Tatang Dadan Iwan"
            " Jajang Endang Usep Wawan Deden Rahmat Ridwan Ayi Kiki Hendi Irfan Rizky Gilang"
            " Agus Dodi Encep Yusuf"
        ),
        words(
            "Iis Euis Neneng Kokom Elis Ai Popon Nining Lilis Imas Enok Yuyun Siti Rina Neni"
            " Tati Wiwin Yeni Resti Nenden Rika"
        ),
        words(
            "Sunarya Suhendar Hidayat Permana Kusnadi Sutisna Gunawan Suryana Mulyana Setiadi"
            " Ruhiyat Sobandi Supriatna Rukmana Wiranata Komarudin Nurdin Saefulloh Sopandi"
            " Hermawan Sukmana Firmansyah Hamdani Rustandi Kurniawan Somantri Suherman"
            " Sudrajat Ramdani Maulana Nugraha Saputra Kartasasmita Suryadi Wirahadikusumah"
        ),
        words("Nurhasanah Rohaeti Kurniasih Sumiati Fitriani Rahmawati Komariah Nurjanah"),
        words("Aceng Oman Karta Emen Ohim Saripah Icih Enah Cucu Odang Uju Amin"),
    ),
    "batak": (
        words(
            "Tigor Togar Maruli Horas Bonar Roy Parlindungan Lamhot Marihot Sahat Hotman Poltak"
            " Martua Benny Jhon Rudolf Darwin Edison Frans Hendrik Robert Tumpal Binsar Partogi"
            " Jonner Fernando Edward Mangasi Torang Bistok"
        ),
        words(
            "Rosmawati Juliana Rumondang Ruth Deliana Lamria Tiurma Hotmaida Rosdiana Martha"
            " Nurhaida Sondang Erna Kristina Melva Rotua"
        ),
        words(
            "Siregar Nasution Harahap Lubis Simanjuntak Sitompul Purba Pangaribuan Sembiring"
            " Tarigan Manurung Hasibuan Hutagalung Situmorang Sinaga Simatupang Panjaitan"
            " Napitupulu Sihombing Silalahi Marpaung Sitorus Pardede Ginting Damanik Saragih"
            " Pasaribu Sianturi Tambunan Hutapea Batubara Rangkuti Siahaan Matondang Simbolon"
            " Gultom Pohan Daulay Tampubolon Aritonang Sibarani Sitepu Perangin-angin"
        ),
        (),
        (),
    ),
    "minang": (
        words(
            "Afrizal Zulkifli Yusrizal Hendri Syafrizal Zulfikar Ramli Mardison Nofriadi Elfizar"
            " Irwan Syamsul Andre Fadly Rahmat Yuliandri Asrul Edi Defri Hendra Rizal Fauzi"
            " Gusnaldi Yulizar Adrizal Jasman Nasrul"
        ),
        words(
            "Desmawati Yulnita Rahmi Nurhayati Yenni Elvi Rosnida Fitria Gusnita Mardiana"
            " Yusnita Erlinda Suryani Yulia Nelly"
        ),
        words(
            "Chaniago Piliang Koto Tanjung Sikumbang Jambak Malik Marzuki Effendi Yunus Djamal"
            " Rasyid Syofyan Azwar Syahrial Anwar Zainal Arifin Bakar Hakim Ilyas Sutan Rahman"
            " Idris Amir Basri Nasrun Saldi"
        ),
        (),
        (),
    ),
    "melayu": (
        words(
            "Syamsuar Zulkarnain Syahrial Hasan Amri Rusli Jamaluddin Azhar Mukhlis Zainal"
            " Herman Yusri Hafiz Ferdi Iskandar Harun Saiful Ridho Fikri Amirul Rahmad Darmansyah"
            " Asnawi Samsudin"
        ),
        words(
            "Nurlela Zubaidah Rosmaniar Nurhasanah Hafizah Salmah Fauziah Nurul Halimah Maryam"
            " Rohani Sarifah Nilawati Wan_Suryani"
        ),
        words(
            "Effendi Syahputra Hamid Saleh Mahmud Yusuf Ismail Rasyid Alamsyah Abdullah Zakaria"
            " Kadir Hamzah Thamrin Fahmi Syarif Darwis Junaidi Usman Ramli Bakri Ali Mansur"
            " Nasir Syukri Kamaluddin Ridwan"
        ),
        words("Safitri Yusnita Marlina Handayani"),
        words("Atan Busu Long Cik_Ani Dolah"),
    ),
    "aceh": (
        words(
            "Teuku_Rizal Teuku_Faisal Teuku_Hamdani Muzakir Zulfadli Irwandi Fauzan Mukhlis"
            " Safrizal Husaini Marzuki Azhari Nasruddin Zulkarnaini Samsul Khairul Munawar"
            " Iskandar Saifullah Murthala Fadhli Reza Yusri Akmal"
        ),
        words(
            "Cut_Rahmah Cut_Nurul Rahmi Nurhayati Fitriani Rosmiati Yusnidar Khairiah Raihan"
            " Nurmala Suryani Zahrina"
        ),
        words(
            "Abdullah Yusuf Hasan Ibrahim Daud Ismail Usman Mahmud Jalil Ali Syah Puteh Amin"
            " Yacob Adnan Rasyid Hamzah Gani Sulaiman Basyah Idris Razali Hanafiah"
        ),
        (),
        words("Bukhari Mahdi Sulaiman Nurdin"),
    ),
    "bali": (
        words(
            "I_Made I_Wayan I_Nyoman I_Ketut I_Gede I_Putu I_Komang I_Kadek I_Gusti_Ngurah"
            " Anak_Agung_Gede Ida_Bagus I_Made I_Wayan I_Nyoman I_Ketut"
        ),
        words(
            "Ni_Luh Ni_Made Ni_Wayan Ni_Ketut Ni_Putu Ni_Kadek Ni_Nyoman Ni_Komang"
            " Anak_Agung_Ayu Ida_Ayu"
        ),
        words(
            "Sudarsana Suarjana Wirawan Sukarta Arsana Astawa Mahendra Budiarta Suardana Sumerta"
            " Widiana Darmayasa Arnawa Sutama Wirata Suweta Adnyana Suparta Kariasa Sudiarta"
            " Mertayasa Juliarta Dharma Sukadana Parwata Artana Sugiarta Wisnawa Suastika"
        ),
        words(
            "Ariani Sriasih Puspawati Ardani Kusumawati Sukerti Suartini Widiasih Sudarmi"
            " Sariani Mustika Adnyani Darmini Sulasmini"
        ),
        (),
    ),
    "sasak": (
        words(
            "Lalu_Ahmad Lalu_Sudirman Lalu_Gita Lalu_Hamzah Muhammad Zainul Hamdan Rusdi"
            " Abdul_Malik Sahnan Mustiadi Junaidi Rahmat Hulaemi Amiruddin Jumaidi Mahrup"
            " Suhaimi Nasrullah Herman Hamdi Sukiman"
        ),
        words(
            "Baiq_Nurul Baiq_Diyah Nurhidayah Hamidah Rohani Sumiati Husnul Mardiyah"
            " Rahmawati Nuraini Nurhasanah Sahnun"
        ),
        words(
            "Hidayat Zainuddin Syarifuddin Muhsin Hakim Ahmad Amin Irawan Sahidu Jayadi Wahid"
            " Ramli Sofyan Mujib Hasan Fathurrahman Azhar Sapoan"
        ),
        (),
        words("Amaq_Sahli Inaq_Marni Sahim Papuq_Munah"),
    ),
    "ntt": (
        words(
            "Yohanis Markus Frans Piter Agustinus Yulius Stefanus Yosep Fransiskus Benediktus"
            " Yakobus Paulus Simon Mikael Aloysius Kornelis Damianus Lukas Petrus Gabriel"
            " Hendrikus Emanuel Alfons Umbu_Rara Umbu_Kudu"
        ),
        words(
            "Maria Veronika Elisabeth Theresia Yuliana Maria_Goreti Margaretha Agnes Serafina"
            " Katarina Yasinta Florentina Bernadeta Rambu_Ana"
        ),
        words(
            "Making Kleden Bataona Lewar Ratu Bria Nahak Mau Seran Kolo Laka Koten Wadu Dacosta"
            " Parera Fernandez Gomes Goncalves Tukan Tokan Lamablawa Riberu Hurint Sogen Ola"
            " Nule Lado Manafe Nenobais Tallo Benu Liu Tefa Dapa_Talu"
        ),
        (),
        (),
    ),
    "minahasa": (
        words(
            "Stevanus Jefry Frangky Ronald Hendrik Arnold Johny Fery Rudy Decky Jantje Max"
            " Rommy Sonny Rio Reinhard Vicky Jimmy Steven Christian Novel Alfrets Jerry"
        ),
        words(
            "Meiske Vonny Deisy Olvie Jeane Tineke Grace Marlyn Yolanda Nova Selvie Inggrid"
            " Feybe Lidya Conny"
        ),
        words(
            "Lumentut Sondakh Rumengan Mandagi Tumbelaka Kalalo Pangkerego Wenas Rampengan"
            " Supit Mamahit Sumampouw Lengkong Rondonuwu Tumewu Pinontoan Karamoy Wowor Kaunang"
            " Pangemanan Sigar Worang Lumowa Waworuntu Runtuwene Tangkilisan Mokodompit"
        ),
        (),
        (),
    ),
    "bugis": (
        words(
            "Andi_Muhammad Andi_Amir Andi_Syamsul Andi_Rahman Andi_Baso Muhammad Syamsul Baso"
            " Hasanuddin Jufri Rusdi Nurdin Ilham Kamaruddin Arifuddin Syahrul Taufan Irwan"
            " Muhlis Syarifuddin Zulkarnain Anwar Haeruddin Ansar Ridwan Akbar Fadli Amiruddin"
            " Jamaluddin Sahabuddin Rahmat Lukman"
        ),
        words(
            "Andi_Tenri Andi_Nurhaedah Sitti Hasnah Darmawati Rahmatia Nurhayati Hasmiah"
            " Rosmini Sumarni Nurjannah Haslinda Irmawati Rahmawati Musdalifah Kasmawati"
        ),
        words(
            "Sulaiman Pawiloy Abdullah Parawansa Pangerang Makkasau Sompa Pawelloi Rasyid Hamzah"
            " Latief Mappiasse Suyuti Yasin Massiara Pettalolo Laide Mappaselle Mallombasi"
            " Tajuddin Mattalitti Ramli Alimuddin Djafar Syahrir Arsyad Mustari Usman Beddu"
            " Taba Lagu Lamaddukelleng"
        ),
        (),
        words("Daeng_Ngalle Daeng_Tayang Baco Becce Upe"),
    ),
    "maluku": (
        words(
            "Yopi Marthen Johanis Everd Semuel Abraham Nikolas Ronny Elly Jacob Daniel Izaak"
            " Obed Hengky Hamid Said Abdul_Gani Ismail Rusdi Zeth"
        ),
        words("Marlin Elisa Maria Magdalena Yohana Sarah Ester Hadijah Fatma Salma Rosa Mince"),
        words(
            "Pattinasarany Latuconsina Leiwakabessy Tuhumury Sahetapy Matulessy Lewerissa"
            " Tahapary Pattiasina Huwae Souisa Tuasikal Ohorella Ely Rumalutur Sopacua"
            " Wattimena Siahaya Latumahina Hehanussa Tutupary Lumaela Pelupessy Sapulete"
        ),
        (),
        (),
    ),
    "papua": (
        words(
            "Yohanis Markus Yosias Matius Elias Benny Hans Otto Yulius Natan Teius Marthen"
            " Herman Lukas Demianus Silas Titus Hengky Petrus Yan Yakob Nius"
        ),
        words(
            "Yosina Naomi Martha Yuliana Fince Rosalina Ester Agustina Debora Selfina Yohana"
            " Margaretha"
        ),
        words(
            "Wenda Kogoya Tabuni Wonda Yikwa Rumbiak Mandowen Karubaba Waromi Kambu Mirin Ayomi"
            " Wakerkwa Hisage Tebai Gobai Pigai Douw Mote Yoman Womsiwor Rumkorem Sawor Ansaka"
            " Wanggai Rumaropen Ohee Sroyer Kafiar Iwanggin"
        ),
        (),
        (),
    ),
    "kalimantan": (
        words(
            "Muhammad_Noor Akhmad Rahmadi Syaifullah Gusti_Rahmat Fahrurrazi Husin Mahdi"
            " Rusmadi Abdul_Haris Jumadi Ardiansyah Sugianto Yansen Kristian Lambertus Ignatius"
            " Teras Antonius Elias Rusdiansyah Hairul"
        ),
        words(
            "Siti_Rahmah Norhasanah Mariatul Rusmini Jumiati Aminah Rosita Yuliana Maria"
            " Saripah Norlaila Hairunnisa"
        ),
        words(
            "Noor Rahman Fadillah Mahmud Arsyad Hairani Bakhtiar Syahrani Husaini Ramadhani"
            " Narang Ngabut Sahay Unjung Bahat Tingang Antang Lambung Ajang Kayan Anang_Syah"
        ),
        (),
        words("Udin Inul Saleh Utuh Galuh"),
    ),
    "tionghoa": (
        words(
            "Hendra Ferry Kevin Michael Steven Vincent Hendrik Sugiarto Winarto William Stefanus"
            " Gunawan Harry Rudy Johan Andreas Hartanto Tommy Jimmy Edwin Felix Ricky Hendy"
            " Yoshua Daniel Yanto Kurniawan Sofyan Jusuf"
        ),
        words(
            "Lily Melinda Jessica Cynthia Linda Felicia Susi Lanny Grace Wenny Yenny Stella"
            " Meiliana Vivian Caroline Natalia Angeline Mira"
        ),
        words(
            "Tanoto Tanujaya Halim Wijaya Lukito Tjahjadi Tjandra Hartanto Susanto Salim Gozali"
            " Widjaja Setiabudi Tanuwidjaja Gunadi Sugianto Kusuma Limanto Sutedja Wangsa"
            " Darmadi Hadiwinata Sulistio Budiono Kartadjaja Liman Tanudjaja"
        ),
        (),
        (),
    ),
    "arab": (
        words(
            "Muhammad Ahmad Abdullah Fauzi Habib Husein Salim Umar Usman Faisal Hamid Ali Hasan"
            " Ibrahim Ismail Yusuf Taufiq Zulkarnain Fadhil Luthfi Syaiful Abdul_Rahman"
            " Abdul_Aziz Hasyim Mahfud Said Alwi Zainal Najib Farhan Muhsin Bagir Ridwan"
        ),
        words(
            "Khadijah Fatimah Aisyah Zainab Syarifah Nur Maryam Halimah Salma Nabila Rahma"
            " Zahra Nadia Faridah Hafsah Aminah Laila"
        ),
        words(
            "Assegaf Alatas Al-Habsyi Alaydrus Baswedan Shihab Bamualim Bachmid Basalamah"
            " Al-Jufri Bawazier Alkaff Bafadal Bahasoan Albar Hidayat Rahman Hakim Ramadhan"
            " Firmansyah Anwar Maulana Rizki Fauzan Syarifuddin Nurhadi Zainuddin Fadillah"
            " Hamdani Mubarak Sholeh Anshori Muttaqin Rohman Haris Thalib"
        ),
        words("Nurjanah Hasanah Mufidah Azizah"),
        (),
    ),
}
# Chinese-Indonesian names in the old form: "Tan Hok Liong".
SURNAMES = words("Tan Lim Liem Oei Gouw Kwee Ong Lie Tjoa Tjhin Kho Tio")
SYLLABLES = words(
    "Kian Hok Swie Tjoen Gie Hong Liang Sen Bing Djin Tjeng Siong Hwa Lan Kiong Boen Kwang"
    " Hian Soen Tek Gwan Tiong"
)
# Foreign football coaches and players.
FOREIGN = (
    words(
        "Marko Bojan Luis Carlos Robert Thomas Stefan Pieter Igor Dragan Mario Bernardo Javier"
        " Thiago Renan Diego Bruno Marcos Yuki Rafael"
    ),
    words(
        "Petrovic Jovanovic Fernandes Gomez Becker Kovac Novak Herrera Rossi Almeida Moreno"
        " Dimitrov Silva Santos Oliveira Pereira Costa Matsuda Vidal Markovic"
    ),
)
# How often a name comes from each group, for people from anywhere in the country.
NATIONAL_GROUPS = ("jawa", "sunda", "batak", "minang", "bugis", "arab", "tionghoa", "melayu")
NATIONAL = {
    "jawa": 34,
    "sunda": 13,
    "arab": 10,
    "batak": 7,
    "melayu": 6,
    "minang": 6,
    "bugis": 6,
    "tionghoa": 6,
    "bali": 3,
    "minahasa": 3,
    "aceh": 2,
    "maluku": 2,
    "ntt": 2,
    "kalimantan": 2,
    "papua": 1,
    "sasak": 1,
}
# First words that are not what a person is called: "I Made Suardana" is "Suardana".
PREFIXES = frozenset(
    words(
        "I Ni Made Wayan Nyoman Ketut Gede Putu Komang Kadek Luh Gusti Ngurah Anak Agung Ida"
        " Bagus Ayu Muhammad Ahmad Andi Teuku Cut Lalu Baiq Abdul Siti Umbu Rambu Wan Amaq"
        " Inaq Papuq Daeng Akhmad"
    )
)


# Names made of parts, as many Indonesian names are: "Su-mar-no", "Sastro-wardoyo",
# "Kamar-uddin", "Af-rizal", "Hot-man", "Rum-biak". Per group: (men's first names,
# women's first names, family names), each a list of (starts, ends).
Parts = tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]
UDDIN = (
    words(
        "Syamsu Arif Kamar Jamal Nur Haer Sahab Amir Fakhr Najam Alim Hasan Zain Saif Taj"
        " Bahar Badr Syarif Khair Nasr Zahr Muhy Izz Siraj Burhan Kamal Ruhul"
    ),
    ("uddin",),
)
ABDUL = (
    ("Abdul ",),
    words(
        "Rahman Aziz Hakim Malik Karim Rasyid Latif Gani Halim Majid Wahab Kadir Muis Rauf"
        " Haris Jalil Basir Hamid Salam Mutalib"
    ),
)
SU = tuple(
    "Su" + m
    for m in words(
        "kar mar par tar wan dar giy ri har jat lis kir yat ran wad mad sad rip nar bar pri"
        " yit tris man kard pard"
    )
)
# Old Javanese names of three parts: "Sa-ki-man", "Par-di-yo", "Ka-ri-jo".
JAVANESE = tuple(
    a + b
    for a in words("Sa Pa Ka Wa Ta Mar Sar Kar Par Tar Dar Sas Sag Wag Sut Sup Pon Suk Suw Sum")
    for b in words("ki ri ji wi mi ni di yo")
)
# Modern names made from months and common roots: "Febriansyah", "Oktaviani".
MODERN_STARTS = words(
    "Febri Oktavi Novi Juli Septi Apri Rizki Ardi Herdi Yudi Rudi Andri Hendri Dedi Sapri Supri"
    " Heri Hari Budi Edi Feri Hadi Ervi Irwi Devi Selvi Yuli Marli"
)
MODERN = (
    ((MODERN_STARTS, words("ansyah anto yanto yadi awan an")),),
    ((MODERN_STARTS, words("yanti ani ana wati ningsih asari ati")),),
)
COMPOSED: dict[str, tuple[Parts, Parts, Parts]] = {
    "jawa": (
        (
            (SU, words("no to di man jo yono yanto min mo ji")),
            (JAVANESE, words("man yo jo no to min ran")),
            (
                words(
                    "Har Pur Mul Tri Sap Kus Pras Seti Sugi Nur Wid Rah Sul Yul Her Sus Pri Gun"
                    " Ar Sig Tek Wal Bamb"
                ),
                words("yanto yono wanto tono sono yadi wadi tanto mono jono mianto"),
            ),
        ),
        (
            (SU, words("ni ti yati mi yem nah wati rti")),
            (
                words(
                    "Kusuma Widya Puspa Setya Wahyu Purwa Ratna Indra Sekar Ayu Eka Dwi Tri"
                    " Endah Nur Wulan Dyah Mega"
                ),
                words("wati ningsih ningrum ningtyas sari astuti yani"),
            ),
        ),
        (
            (
                words(
                    "Hadi Wiro Karto Mangun Sastro Darmo Atmo Projo Sosro Reksa Puspo Kusumo"
                    " Suryo Joyo Harjo Prawiro Tirto Sumo Notho"
                ),
                words(
                    "wijoyo sudarmo diharjo prawiro atmojo suwito utomo pranoto negoro sumarto"
                    " wardoyo hartono winoto sasmito kusumo diningrat wiyono sumitro"
                ),
            ),
        ),
    ),
    "sunda": (
        (),
        (),
        (
            (
                words(
                    "Kusuma Wira Surya Prawira Nata Karta Soma Sasmita Suta Ganda Rukma Suha"
                    " Ruhi Supri Sobar Purwa"
                ),
                words(
                    "dinata atmaja negara wijaya kusumah praja winata diredja sasmita permana"
                    " wangsa dilaga"
                ),
            ),
            (
                words("Su Ma Ru Sa Hi Ko Ra"),
                words("tisna nandar hendar ryana ganda wanda karna jana mantri wardi diana"),
            ),
        ),
    ),
    "batak": (
        (),
        (
            (
                words("Ros Lam Tiur Hot Nur Ser Mar Lin"),
                words("mawati ria maida diana hayati mondang dina ida ianna"),
            ),
        ),
        (),
    ),
    "minang": (
        (
            (
                words(
                    "Af Syaf Yus Hend Nof Def Jon Zul Hen Rus Az Ed Yul Des Gus Mar Rid Ir Far Is"
                ),
                words(
                    "rizal ri nedi mardi fikar kifli man wardi hendri nil lizar nal dison rial"
                    " win zal nadi"
                ),
            ),
        ),
        (
            (
                words("Yul Des Nof Ros Er Yus El Gus Rah Ne Yen Eli Mar"),
                words("nita mawati nelly lina nida mi linda ni mayanti wita fina"),
            ),
        ),
        (),
    ),
    "melayu": ((UDDIN, ABDUL), (), ()),
    "aceh": ((UDDIN,), (), ()),
    "sasak": ((UDDIN,), (), ()),
    "kalimantan": ((UDDIN,), (), ()),
    "bugis": ((UDDIN,), (), ()),
    "arab": (
        (UDDIN, ABDUL),
        ((("Nur",), words("hidayah hasanah aini jannah halimah laili azizah fitri rohmah")),),
        (),
    ),
    "bali": (
        (),
        (),
        (
            (
                words(
                    "Darm Mert Suk Wir Bud Art Jul Sud Wisn Ad Kert Sur Wid Suth Git Putr Sastr"
                    " Jay Sukm Parw Ast Sed Mahar Gunart"
                ),
                words(
                    "ayasa adana iarta awan iana awa adnyana ajaya asena agama awibawa aparta"
                    " ajana ika ana ayana"
                ),
            ),
        ),
    ),
    "minahasa": (
        (),
        (),
        (
            (
                words("Rum Mand Tum Kal Pang Lum Rond Runt Wow Sum Kaun Ting Lengk Mam Tang Pin"),
                words(
                    "engan agi belaka alo kerego entut onuwu uwene or ampouw ang kilisan ong"
                    " oruntu ahit ontoan"
                ),
            ),
        ),
    ),
    "tionghoa": (
        (),
        (),
        (
            (
                words("Tanu Tandi Hali Kusu Wira Sant Hart Tjah Lima Gunawi Setia"),
                words("widjaja wijaya djaja mihardja atmadja jadi ono anto budi"),
            ),
        ),
    ),
}


OLD_NAMES = frozenset(("bali", "batak", "minahasa", "maluku", "papua", "ntt", "tionghoa"))


def compose(rng: random.Random, parts: Parts) -> str:
    """A name made of a start and an end."""
    starts, ends = rng.choice(parts)
    start, end = rng.choice(starts), rng.choice(ends)
    made = start + (end[1:] if end[:1] == start[-1:] else end)  # "Sugiy-yanto": "Sugiyanto"
    return re.sub(r"([aiueo])\1", r"\1", made)  # "Wisnaarta": "Wisnarta"


def name(
    rng: random.Random,
    region: str,
    *,
    local: float = 0.55,
    single: float = 0.1,
    women: float = 0.35,
) -> str:
    """A person's name, of the region's people with probability `local`; about half of the
    names are made of parts, so that the people of different stories rarely share one."""
    if rng.random() < local and region in NAMES:
        group = region
    else:
        group = rng.choices(list(NATIONAL), weights=list(NATIONAL.values()))[0]
    men, women_first, last, women_last, singles = NAMES[group]
    made_men, made_women, made_last = COMPOSED.get(group, ((), (), ()))
    if rng.random() < single * 3:  # people with one name
        if group == "jawa" and rng.random() < 0.6:
            return compose(rng, made_men[:1])  # "Sukarno", "Suparjo"
        if rng.random() < 0.15 and singles:
            return rng.choice(singles)
        return rng.choice(men + (women_first if rng.random() < women else ()))
    if group == "tionghoa" and rng.random() < 0.12:
        return f"{rng.choice(SURNAMES)} {rng.choice(SYLLABLES)} {rng.choice(SYLLABLES)}"
    woman = rng.random() < women
    made = (made_women if woman else made_men) + MODERN[woman][0:1] * (group not in OLD_NAMES)
    if made and rng.random() < 0.7:
        first = compose(rng, made)
    else:
        first = rng.choice(women_first if woman else men)
    if made_last and rng.random() < 0.7:
        family = compose(rng, made_last)
    else:
        family = rng.choice(last + women_last if woman else last)
    if group == "bali":
        if rng.random() < 0.4:
            family += " " + compose(rng, made_last)
        return f"{first} {family}"
    if group not in ("batak", "minahasa", "maluku", "papua", "ntt") and rng.random() < 0.07:
        return first  # some people have one name
    return f"{first} {family}"


def short(full: str) -> str:
    """What a person is called after the first mention: "Suardana", "Hok Liong", "Budi"."""
    parts = full.split()
    if parts[0] in SURNAMES and len(parts) == 3:
        return " ".join(parts[1:])
    for part in parts[:-1]:
        if part not in PREFIXES:
            return part
    return parts[-1]


# --- Places -----------------------------------------------------------------------------


class Province(NamedTuple):
    zone: str
    capital: str
    short: str  # "Jabar"
    people: str  # name group of its people
    villages: str  # style of its district and village names
    university: str
    airport: str  # the capital's airport
    cities: tuple[str, ...]  # regencies, and cities as "Kota X"


PLACES: dict[str, Province] = {
    "Aceh": Province(
        "WIB",
        "Banda Aceh",
        "Aceh",
        "aceh",
        "aceh",
        "Universitas Syiah Kuala",
        "Sultan Iskandar Muda",
        words("Pidie_Jaya Aceh_Besar Bireuen Aceh_Utara Aceh_Tengah Kota_Lhokseumawe Aceh_Barat"),
    ),
    "Sumatera Utara": Province(
        "WIB",
        "Medan",
        "Sumut",
        "batak",
        "batak",
        "Universitas Sumatera Utara",
        "Kualanamu",
        words(
            "Karo Deli_Serdang Kota_Sibolga Toba Tapanuli_Utara Samosir Langkat"
            " Kota_Pematangsiantar Simalungun"
        ),
    ),
    "Sumatera Barat": Province(
        "WIB",
        "Padang",
        "Sumbar",
        "minang",
        "minang",
        "Universitas Andalas",
        "Minangkabau",
        words(
            "Agam Pesisir_Selatan Kota_Bukittinggi Tanah_Datar Padang_Pariaman Solok Pasaman_Barat"
        ),
    ),
    "Riau": Province(
        "WIB",
        "Pekanbaru",
        "Riau",
        "melayu",
        "melayu",
        "Universitas Riau",
        "Sultan Syarif Kasim II",
        words("Kampar Kota_Dumai Siak Bengkalis Indragiri_Hilir Pelalawan Rokan_Hulu"),
    ),
    "Jambi": Province(
        "WIB",
        "Jambi",
        "Jambi",
        "melayu",
        "melayu",
        "Universitas Jambi",
        "Sultan Thaha",
        words("Muaro_Jambi Kerinci Bungo Merangin Tanjung_Jabung_Timur Sarolangun"),
    ),
    "Sumatera Selatan": Province(
        "WIB",
        "Palembang",
        "Sumsel",
        "melayu",
        "melayu",
        "Universitas Sriwijaya",
        "Sultan Mahmud Badaruddin II",
        words(
            "Ogan_Ilir Muara_Enim Ogan_Komering_Ilir Musi_Banyuasin Banyuasin Kota_Lubuklinggau"
            " Lahat"
        ),
    ),
    "Bengkulu": Province(
        "WIB",
        "Bengkulu",
        "Bengkulu",
        "melayu",
        "melayu",
        "Universitas Bengkulu",
        "Fatmawati Soekarno",
        words("Rejang_Lebong Bengkulu_Utara Kepahiang Seluma Mukomuko"),
    ),
    "Lampung": Province(
        "WIB",
        "Bandar Lampung",
        "Lampung",
        "melayu",
        "melayu",
        "Universitas Lampung",
        "Radin Inten II",
        words("Lampung_Selatan Tanggamus Lampung_Tengah Pesawaran Way_Kanan Kota_Metro"),
    ),
    "Kepulauan Riau": Province(
        "WIB",
        "Tanjungpinang",
        "Kepri",
        "melayu",
        "melayu",
        "Universitas Maritim Raja Ali Haji",
        "Raja Haji Fisabilillah",
        words("Kota_Batam Bintan Karimun Natuna Lingga"),
    ),
    "Banten": Province(
        "WIB",
        "Serang",
        "Banten",
        "sunda",
        "sunda",
        "Universitas Sultan Ageng Tirtayasa",
        "Soekarno-Hatta",
        words("Pandeglang Tangerang Lebak Kota_Cilegon Kota_Tangerang_Selatan"),
    ),
    "DKI Jakarta": Province(
        "WIB",
        "Jakarta",
        "DKI",
        "jawa",
        "jakarta",
        "Universitas Indonesia",
        "Soekarno-Hatta",
        words(
            "Kota_Jakarta_Timur Kota_Jakarta_Utara Kota_Jakarta_Selatan Kota_Jakarta_Barat"
            " Kota_Jakarta_Pusat"
        ),
    ),
    "Jawa Barat": Province(
        "WIB",
        "Bandung",
        "Jabar",
        "sunda",
        "sunda",
        "Universitas Padjadjaran",
        "Husein Sastranegara",
        words(
            "Garut Bogor Sukabumi Cianjur Tasikmalaya Kuningan Sumedang Kota_Depok Karawang"
            " Bandung_Barat Majalengka"
        ),
    ),
    "Jawa Tengah": Province(
        "WIB",
        "Semarang",
        "Jateng",
        "jawa",
        "jawa",
        "Universitas Diponegoro",
        "Jenderal Ahmad Yani",
        words(
            "Banjarnegara Cilacap Kota_Surakarta Wonosobo Kebumen Pati Klaten Brebes Magelang"
            " Purworejo"
        ),
    ),
    "DI Yogyakarta": Province(
        "WIB",
        "Yogyakarta",
        "DIY",
        "jawa",
        "jawa",
        "Universitas Gadjah Mada",
        "Adisutjipto",
        words("Bantul Sleman Gunungkidul Kulon_Progo"),
    ),
    "Jawa Timur": Province(
        "WIB",
        "Surabaya",
        "Jatim",
        "jawa",
        "jawa",
        "Universitas Airlangga",
        "Juanda",
        words(
            "Malang Lumajang Banyuwangi Jember Kota_Batu Sidoarjo Pasuruan Bojonegoro Trenggalek"
            " Ponorogo"
        ),
    ),
    "Bali": Province(
        "WITA",
        "Denpasar",
        "Bali",
        "bali",
        "bali",
        "Universitas Udayana",
        "I Gusti Ngurah Rai",
        words("Karangasem Badung Buleleng Gianyar Tabanan Bangli Jembrana"),
    ),
    "Nusa Tenggara Barat": Province(
        "WITA",
        "Mataram",
        "NTB",
        "sasak",
        "sasak",
        "Universitas Mataram",
        "Zainuddin Abdul Madjid",
        words("Lombok_Utara Lombok_Timur Bima Sumbawa Lombok_Barat Dompu"),
    ),
    "Nusa Tenggara Timur": Province(
        "WITA",
        "Kupang",
        "NTT",
        "ntt",
        "ntt",
        "Universitas Nusa Cendana",
        "El Tari",
        words("Flores_Timur Sikka Manggarai Ende Lembata Sumba_Barat_Daya Timor_Tengah_Selatan"),
    ),
    "Kalimantan Barat": Province(
        "WIB",
        "Pontianak",
        "Kalbar",
        "kalimantan",
        "kalimantan",
        "Universitas Tanjungpura",
        "Supadio",
        words("Kubu_Raya Sambas Sintang Ketapang Kota_Singkawang Sanggau"),
    ),
    "Kalimantan Tengah": Province(
        "WIB",
        "Palangka Raya",
        "Kalteng",
        "kalimantan",
        "kalimantan",
        "Universitas Palangka Raya",
        "Tjilik Riwut",
        words("Kotawaringin_Timur Kapuas Pulang_Pisau Katingan Barito_Utara"),
    ),
    "Kalimantan Selatan": Province(
        "WITA",
        "Banjarmasin",
        "Kalsel",
        "kalimantan",
        "kalimantan",
        "Universitas Lambung Mangkurat",
        "Syamsudin Noor",
        words("Banjar Hulu_Sungai_Tengah Tanah_Laut Tabalong Kota_Banjarbaru Kotabaru"),
    ),
    "Kalimantan Timur": Province(
        "WITA",
        "Samarinda",
        "Kaltim",
        "kalimantan",
        "kalimantan",
        "Universitas Mulawarman",
        "Aji Pangeran Tumenggung Pranoto",
        words("Kota_Balikpapan Kutai_Kartanegara Berau Kutai_Timur Paser Kota_Bontang"),
    ),
    "Sulawesi Utara": Province(
        "WITA",
        "Manado",
        "Sulut",
        "minahasa",
        "minahasa",
        "Universitas Sam Ratulangi",
        "Sam Ratulangi",
        words(
            "Minahasa Kota_Bitung Minahasa_Utara Bolaang_Mongondow Kepulauan_Sangihe Kota_Tomohon"
        ),
    ),
    "Gorontalo": Province(
        "WITA",
        "Gorontalo",
        "Gorontalo",
        "bugis",
        "gorontalo",
        "Universitas Negeri Gorontalo",
        "Djalaluddin",
        words("Bone_Bolango Boalemo Pohuwato Gorontalo_Utara"),
    ),
    "Sulawesi Tengah": Province(
        "WITA",
        "Palu",
        "Sulteng",
        "bugis",
        "kaili",
        "Universitas Tadulako",
        "Mutiara SIS Al-Jufri",
        words("Donggala Sigi Parigi_Moutong Poso Banggai Morowali"),
    ),
    "Sulawesi Selatan": Province(
        "WITA",
        "Makassar",
        "Sulsel",
        "bugis",
        "bugis",
        "Universitas Hasanuddin",
        "Sultan Hasanuddin",
        words("Gowa Luwu_Utara Maros Bone Wajo Kota_Parepare Sidenreng_Rappang Pinrang Bulukumba"),
    ),
    "Sulawesi Tenggara": Province(
        "WITA",
        "Kendari",
        "Sultra",
        "bugis",
        "sultra",
        "Universitas Halu Oleo",
        "Haluoleo",
        words("Konawe Kolaka Muna Buton Konawe_Selatan Kota_Baubau"),
    ),
    "Maluku": Province(
        "WIT",
        "Ambon",
        "Maluku",
        "maluku",
        "maluku",
        "Universitas Pattimura",
        "Pattimura",
        words("Maluku_Tengah Seram_Bagian_Barat Buru Kota_Tual Kepulauan_Aru"),
    ),
    "Papua": Province(
        "WIT",
        "Jayapura",
        "Papua",
        "papua",
        "papua",
        "Universitas Cenderawasih",
        "Sentani",
        words("Jayapura Keerom Sarmi Biak_Numfor Kepulauan_Yapen"),
    ),
}
PROVINCES = tuple(PLACES)

# Names of districts and villages, by style.
VILLAGES = {
    "aceh": words(
        "Meureudu Lampeuneurut Ulee_Kareng Peukan_Bada Lhoknga Lamteumen Lamnyong Keude_Bieng"
        " Meunasah_Baro Blang_Oi Lam_Ara Cot_Girek Seulimeum Krueng_Raya Lamreung Lhoong"
        " Samahani Indrapuri Kuta_Baro Trienggadeng"
    ),
    "batak": words(
        "Sukanalu Tanjung_Morawa Siborongborong Lumban_Julu Huta_Tinggi Sipoholon Pangururan"
        " Simpang_Empat Naman_Teran Tiga_Panah Parbuluan Sipiongot Hutaraja Tanjung_Beringin"
        " Simarjarunjung Lumban_Gaol Paranginan Balige Laguboti Parapat Berastagi Payung"
    ),
    "minang": words(
        "Malalak Tarusan Koto_Baru Sungai_Pua Pakan_Rabaa Tigo_Koto Batu_Hampar Kampung_Dalam"
        " Koto_Tuo Sungai_Sariak Balai_Gadang Lubuk_Minturun Pasar_Usang Ampang_Kuranji"
        " Koto_Gadang Sicincin Kayu_Tanam Salido Batang_Kapas Maninjau Palembayan"
    ),
    "melayu": words(
        "Rumbai Bangkinang Tanjung_Harapan Sungai_Rotan Air_Putih Muara_Baru Teluk_Pulai"
        " Pasir_Putih Sungai_Pinang Kampung_Baru Talang_Jaya Suka_Damai Sidodadi Bukit_Batu"
        " Indralaya Tanjung_Enim Sungai_Lala Pangkalan_Kerinci Kalianda Way_Muli Muara_Sabak"
        " Pemayung Talang_Kelapa"
    ),
    "sunda": words(
        "Cugenang Cisolok Sukamaju Sukaresmi Mekarsari Cibeureum Cikaret Sindangsari Margahayu"
        " Sukajadi Cibodas Cisarua Sirnagalih Pasirjaya Karangtengah Sukamulya Girimekar"
        " Cijambu Tanjungsari Cilengkrang Bojongsoang Cikalong Pamulihan Cibaliung Leuwidamar"
    ),
    "jawa": words(
        "Jemblung Kroya Imogiri Cangkringan Sumberwuluh Candipuro Sidomulyo Sidorejo Karangrejo"
        " Sumberrejo Tegalrejo Kalisari Ngembel Banyuurip Tirtomulyo Margorejo Purwosari Gondang"
        " Plumbon Jatirejo Kedungsari Ngadirejo Tanjungrejo Sumbersari Gunungsari Pucangsari"
        " Jambewangi Karangsari Pagerharjo Selopamioro"
    ),
    "jakarta": words(
        "Kampung_Melayu Penjaringan Cawang Cililitan Kramat_Jati Pluit Kapuk_Muara Bidara_Cina"
        " Cipinang_Melayu Pejaten_Timur Manggarai Tebet_Barat Rawajati Kalibata Kebon_Pala"
        " Rawa_Buaya Kembangan Kedoya Tanah_Tinggi Galur Johar_Baru Bukit_Duri Pondok_Labu"
    ),
    "bali": words(
        "Kubu Tianyar Sidemen Baturiti Tegallalang Pejeng Sukawati Penebel Pupuan Tejakula"
        " Selat Abang Sanur_Kaja Pemogan Batur Songan Bebandem Datah Culik Tulamben Bondalem"
        " Munduk Pancasari"
    ),
    "sasak": words(
        "Sembalun Senaru Sajang Pringgabaya Sukamulia Kayangan Gangga Bayan Lenek Masbagik"
        " Sakra Kopang Wanasaba Pemenang Malaka Obel-Obel Sambelia Pringgasela Suela Aikmel"
    ),
    "ntt": words(
        "Adonara Waiwerang Nita Kewapante Oebobo Oesapa Naibonat Lewoleba Boru Wulanggitang"
        " Nangahale Koting Bola Talibura Hokeng Nobo Ile_Ape Lamahala Ritaebang Kolbano"
        " Wolowaru Detusoko"
    ),
    "kalimantan": words(
        "Martapura Barabai Sungai_Tabuk Kertak_Hanyar Gambut Loa_Janan Tenggarong_Seberang"
        " Sungai_Kunjang Handil_Bakti Sungai_Lulut Anjir_Pasar Muara_Badak Samboja Sungai_Raya"
        " Sungai_Ambawang Rasau_Jaya Pahandut Jekan_Raya Kahayan_Hilir Sebangau Bukit_Rawi"
        " Tumbang_Nusa"
    ),
    "minahasa": words(
        "Tondano Girian Kakas Remboken Airmadidi Kauditan Tenga Likupang Kema Wori Langowan"
        " Eris Kombi Tompaso Kawangkoan Sonder Tareran Tumpaan Pineleng Tateli Kalasey"
    ),
    "bugis": words(
        "Masamba Tombolopao Bontonompo Pallangga Tinggimoncong Bantimurung Mandai Marusu"
        " Baebunta Sabbang Bontoa Barombong Parangloe Tanralili Tempe Palakka Tanete_Riattang"
        " Maritengngae Suppa Mattiro_Bulu Ujung_Loe Gantarang"
    ),
    "kaili": words(
        "Petobo Balaroa Jono_Oge Sibalaya Biromaru Tawaeli Labuan Sindue Banawa Lolu Pombewe"
        " Kalukubula Toaya Kawatuna Tondo Lere Kabonena Tipo Watusampu Dolo Marawola Pantoloan"
    ),
    "sultra": words(
        "Wua-Wua Mandonga Puuwatu Ranomeeto Lambuya Unaaha Wundulako Pomalaa Lasusua"
        " Wakorumba Lasalimu Pasarwajo Poasia Abeli Moramo Konda Lainea Tinanggea Andoolo"
    ),
    "gorontalo": words(
        "Tilamuta Limboto Telaga Tapa Kabila Suwawa Bongomeme Tibawa Tolangohula Paguyaman"
        " Marisa Dulupi Boliyohuto Tilango Batudaa Bulango Kwandang Atinggola Anggrek"
    ),
    "maluku": words(
        "Tulehu Piru Waai Liang Hila Kairatu Amahai Passo Latuhalat Hitu Suli Laha Soya"
        " Batu_Merah Halong Rumah_Tiga Waeyasel Namlea Langgur Saparua Haruku Tehoru"
    ),
    "papua": words(
        "Doyo Sentani_Timur Waena Abepura Koya Hamadi Depapre Skyline Kotaraja Entrop Nafri"
        " Holtekamp Arso Skanto Bonggo Samofa Yendidori Angkaisera Muara_Tami Heram Ebungfauw"
    ),
}
# Village names made of parts, by style: (starts, ends, joiner): "Sido" + "mulyo".
VILLAGE_PARTS = {
    "sunda": (
        words("Suka Mekar Sindang Ci Pasir Giri Sirna Bojong Karang Tanjung Marga Neglasari"),
        words("maju mulya resmi jadi asih mukti galih raja sari jaya wangi rahayu laya kasih"),
        "",
    ),
    "jawa": (
        words(
            "Sido Karang Sumber Tegal Wono Kali Banyu Tirto Margo Purwo Jati Kedung Ngadi"
            " Tanjung Gunung Pucang Selo Tawang Mulyo Wates"
        ),
        words("rejo mulyo sari agung harjo asri makmur urip wangi kerto dadi luhur tengah"),
        "",
    ),
    "melayu": (
        words("Sungai Teluk Tanjung Muara Air Bukit Talang Pulau Lubuk Pangkalan Simpang"),
        words(
            "Rotan Pinang Baru Putih Jaya Harapan Pulai Gelam Sialang Meranti Keruing Nibung"
            " Tembesu Durian Kelapa Lalang"
        ),
        " ",
    ),
    "minang": (
        words("Koto Batu Sungai Lubuk Pasar Balai Kampung Tigo Ampang Padang Kapalo"),
        words("Baru Tuo Gadang Hampar Sariak Pua Alung Usang Sikabau Laweh Tangah Anyia Panjang"),
        " ",
    ),
    "batak": (
        words("Huta Lumban Sipi Simpang Naga Pangu Dolok Aek Bandar Parsaoran"),
        words("Ginjang Tonga Julu Toruan Raja Nauli Bolon Sanggul Tinggi Natolu Horbo"),
        " ",
    ),
    "aceh": (
        words("Lam Meunasah Blang Cot Ulee Keude Lhok Alue Paya Lampoh"),
        words("Ara Baro Teungoh Raya Bieng Kareng Gajah Bateung Seunong Rayeuk Pineung Nibong"),
        " ",
    ),
    "bali": (
        words("Tegal Batu Taman Padang Bukit Yeh Tukad Banjar Sari"),
        words("Linggah Sari Bulan Kaja Kelod Sumbul Mas Gede Asih Ayu Tiying Anyar"),
        " ",
    ),
    "kalimantan": (
        words("Sungai Handil Anjir Loa Muara Tanjung Tumbang Kuala Teluk Pulau"),
        words("Tabuk Bakti Pasar Janan Badak Raya Nusa Lulut Danau Batang Pinang Ulin Rasau"),
        " ",
    ),
    "bugis": (
        words("Bonto Tanete Ujung Tama Mattiro Bulu Sanrang Lempang Maccini Pa"),
        words("nompo riattang loe lanrea bulu sompe baji moncong tappareng sawakung"),
        "",
    ),
}
# Villages split in parts: "Tondano Barat", "Kakas Satu".
QUARTERS = words("Barat Timur Utara Selatan Satu Dua Tengah Baru Atas Bawah Jaya Raya")

# What a village and its head are called: (village, head of village); districts in Papua
# are "Distrik".
VILLAGE_WORDS = {
    "Aceh": ("Gampong", "Keuchik"),
    "Sumatera Barat": ("Nagari", "Wali Nagari"),
    "DKI Jakarta": ("Kelurahan", "Lurah"),
    "Bali": ("Desa", "Perbekel"),
    "Papua": ("Kampung", "Kepala Kampung"),
}
CHRISTIAN = frozenset(("ntt", "minahasa", "papua"))
MOSQUES = words(
    "Al-Ikhlas Nurul_Huda Baiturrahman Al-Falah At-Taqwa Al-Hidayah Nurul_Iman Al-Muhajirin"
    " Baitul_Makmur Al-Furqan Darussalam Al-Amin"
)
CHURCHES = words(
    "GMIM_Sion GMIT_Ebenhaezer GKI_Pniel Katedral_Kristus_Raja Santo_Yosef GPM_Bethel"
    " Santa_Maria GKI_Efata"
)
HEROES = words(
    "Sudirman Ahmad_Yani Diponegoro Gatot_Subroto Imam_Bonjol Hasanuddin Pattimura"
    " Sisingamangaraja Teuku_Umar Cut_Nyak_Dien Pangeran_Antasari Gajah_Mada Hayam_Wuruk"
    " Pahlawan Veteran Merdeka Pemuda Soekarno-Hatta MT_Haryono Ir._H._Juanda Kartini"
    " Slamet_Riyadi Sam_Ratulangi Diponegoro Sultan_Agung Urip_Sumoharjo"
)
MOUNTAINS = (  # (volcano, province, regency)
    ("Seulawah Agam", "Aceh", "Aceh Besar"),
    ("Sinabung", "Sumatera Utara", "Karo"),
    ("Marapi", "Sumatera Barat", "Agam"),
    ("Kerinci", "Jambi", "Kerinci"),
    ("Dempo", "Sumatera Selatan", "Kota Pagar Alam"),
    ("Kaba", "Bengkulu", "Rejang Lebong"),
    ("Anak Krakatau", "Lampung", "Lampung Selatan"),
    ("Tangkuban Parahu", "Jawa Barat", "Bandung Barat"),
    ("Papandayan", "Jawa Barat", "Garut"),
    ("Galunggung", "Jawa Barat", "Tasikmalaya"),
    ("Slamet", "Jawa Tengah", "Purbalingga"),
    ("Sindoro", "Jawa Tengah", "Temanggung"),
    ("Merapi", "DI Yogyakarta", "Sleman"),
    ("Merapi", "Jawa Tengah", "Magelang"),
    ("Semeru", "Jawa Timur", "Lumajang"),
    ("Kelud", "Jawa Timur", "Kediri"),
    ("Bromo", "Jawa Timur", "Probolinggo"),
    ("Raung", "Jawa Timur", "Banyuwangi"),
    ("Agung", "Bali", "Karangasem"),
    ("Batur", "Bali", "Bangli"),
    ("Rinjani", "Nusa Tenggara Barat", "Lombok Timur"),
    ("Lewotobi Laki-laki", "Nusa Tenggara Timur", "Flores Timur"),
    ("Ile Lewotolok", "Nusa Tenggara Timur", "Lembata"),
    ("Egon", "Nusa Tenggara Timur", "Sikka"),
    ("Soputan", "Sulawesi Utara", "Minahasa Selatan"),
    ("Lokon", "Sulawesi Utara", "Kota Tomohon"),
    ("Karangetang", "Sulawesi Utara", "Kepulauan Siau Tagulandang Biaro"),
    ("Banda Api", "Maluku", "Maluku Tengah"),
)
RIVERS = {
    "aceh": words("Krueng_Aceh Krueng_Meureudu Krueng_Peusangan Krueng_Tripa Krueng_Teunom"),
    "batak": words("Sungai_Deli Sungai_Wampu Sungai_Asahan Sungai_Bah_Bolon Sungai_Belawan"),
    "minang": words("Batang_Kuranji Batang_Arau Batang_Anai Batang_Agam Batang_Tarusan"),
    "melayu": words(
        "Sungai_Siak Sungai_Kampar Sungai_Musi Sungai_Batanghari Sungai_Rokan Sungai_Ogan"
        " Way_Sekampung"
    ),
    "sunda": words(
        "Sungai_Cimanuk Sungai_Citarum Sungai_Cisadane Sungai_Ciliman Sungai_Cikaso"
        " Sungai_Cipamingkis"
    ),
    "jawa": words("Bengawan_Solo Kali_Serayu Kali_Bodri Kali_Progo Kali_Opak Kali_Brantas"),
    "jakarta": words(
        "Sungai_Ciliwung Kali_Sunter Kali_Pesanggrahan Kali_Angke Kali_Krukut Kali_Cipinang"
    ),
    "bali": words("Tukad_Ayung Tukad_Unda Tukad_Badung Tukad_Yeh_Ho"),
    "sasak": words("Kali_Jangkok Kali_Ancar Sungai_Babak Kali_Meninting"),
    "ntt": words("Sungai_Benanain Kali_Dendeng Sungai_Aesesa Sungai_Noelmina"),
    "kalimantan": words(
        "Sungai_Martapura Sungai_Barito Sungai_Mahakam Sungai_Kapuas Sungai_Kahayan"
        " Sungai_Karang_Mumus"
    ),
    "minahasa": words("Sungai_Tondano Sungai_Sawangan Sungai_Ranoyapo"),
    "bugis": words("Sungai_Jeneberang Sungai_Walanae Sungai_Masamba Sungai_Saddang Sungai_Maros"),
    "kaili": words("Sungai_Palu Sungai_Gumbasa Sungai_Poso"),
    "sultra": words("Sungai_Konaweha Sungai_Lasolo Sungai_Wanggu"),
    "gorontalo": words("Sungai_Bone Sungai_Bolango Sungai_Paguyaman"),
    "maluku": words("Sungai_Wai_Batu_Merah Sungai_Wai_Ruhu Sungai_Wai_Tomu"),
    "papua": words("Kali_Acai Kali_Kampwolker Sungai_Tami Kali_Anafre"),
}

# --- Templates --------------------------------------------------------------------------
#
# Slots every story has: {prov} {provk} (short: "Jabar") {capital} {city} {CITY} {kab}
# ("Kabupaten Garut", "Kota Bitung") {pemkab} ("Pemerintah Kabupaten Garut") {head}
# ("Bupati Garut") {desa} ("Desa Sukamaju") {village} {kecamatan} {kecamatan2} {dusun}
# {kades} {shelter} {rsud} {pasar} {jalan} {univ} {mp} {oldyear} {kec} (a count) {zone},
# the context slots of `base` ({pekerjaan} {produk} {landmark} {jiwa} ...) and the
# genre's own (see its builder, `_bencana` ...); {daftar} {daftar2} are lists of names;
# dates made fresh each time: {ev} (the event's day) {evt} (a clock time) {ev_next}
# {ev_prev} {recent} {soon} {pub} {past} {future} {dur} {period} {yr} {lastyr}. People:
# {a} ... {f} officials, {g} an official only one outlet quotes, {k} the village head, {h}
# the regent or mayor, {w} {v} {u} people the story happened to, {x} {y} analysts: named
# in full the first time, then short; {a_} is always the short name.

COMMON = groups(
    """
    Hingga berita ini [diturunkan|ditulis|dipublikasikan], [pihak terkait di {city}|sejumlah
      pejabat {pemkab} yang dihubungi|instansi yang berwenang di {prov}] belum memberikan
      [keterangan resmi|penjelasan lebih
      lanjut|tanggapan].
    | Sampai berita ini [ditulis|diturunkan], [konfirmasi|tanggapan|jawaban] dari [pihak
      terkait di {city}|{pemkab}|instansi berwenang di {prov}] belum [diperoleh|didapat|juga
      diterima].
    Rapat koordinasi lanjutan [dijadwalkan|direncanakan] [berlangsung|digelar] {future} di
      {capital}.
    | Pertemuan lanjutan [antarinstansi|dengan instansi terkait|lintas lembaga] [rencananya|
      dijadwalkan] [digelar|diadakan] {future}.
    [Kabar|Informasi|Berita] [itu|tersebut] [ramai diperbincangkan|menjadi perbincangan|viral]
      di media sosial sejak {ev}.
    | Sejak {ev}, [warganet|pengguna media sosial|netizen] ramai [membagikan|mengomentari|
      memperbincangkan] [kabar|peristiwa] [itu|tersebut].
    {a} memastikan [informasi|perkembangan|data] terbaru akan [disampaikan|diumumkan|dibuka]
      secara berkala [kepada publik|kepada masyarakat|melalui laman resmi].
    Menurut {x}, [persoalan|masalah] ini sebetulnya sudah lama [diingatkan|disorot|dikritik]
      [oleh berbagai pihak|kalangan akademisi|para pemerhati].
    | {x} menilai [persoalan|masalah] [tersebut|itu] [bukan hal baru|sudah berulang kali muncul]
      dan [seharusnya|semestinya] [bisa diantisipasi|dapat dicegah] lebih awal.
    Evaluasi [menyeluruh|secara menyeluruh] di {kab} akan [dilakukan|digelar] setelah [seluruh
      laporan
      diterima|semua data terkumpul], paling lambat {future}.
    | [Hasil evaluasi {pemkab}|Evaluasi di {city}|Kajian lengkap soal {city}]
      [dijanjikan|ditargetkan|diharapkan] rampung
      {future}.
    {b} menambahkan, pihaknya [telah|sudah] berkoordinasi dengan [kementerian dan lembaga
      terkait|pemerintah pusat|instansi terkait di daerah|aparat setempat].
    | Koordinasi dengan [pemerintah pusat|kementerian terkait|pemerintah provinsi], kata {b},
      [sudah|telah] dilakukan sejak {ev}.
    Keterangan itu disampaikan {a} dalam [konferensi pers|jumpa pers|keterangan pers] di
      {capital}, {pub}.
    | Hal itu [diungkapkan|disampaikan|dikemukakan] {a} [dalam jumpa pers|kepada wartawan|di
      sela kunjungan kerjanya] di {capital}, {pub}.
    [Masyarakat {city}|Warga {kab}|Publik di {prov}] [diminta|diimbau] tidak [mudah
      percaya|terpancing] pada [kabar|
      informasi|pesan berantai] yang belum jelas sumbernya.
    | [Pemerintah|Aparat|Kepolisian] mengingatkan [warga {city}|masyarakat {kab}] agar tidak ikut
      menyebarkan [kabar bohong|hoaks|informasi keliru] terkait [hal|peristiwa] [tersebut|ini].
    Dewan Perwakilan Rakyat Daerah (DPRD) {prov} berencana memanggil [pihak terkait|instansi
      terkait|dinas teknis] {future}.
    | Sejumlah anggota DPRD {prov} [mendesak|meminta] [pemerintah daerah|instansi terkait]
      [memberikan penjelasan terbuka|bertindak cepat].
    Anggota DPR dari daerah pemilihan {prov}, {mp}, [meminta|mendesak] pemerintah [bergerak
      lebih cepat|tidak menunda penanganan|tidak tinggal diam].
    Untuk diketahui, [persoalan|isu|masalah] di {kab} ini [sudah|telah] [menjadi
      sorotan|dibahas|ramai
      dibicarakan] sejak {past}.
    Pihaknya, lanjut {b}, [terbuka terhadap|siap menerima|menampung] [masukan|kritik dan saran]
      dari masyarakat.
    Perkembangan [terbaru|selanjutnya|berikutnya] [dari {kab}|soal {city}] akan [diumumkan|
      disampaikan] {future}.
    [Ombudsman RI Perwakilan {prov}|Lembaga swadaya masyarakat di {city}|Kalangan akademisi di
      {capital}] [ikut memantau|menyatakan akan mengawasi|menyoroti] [penanganan persoalan
      ini|perkembangan kasus tersebut].
    {x} [mengingatkan|menekankan|menggarisbawahi] pentingnya [keterbukaan informasi|
      transparansi data|komunikasi publik yang jelas] agar publik tidak [salah menangkap|bingung|
      berspekulasi].
    Pemerintah Provinsi {prov} [menyatakan|mengaku] [terus memantau|mengikuti|mencermati]
      perkembangan [di lapangan|situasi] [setiap hari|dari waktu ke waktu].
    Dalam beberapa tahun terakhir, [persoalan serupa|kejadian semacam ini|hal serupa] [kerap|
      berulang kali|beberapa kali] [muncul|terjadi] di {prov}.
    [Gubernur {prov}|Wakil Gubernur {prov}|Sekretaris Daerah {prov}] [dijadwalkan|berencana]
      [meninjau|mengunjungi|datang ke] {city} {future}.
    Sebelumnya, {a_} juga [pernah|sempat] [menyinggung|membahas|menyampaikan] persoalan ini
      [di hadapan anggota dewan|dalam rapat bersama DPRD|dalam forum koordinasi] {past}.
    [Publik di {city}|Warga {city}|Masyarakat {kab}] [berharap|menanti] [kepastian|kejelasan] [dari
      pemerintah|
      dari pihak berwenang] [dalam waktu dekat|secepatnya].
    {head} [menyatakan|mengatakan|menegaskan] {pemkab} [siap membantu|akan mendukung]
      [sepenuhnya|] [langkah|upaya] yang diperlukan.
    Sejumlah [tokoh masyarakat|tokoh agama|tokoh adat] di {city} [mengajak|mengimbau] warga
      [tetap tenang|menahan diri] dan [menunggu|mengikuti] [informasi resmi|pengumuman resmi].
    Catatan [redaksi|wartawan], [persoalan serupa|kejadian semacam ini] [bukan yang pertama|
      pernah terjadi] di {kab}.
    Informasi [resmi|terbaru] [bisa|dapat] [dipantau|diakses] melalui [laman resmi|akun media
      sosial resmi] {pemkab}.
    [Sementara itu|Di sisi lain|Adapun], [aktivitas warga|kegiatan sehari-hari|roda ekonomi] di
      {city} [terpantau|dilaporkan] berjalan [seperti biasa|normal].
    {y} [berpendapat|menilai|berpandangan], [pemerintah|para pemangku kepentingan] perlu
      [belajar dari|mengevaluasi] [kejadian|peristiwa] ini [agar|supaya] tidak terulang.
    [Langkah itu|Upaya tersebut|Kebijakan itu] [dinilai penting|dianggap mendesak] mengingat
      [kondisi|situasi] serupa pernah terjadi di {prov} {past}.
    [Wartawan|Kontributor] di {city} [melaporkan|mencatat], [suasana|situasi] di {desa}
      [relatif|cukup] [kondusif|tenang] hingga {pub} malam.
    [Kepolisian Resor|Polres] {city} [menyiagakan|menurunkan] [personel|anggota] [untuk
      mengamankan|guna menjaga] [situasi|ketertiban] di [lapangan|sekitar lokasi].
    [Saat dikonfirmasi|Ketika dihubungi] {pub}, {b} [membenarkan|tidak membantah] [kabar|informasi]
      [tersebut|itu] dan [berjanji|menyatakan akan] [memberikan penjelasan|menyampaikan rincian]
      [secepatnya|dalam waktu dekat].
    [Pemerintah pusat|Kementerian terkait] [disebut|dikabarkan] [akan|segera] [mengirim tim|
      menurunkan tim] ke {city} [untuk|guna] [memantau|meninjau] [langsung|secara langsung]
      [kondisi|situasi] di lapangan.
    {mp} [berjanji|menyatakan akan] [membawa|menyuarakan] persoalan [ini|tersebut] [ke|dalam]
      rapat [kerja|dengar pendapat] [di Senayan|dengan kementerian terkait].
    [Sejumlah|Beberapa] [organisasi kemasyarakatan|elemen mahasiswa] di {capital} [menyatakan|
      menyampaikan] [keprihatinan|sikap] [atas|terkait] [peristiwa|persoalan] [itu|ini].
    [Rapat|Pertemuan] [terbatas|koordinasi] [digelar|dipimpin] {head} [di|bertempat di]
      [kantor|pendopo] {pemkab} [sejak|pada] {ev_next}.
    {x} [menyarankan|mengusulkan] [agar|supaya] [pemerintah daerah|{pemkab}] [melibatkan|
      menggandeng] [perguruan tinggi|kalangan akademisi] [dalam|untuk] [mencari solusi|
      menyusun kebijakan].
    [Warga|Masyarakat] {city} [diminta|diimbau] [melapor|segera melapor] ke [posko|kantor]
      [terdekat|kelurahan] [jika|bila] [menemukan|mengetahui] [hal|kejadian] [serupa|yang
      mencurigakan].
    [Pantauan|Pengamatan] [wartawan|media] di {city} {pub}, [suasana|situasi] [terlihat|
      tampak] [ramai|lengang|berangsur normal].
    [Kepala daerah|Pemerintah daerah] se-{prov} [diminta|diinstruksikan] [meningkatkan|
      memperketat] [kewaspadaan|pengawasan] [oleh|melalui surat edaran] Gubernur {prov}.
    {a_} [memastikan|menegaskan] [pihaknya|instansinya] [tidak akan|tak akan] [menutup-nutupi|
      menyembunyikan] [informasi|data] [apa pun|sedikit pun] [dari publik|kepada masyarakat].
    """
)

# {who} is the speaker; {q} a quote, {ql} the quote as reported speech.
QUOTE_FORMS = groups(
    """
    "{q}," kata {who}.
    "{q}," ujar {who} di {capital}, {pub}.
    "{q}," [jelas|tegas|ungkap|imbuh|terang] {who}.
    "{q}," tutur {who} kepada wartawan, {pub}.
    "{q}," kata {who} saat [dihubungi|dikonfirmasi] [melalui telepon|], {pub}.
    {who} mengatakan, "{q}."
    "{q}," ucap {who} dalam keterangan tertulisnya, {pub}.
    Hal senada disampaikan {who}. "{q}," [katanya|ujarnya].
    [Kepada wartawan|Saat ditemui], {who} [mengaku|menuturkan|bercerita], "{q}."
    "{q}," [ujar|kata] {who} [melalui pesan singkat|lewat pesan WhatsApp|melalui sambungan telepon].
    "{q}," kata {who} [saat ditemui di lokasi|ketika ditemui|di sela kegiatannya], {pub}.
    "{q}," [sambung|lanjut|tambah] {who}.
    {who} [menjelaskan|mengatakan|menyebutkan], {ql}.
    Menurut {who}, {ql}.
    {who} [menegaskan|menekankan] bahwa {ql}.
    [Dalam keterangannya|Dalam kesempatan itu], {who} [menyebutkan|mengungkapkan] {ql}.
    {who} [menilai|berpendapat], {ql}.
    """
)

# Context about the place of a story, as regional news gives it: what its people live from,
# what it is known for, how far it is. {pekerjaan} {produk} {landmark} ... are the story's.
LOCAL = groups(
    """
    Sebagian besar warga {village} [bekerja sebagai|menggantungkan hidup sebagai|berprofesi
      sebagai] {pekerjaan}.
    | [Mata pencaharian|Penghasilan] [utama|sebagian besar] warga {desa} [berasal dari|adalah]
      [usaha|pekerjaan sebagai] {pekerjaan}.
    {desa} [dikenal|selama ini dikenal] sebagai [sentra|penghasil] {produk} di {kab}.
    | [Daerah|Kawasan] [itu|tersebut] [terkenal|dikenal luas] dengan {produk}, [yang|dan hasilnya]
      [dipasarkan|dijual] hingga ke {capital}.
    {desa} berjarak sekitar {km} kilometer dari pusat {kab} dan [dapat|bisa] ditempuh [dalam|
      selama] [sekitar satu jam|dua jam perjalanan|{dur}] [dengan kendaraan roda empat|
      menggunakan sepeda motor].
    Lokasi [kejadian|itu] [berada|terletak] [tidak jauh dari|di dekat|sekitar {km2} kilometer
      dari] {landmark}, [salah satu|] [tujuan wisata|objek wisata] [di|andalan] {kab}.
    Akses menuju {desa} [berupa|melalui] [jalan tanah yang licin saat hujan|jalan berbatu dan
      menanjak|jalan sempit di tepi jurang|jembatan kayu di atas sungai].
    {desa} [dihuni|didiami] sekitar {jiwa} jiwa atau {kk2} kepala keluarga.
    | [Penduduk|Jumlah penduduk] {desa} [tercatat|sekitar] {jiwa} jiwa yang [tersebar|tinggal] di
      {dusun_n} [dusun|RT].
    [Sebelum|Menjelang] kejadian, cuaca di {city} [dilaporkan|terpantau] [mendung|berawan tebal|
      cerah|gerimis] [sejak pagi|sepanjang hari].
    Warga {village} [juga|] [mengandalkan|menggantungkan] [hasil|penghasilan] dari {produk2} [yang
      dijual|untuk dijual] ke [pasar|pengepul] di {kecamatan}.
    {kecamatan} [merupakan|adalah] [wilayah|kecamatan] [dengan penduduk terpadat|terluas|paling
      jauh dari ibu kota kabupaten] di {kab}.
    [Jalan|Satu-satunya jalan] [utama|penghubung] di {desa} [dikenal warga sebagai|bernama]
      {jalan_desa}.
    [Tokoh masyarakat|Sesepuh] {village}, {tokoh}, [menyebut|mengatakan] [kampungnya|desanya]
      [belum pernah mengalami|jarang menghadapi] [hal serupa|kejadian seperti ini] [sebelumnya|
      dalam puluhan tahun terakhir].
    {desa} [dulunya|semula] merupakan bagian dari {desa_induk} sebelum [dimekarkan|berdiri
      sendiri] pada {oldyear}.
    Di {desa} terdapat {sd} sekolah dasar, {masjid_n} [rumah ibadah|tempat ibadah], dan sebuah
      [puskesmas pembantu|pos kesehatan desa].
    Pasar {village} [ramai|buka] setiap hari {hari_pasar} dan menjadi [pusat ekonomi|tempat
      berdagang] warga [dari desa-desa sekitar|se-{kecamatan}].
    {desa} [diapit|dikelilingi] [perbukitan|hamparan sawah|kebun {produk2}] dan [dilintasi|dialiri]
      {sungai_lokal}.
    Setiap tahun, warga {village} [menggelar|mengadakan] [tradisi|upacara adat] {tradisi} yang
      [menarik|mengundang] [wisatawan|pengunjung] dari luar daerah.
    {village} juga dikenal dengan [kuliner|makanan] khasnya, {kuliner}.
    [Ojek|Angkutan pedesaan] menjadi [satu-satunya|] sarana transportasi warga {desa} menuju
      {kecamatan}.
    Sinyal telepon seluler di {desa} [lemah|hanya ada di titik tertentu], [sehingga|karena itu]
      warga [kerap|sering] naik ke {landmark2} untuk [menelepon|mencari sinyal].
    {desa} berada di ketinggian sekitar {mdpl} meter di atas permukaan laut.
    {k} [memimpin|menjabat di] {desa} sejak {oldyear3}.
    | Menurut {k}, [sebagian besar warganya|mayoritas warga] [masih|tetap]
      [bertahan|tinggal] di [kampung|desa] [meski|walau] [kondisi belum pulih|banyak yang
      merantau].
    {kecamatan} [membawahi|terdiri atas] {desa_n} desa dan [berpenduduk|dihuni] sekitar {jiwa_kec}
      jiwa.
    Banyak pemuda {village} [merantau|bekerja] ke {rantau} [sebagai|menjadi] [buruh pabrik|pekerja
      migran|pekerja bangunan].
    Kantor [desa|kepala desa] {village} [berada|terletak] di {jalan_desa}, [tidak jauh dari|
      bersebelahan dengan] {sekolah_lokal}.
    [Nama|Sebutan] {village} [konon|menurut cerita warga] [berasal dari|diambil dari] [nama
      pohon|nama sungai|nama tokoh] yang [dulu banyak tumbuh|pernah ada] di [kawasan|daerah] itu.
    """
)
PEKERJAAN = (
    "petani cengkih",
    "perajin gerabah",
    "nelayan rajungan",
    "pembuat tahu",
    "penambang pasir",
    "peternak sapi perah",
    "petani garam",
    "perajin rotan",
    "pemetik teh",
    "petani kopi",
    "penyadap karet",
    "petani salak",
    "pembudi daya rumput laut",
    "perajin tenun",
    "buruh perkebunan sawit",
    "petani tembakau",
    "pembuat batu bata",
    "perajin anyaman bambu",
    "petani sayur",
    "pembuat gula aren",
    "nelayan tangkap",
    "pedagang hasil bumi",
    "petambak udang",
    "perajin perak",
    "penggarap sawah",
    "peternak itik",
    "pembuat kerupuk",
    "petani kakao",
    "pencari madu hutan",
    "perajin kayu jati",
)
PRODUK = (
    "kopi robusta",
    "gula aren",
    "keripik singkong",
    "tenun ikat",
    "batik tulis",
    "anyaman pandan",
    "dodol",
    "cengkih",
    "kakao",
    "salak pondoh",
    "jeruk keprok",
    "durian",
    "madu hutan",
    "ikan asin",
    "terasi",
    "kerupuk udang",
    "kopi arabika",
    "pala",
    "vanili",
    "tembakau",
    "bawang merah",
    "rumput laut",
    "gerabah",
    "ukiran kayu",
    "kain songket",
    "tahu",
    "emping melinjo",
    "beras merah",
    "kelapa",
    "manggis",
    "alpukat",
    "kayu manis",
    "garam",
    "jagung",
    "kopi luwak",
    "tapai",
)
LANDMARKS = ("Pantai", "Bukit", "Air Terjun", "Danau", "Goa", "Telaga", "Curug", "Puncak")
TRADISI = (
    "sedekah bumi",
    "bersih desa",
    "mappadendang",
    "pacu jalur",
    "makepung",
    "kirab pusaka",
    "sedekah laut",
    "ruwatan",
    "nyadran",
    "tabuik",
    "rambu solo",
    "seba",
    "petik laut",
    "larung sesaji",
    "mapalus",
    "pasola",
    "ngaben massal",
    "kenduri sko",
    "tolak bala",
    "barong ider bumi",
)
KULINER = (
    "keripik tempe",
    "nasi jagung",
    "sate kambing",
    "soto kampung",
    "ikan bakar",
    "gulai ikan",
    "pepes ikan",
    "lemang",
    "dodol durian",
    "kue bangket",
    "tape ketan",
    "nasi liwet",
    "ayam bakar",
    "bubur sagu",
    "kerupuk ikan",
    "sambal roa",
    "sayur asam",
    "getuk",
    "lepet",
    "wajik",
)
HARI_PASAR = ("Pon", "Wage", "Kliwon", "Legi", "Pahing", "Senin", "Kamis", "Sabtu", "Minggu")
RANTAU = ("Jakarta", "Batam", "Malaysia", "Surabaya", "Kalimantan", "Bali", "Hong Kong", "Taiwan")
# Context about the regency or city, as regional economic and sports news gives it.
LOCAL_CITY = groups(
    """
    {kab} berpenduduk sekitar {jiwa_kab} jiwa yang tersebar di {kec_n} kecamatan.
    | Dengan [jumlah penduduk|populasi] sekitar {jiwa_kab} jiwa, {kab} [termasuk|tercatat sebagai]
      daerah [terpadat|dengan penduduk terbanyak] [ketiga|kelima|kedua] di {prov}.
    Perekonomian {kab} [selama ini|sebagian besar] ditopang sektor {sektor_lokal}.
    | Sektor {sektor_lokal} [menyumbang|memberi kontribusi] [porsi terbesar|lebih dari sepertiga]
      terhadap produk domestik regional bruto (PDRB) {kab}.
    {city} [dikenal|terkenal] sebagai [penghasil|sentra] {produk} [terbesar|utama] di {prov}.
    Upah minimum {kab} [tahun ini|tahun {yr}] ditetapkan Rp {umk} per bulan.
    Pendapatan asli daerah (PAD) {kab} [tahun lalu|pada {lastyr}] [tercatat|mencapai] Rp {pad}
      miliar.
    | Anggaran pendapatan dan belanja daerah (APBD) {kab} tahun ini [mencapai|sebesar] Rp {apbd}
      triliun.
    {h} [menyebut|mengatakan] [daerahnya|{kab}] [terus membenahi|sedang
      menggenjot] [pembangunan infrastruktur|investasi] [dalam beberapa tahun terakhir|sejak
      {oldyear3}].
    {kab} [memiliki|mempunyai] luas wilayah sekitar {luas_kab} kilometer persegi [dengan topografi|
      yang] [berbukit-bukit|didominasi dataran rendah|sebagian berupa pesisir].
    [Kawasan|Pusat] [bisnis|perdagangan] {city} [terpusat|berada] di sepanjang {jalan}.
    {city} [berjarak|terletak] sekitar {km_ibu} kilometer dari {capital}, ibu kota {prov}.
    [Tingkat pengangguran terbuka|Angka pengangguran] di {kab} [tercatat|berada di kisaran]
      {tpt_kab} persen.
    {landmark} [menjadi|merupakan] [salah satu|] [destinasi wisata|objek wisata] [andalan|
      unggulan] {kab} yang [ramai dikunjungi|dipadati wisatawan] [saat libur panjang|setiap akhir
      pekan].
    {kab} [memperingati|merayakan] hari jadinya yang ke-{hari_jadi} [pada|bulan] {bulan_jadi}.
    [Industri|Usaha] {industri} [berkembang|tumbuh] [pesat|cukup pesat] di {kab} [dan menyerap|
      serta menyerap] [ribuan|puluhan ribu] tenaga kerja.
    [Ruas jalan provinsi|Jalan utama] yang menghubungkan {city} dengan {capital} [kerap rusak saat
      musim hujan|baru selesai diperbaiki pada {oldyear3}].
    {univ} [membuka|memiliki] [kampus|program studi] [di {city}|] [dan menjadi|yang menjadi]
      [tujuan|pilihan] [ribuan|banyak] mahasiswa dari [luar daerah|kabupaten sekitar].
    """
)
SEKTOR_LOKAL = (
    "pertanian",
    "perkebunan kelapa sawit",
    "perikanan",
    "pertambangan batu bara",
    "industri pengolahan",
    "perdagangan",
    "pariwisata",
    "jasa",
    "perkebunan karet",
    "peternakan",
    "industri tekstil",
    "pertambangan nikel",
)
INDUSTRI = (
    "garmen",
    "sepatu",
    "pengolahan kayu",
    "makanan olahan",
    "mebel",
    "pengolahan ikan",
    "kerajinan",
    "pengolahan kelapa sawit",
    "semen",
    "rokok",
)

FIRST_PERSON = re.compile(r"\b(?:[Kk]ami|[Ss]aya|[Kk]ita|[Aa]ku|[Kk]alian)\b")

GENRES: dict[str, dict[str, tuple[tuple[str, ...], ...]]] = {}


def genre(name: str, **parts: str) -> None:
    """Register the templates of one genre: titles, leads, body, quotes (officials),
    voices (people the story happened to), views (analysts); a part named like
    "body_gempa" is for stories of that kind only."""
    GENRES[name] = {k: groups(v) for k, v in parts.items()}


genre(
    "bencana",
    titles="""
    {Hazard} [Landa|Terjang] {city}, {tewas} Orang [Tewas|Meninggal]
    Korban [Meninggal|Tewas|Jiwa] {Hazard} {city} Bertambah Jadi {tewas} Orang
    BNPB: {ungsi} Warga {city} Mengungsi akibat {Hazard}
    [Pemerintah|Kemensos] Salurkan Bantuan untuk Korban {Hazard} {city}
    Status Tanggap Darurat {Hazard} {city} [Diperpanjang|Ditetapkan]
    Tim SAR [Masih Cari|Lanjutkan Pencarian] {hilang} Korban {Hazard} di {city}
    {rusak} Rumah Rusak Berat akibat {Hazard} di {kab}
    Pengungsi {Hazard} {city} Mulai Terserang [Penyakit|Diare dan ISPA|Gatal-gatal]
    Warga {village} Cerita Detik-detik {Hazard}
    Akses ke {desa} Terputus, Bantuan [Diangkut Lewat Jalan Setapak|Dipikul Relawan]
    {Hazard} {city}: Sekolah Diliburkan, Pengungsi Butuh Air Bersih
    Kerugian akibat {Hazard} di {city} Ditaksir Rp {rugi} Miliar
    Dapur Umum Didirikan di {shelter}
    {relawan_short} Kirim Relawan ke Lokasi {Hazard} {city}
    {Hazard} Rusak {fasum1} dan {fasum2} di {kecamatan_short}
    """,
    leads="""
    {Hazard} [melanda|terjadi di] {kab}, {prov}, {ev} {evt}, dan [menyebabkan|mengakibatkan]
      {tewas} orang meninggal dunia.
    | Sedikitnya {tewas} orang [meninggal dunia|tewas] [akibat|setelah] {hazard} [melanda|terjadi
      di] {kab}, {prov}, {ev}.
    Jumlah korban meninggal akibat {hazard} di {city}, {prov}, bertambah menjadi {tewas} orang
      hingga {pub}.
    | Korban jiwa akibat {hazard} di {city} terus bertambah; hingga {pub}, [tercatat|BNPB mencatat]
      {tewas} orang meninggal dan {hilang} lainnya masih [dicari|dalam pencarian].
    Sebanyak {ungsi} warga {city}, {prov}, masih bertahan di pengungsian setelah {hazard} yang
      terjadi {ev}.
    | {ungsi} warga yang rumahnya rusak akibat {hazard} di {city} masih [mengungsi|tinggal di
      tenda darurat] hingga {pub}.
    Tim SAR gabungan [melanjutkan|kembali melanjutkan] pencarian korban {hazard} di {desa},
      {kecamatan}, {kab}, {pub}.
    {pemkab} menetapkan status tanggap darurat [setelah|menyusul] {hazard} yang [melanda|terjadi]
      {ev}.
    Warga {desa}, {kecamatan}, {kab}, masih [trauma|syok] setelah {hazard} [melanda|menerjang]
      permukiman mereka {ev} {evt}.
    Bantuan [logistik|kemanusiaan] untuk korban {hazard} di {city}, {prov}, terus [berdatangan|
      mengalir] hingga {pub}.
    Pemulihan [pascabencana|setelah] {hazard} di {city} [mulai dilakukan|mulai berjalan], meski
      sebagian warga masih tinggal di [tenda|pengungsian|rumah kerabat].
    Ribuan warga {kecamatan}, {kab}, [terpaksa|harus] [meninggalkan rumah|mengungsi] setelah
      {hazard} [melanda|menghantam] kawasan itu {ev}.
    """,
    body="""
    Badan Nasional Penanggulangan Bencana (BNPB) mencatat sedikitnya {tewas} orang meninggal dunia
      dan {luka} lainnya [luka-luka|mengalami luka] akibat {hazard} [tersebut|itu].
    | Data BNPB per {pub} menyebutkan {tewas} orang meninggal, {luka} [luka-luka|terluka], dan
      {hilang} orang [masih dinyatakan hilang|belum ditemukan].
    | Berdasarkan [data sementara|pendataan terakhir], korban meninggal mencapai {tewas} orang,
      sedangkan korban luka tercatat {luka} orang.
    Hingga {pub} sore, [tim SAR gabungan|petugas gabungan|regu penyelamat] masih [mencari|
      menyisir lokasi untuk menemukan] {hilang} [warga|korban|orang] yang dilaporkan hilang.
    | Pencarian terhadap {hilang} korban yang [masih hilang|belum ditemukan] [dilanjutkan|kembali
      dilakukan] {ev_next} [sejak pagi|mulai pukul 07.00 {zone}].
    | Tim SAR [memperluas|memperlebar] [area|radius] pencarian karena {hilang} korban belum juga
      ditemukan.
    Sebanyak {ungsi} warga mengungsi ke {posko} titik pengungsian yang tersebar di {kec}
      kecamatan.
    | Para pengungsi, yang jumlahnya mencapai {ungsi} orang, [ditampung|tinggal sementara] di
      {posko} [titik|lokasi|posko], termasuk di {shelter}.
    Data sementara menunjukkan {rusak} rumah rusak berat, sementara {rusakr} rumah lainnya rusak
      ringan.
    | [Pendataan|Hasil pendataan] sementara [BPBD|petugas] mencatat {rusak} rumah rusak berat dan
      {rusakr} [rusak ringan|rusak sedang hingga ringan].
    Selain rumah warga, {fasum1} dan {fasum2} [juga|] [dilaporkan|tercatat] rusak.
    | Kerusakan juga [menimpa|dialami] fasilitas umum, [di antaranya|antara lain] {fasum1},
      {fasum2}, dan {sekolah} gedung sekolah.
    Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) [memperkirakan|memprediksi] [hujan
      dengan intensitas sedang hingga lebat|cuaca ekstrem] masih [akan terjadi|berpotensi
      terjadi] hingga {future}.
    | BMKG [mengingatkan|memperingatkan] potensi cuaca ekstrem di {prov} masih [tinggi|berlanjut]
      dalam {dur} ke depan.
    {pemkab} menetapkan status tanggap darurat selama {dur}, terhitung sejak {ev}.
    | Status tanggap darurat [berlaku|ditetapkan] selama {dur} [dan bisa diperpanjang|sambil
      menunggu hasil evaluasi].
    Bantuan [logistik|darurat] berupa {logistik1}, {logistik2}, dan {logistik3} [telah|sudah]
      [dikirim|didistribusikan] ke lokasi sejak {ev_next}.
    | Sejak {ev_next}, bantuan berupa {logistik1} dan {logistik2} [mulai disalurkan|mulai
      dibagikan|didistribusikan] ke [posko-posko pengungsian|{posko} posko].
    Akses jalan menuju {desa} sempat terputus selama {dur} karena [tertimbun material|tergenang
      air|tertutup pohon tumbang].
    | [Jalan|Jalur] [penghubung|utama] menuju {desa} [tidak bisa dilalui|lumpuh total] sehingga
      bantuan harus [diangkut dengan sepeda motor|dibawa berjalan kaki|dipikul relawan].
    Peristiwa serupa pernah terjadi di wilayah itu pada {oldyear} dan [menewaskan|merenggut nyawa]
      {oldtewas} orang.
    | {kab} [tercatat|termasuk] daerah rawan bencana; pada {oldyear}, bencana di daerah itu
      [menelan|merenggut] {oldtewas} korban jiwa.
    Listrik di sebagian wilayah {city} padam sejak {evt} dan baru kembali menyala keesokan harinya.
    | PLN [memadamkan|memutus] aliran listrik di sejumlah gardu [demi keamanan|untuk mencegah
      korsleting] [sampai|hingga] kondisi [aman|memungkinkan].
    Tim gabungan [terdiri atas|melibatkan] {tim} personel dari Basarnas, TNI, Polri, BPBD, dan
      relawan.
    | Sebanyak {tim} personel gabungan [dikerahkan|diterjunkan] ke lokasi, [dibantu|ditambah]
      {alat} unit {alatjenis}.
    Kerugian akibat bencana ini [ditaksir|diperkirakan] mencapai Rp {rugi} miliar.
    | [Pemerintah daerah|BPBD {kab}] [menaksir|memperkirakan] kerugian [material|] [sementara|]
      mencapai Rp {rugi} miliar.
    Sekolah-sekolah di {kecamatan} diliburkan selama {dur} karena sebagian gedung [digunakan
      sebagai|dipakai untuk] tempat pengungsian.
    | Kegiatan belajar mengajar di {sekolah} sekolah [dihentikan sementara|diliburkan] karena
      [gedungnya rusak|ruang kelasnya dipakai] [untuk mengungsi|sebagai posko].
    Presiden dijadwalkan meninjau lokasi bencana {future}.
    | Kunjungan [Menteri Sosial|Kepala BNPB|Menko PMK] ke lokasi [dijadwalkan|direncanakan]
      {future}.
    Posko kesehatan di {shelter} mencatat [ratusan|puluhan] pengungsi mulai terserang
      [diare|gatal-gatal] dan infeksi saluran pernapasan.
    | [Tenaga medis|Petugas puskesmas] di {shelter} [menangani|merawat] pengungsi yang mengeluh
      [demam|batuk, pilek,] dan diare.
    Kementerian Sosial menyalurkan bantuan senilai Rp {bansos} juta untuk kebutuhan darurat.
    | Bantuan senilai Rp {bansos} juta [disalurkan|diserahkan] Kementerian Sosial untuk [memenuhi
      kebutuhan darurat|dapur umum].
    Korban luka [dirawat|dilarikan] ke {rsud} dan sejumlah puskesmas terdekat.
    | Sebagian besar korban luka [menjalani perawatan|dirawat] di {rsud}; {rawat} di antaranya
      [masih dirawat inap|mengalami luka berat].
    Sebanyak {dapur} dapur umum didirikan untuk [menyediakan|memasok] makanan bagi pengungsi.
    | TNI dan Tagana [mendirikan|membuka] {dapur} dapur umum yang setiap hari [memasak|
      menyiapkan] ribuan porsi.
    Sedikitnya {kk} kepala keluarga (KK) kehilangan tempat tinggal [dan kini menumpang di rumah
      kerabat|dan belum tahu akan tinggal di mana].
    Lahan pertanian seluas {sawah} hektare [ikut terdampak|rusak], sebagian besar berupa
      [tanaman|kebun] {tanaman} yang [siap panen|baru ditanam].
    | Petani di {kecamatan} [terancam gagal panen|merugi] karena {sawah} hektare [tanaman|ladang]
      {tanaman} [rusak|tertimbun|terendam].
    Evakuasi sempat terkendala [cuaca buruk|medan yang berat|minimnya alat berat] di lokasi.
    | Medan yang [sulit|berat|curam] [membuat|menyebabkan] proses evakuasi berjalan lambat.
    Jenazah korban yang telah ditemukan [dibawa|diserahkan] ke {rsud} untuk diidentifikasi
      sebelum diserahkan kepada keluarga.
    | Salah satu korban yang [ditemukan|berhasil dievakuasi] adalah {korban1}, warga {dusun}.
    Relawan dari {relawan} [mulai berdatangan|tiba] di {city} sejak {ev_next}.
    | Sejak {ev_next}, relawan {relawan} [membuka posko|mendirikan tenda] di {shelter} untuk
      membantu pengungsi.
    Pemerintah [berencana|akan] [membangun|menyiapkan] hunian sementara (huntara) bagi warga
      yang rumahnya rusak berat.
    | Warga yang rumahnya rusak berat [dijanjikan|akan menerima] dana stimulan perbaikan rumah
      [dari pemerintah|dari BNPB].
    [Ratusan|Puluhan] ekor {ternak} milik warga {dusun} [mati|hanyut|tertimbun].
    | Warga {dusun} kehilangan [ternak|hewan ternak], sebagian besar {ternak}, yang [mati|hanyut]
      saat kejadian.
    Pendataan kerusakan masih [berlangsung|terus dilakukan], sehingga angka kerugian
      [kemungkinan|diperkirakan] bertambah.
    Kebutuhan yang paling mendesak [saat ini|di pengungsian] adalah [air bersih|sanitasi],
      {logistik3}, dan [obat-obatan|layanan kesehatan].
    Jaringan [telekomunikasi|seluler] di {kecamatan} [sempat terputus|lumpuh] sehingga kabar dari
      lokasi [terlambat diterima|baru diterima belakangan].
    {head} [meninjau|mengunjungi] [lokasi|pengungsian] di {shelter} {ev_next} [dan menyerahkan
      bantuan|didampingi jajaran forkopimda].
    Relawan [menggelar|mengadakan] kegiatan pemulihan trauma (trauma healing) bagi anak-anak di
      {shelter}.
    BNPB [meminta|mendorong] pemerintah daerah [memperbarui peta rawan bencana|menata ulang
      permukiman] di kawasan rawan.
    Warga yang tinggal di [bantaran sungai|lereng bukit|zona merah] [diminta|diimbau] [tidak
      kembali ke rumah|tetap di pengungsian] [untuk sementara|sampai situasi aman].
    {jalur} [sempat|] [ditutup|tidak bisa dilalui] sehingga kendaraan [dialihkan|harus memutar]
      lewat jalur lain.
    | Arus lalu lintas di {jalur} [lumpuh|tersendat] [selama|hingga] {dur}.
    Dusun [yang paling parah terdampak|terparah] adalah {dusun}, tempat [puluhan|belasan] rumah
      [rata dengan tanah|rusak parah].
    Air bersih [dipasok|dikirim] menggunakan [truk tangki|mobil tangki] PDAM [dua kali sehari|
      setiap pagi dan sore] ke {shelter}.
    Sejumlah ibu hamil dan [lansia|balita] di pengungsian [mendapat perhatian khusus|dipisahkan
      ke tenda khusus] dari petugas kesehatan.
    [Anjing pelacak|Drone termal|Ekskavator] [dikerahkan|dilibatkan] untuk [membantu|
      mempercepat] pencarian korban [di {dusun}|di titik terparah].
    Donasi dari [masyarakat|berbagai kalangan] [mulai mengalir|terus berdatangan] melalui posko
      [yang dibuka|di kantor] {pemkab}.
    Di {dusun}, [sebagian besar|hampir semua] rumah [warga|penduduk] [rusak|tidak bisa ditempati]
      dan penghuninya [mengungsi|pindah] ke {shelter}.
    | Warga {dusun} [kini|sementara] [tinggal|bertahan] di {shelter} karena rumah mereka [rusak
      berat|tidak layak huni].
    Camat {kec_name} [meminta|mengerahkan] [perangkat desa|aparat kecamatan] untuk [mendata ulang|
      memverifikasi] warga yang [kehilangan rumah|terdampak].
    Sejumlah warga {village} [sempat|] [menolak|enggan] dievakuasi karena [khawatir|takut] harta
      benda mereka [dijarah|hilang].
    | [Petugas|Aparat desa] [harus membujuk|perlu meyakinkan] warga {village} yang [bertahan|menolak
      mengungsi] di rumahnya.
    Bantuan dari {relawan_short} [tiba|sampai] di {desa} [sehari|dua hari] setelah kejadian,
      [berupa|antara lain] {logistik2} dan {logistik3}.
    Aparat TNI dari Kodim {city} [membangun|mendirikan] tenda [darurat|pengungsian] di [lapangan|
      halaman] {desa}.
    | Prajurit TNI [bergotong royong|bekerja bakti] bersama warga [membersihkan|menyingkirkan]
      [puing|material] di {dusun}.
    Pasokan [listrik|air bersih] ke {kecamatan} [belum|masih belum] pulih [hingga|sampai] {pub}.
    Harga {logistik1} di [pasar|warung] sekitar {kecamatan} [sempat naik|melonjak] karena pasokan
      terganggu.
    Pemerintah Provinsi {prov} [mengalokasikan|menyiapkan] dana tak terduga Rp {bansos} juta untuk
      [penanganan darurat|pemulihan] di {kab}.
    Sebagian pengungsi [mulai kembali|sudah pulang] ke rumah [pada siang hari|untuk membersihkan
      rumah] dan kembali ke {shelter} [saat malam|pada sore hari].
    Korban [meninggal|tewas] [sebagian besar|kebanyakan] merupakan warga {dusun} dan {desa}.
    Jenazah korban [dimakamkan|dikebumikan] secara massal di pemakaman umum {village} [atas
      persetujuan keluarga|setelah diidentifikasi].
    Anak-anak di {shelter} [belajar|mengikuti kegiatan belajar] di tenda sekolah darurat yang
      didirikan relawan {relawan_short}.
    Sebanyak {kk} KK di {desa} [tercatat|terdata] [membutuhkan|belum menerima] bantuan {logistik1}.
    """,
    body_gempa="""
    BMKG mencatat gempa bermagnitudo {mag} itu berpusat di [darat|laut] pada jarak {jarak}
      kilometer arah {arah} {city} dengan kedalaman {depth} kilometer.
    | Pusat gempa berada {jarak} kilometer arah {arah} {city} pada kedalaman {depth} km,
      [menurut|berdasarkan analisis] BMKG.
    Hingga {pub}, BMKG [mencatat|merekam] {susulan} kali gempa susulan dengan magnitudo lebih
      kecil.
    | Sebanyak {susulan} gempa susulan [terekam|tercatat] [hingga|sampai] {pub}.
    Guncangan [dirasakan|terasa] dengan intensitas {mmi} MMI di {city} dan [sekitarnya|
      {capital}].
    BMKG memastikan gempa [tersebut|itu] tidak berpotensi tsunami.
    | Hasil pemodelan BMKG menunjukkan gempa itu tidak [memicu|berpotensi menimbulkan] tsunami.
    Gempa [dipicu|disebabkan] aktivitas [sesar aktif di daratan|zona subduksi lempeng|patahan
      lokal].
    Warga [berhamburan keluar rumah|berlarian ke tanah lapang] saat guncangan [terasa|terjadi].
    Banyak warga memilih tidur di [tenda|halaman rumah|teras] karena takut gempa susulan.
    Dinding [rumah|bangunan] yang retak [diperiksa|dicek] petugas sebelum warga boleh kembali.
    Guncangan terasa [selama|sekitar] {detik} detik dan membuat [perabot|lemari] [berjatuhan|
      roboh].
    Sejumlah rumah di {dusun} [ambruk|roboh] karena [konstruksinya|bangunannya] tidak tahan gempa.
    Gempa [juga|turut] dirasakan warga di {capital} [meski|walau] dengan intensitas lebih rendah.
    """,
    body_banjir="""
    Banjir dipicu hujan deras yang mengguyur {city} selama {jam} jam sehingga {sungai} meluap.
    | Luapan {sungai} [setelah|akibat] hujan [deras|lebat] selama {jam} jam [memicu|menyebabkan]
      banjir.
    Ketinggian air di permukiman warga mencapai {tinggi} sentimeter.
    | Air [menggenangi|merendam] rumah warga hingga setinggi {tinggi} cm.
    Sebagian warga memilih bertahan di lantai dua rumah [mereka|] untuk menjaga harta benda.
    Perahu karet [dikerahkan|digunakan] untuk [mengevakuasi|menjemput] warga [lanjut usia|yang
      terjebak].
    Genangan [diperkirakan surut|baru surut] dalam {dur} jika hujan tidak kembali turun.
    Tanggul {sungai} di {dusun} [jebol|ambrol] sepanjang {panjang} meter.
    Lumpur setebal [puluhan sentimeter|hampir setengah meter] [tertinggal|mengendap] di rumah
      warga setelah air surut.
    Pompa air [dikerahkan|dioperasikan] untuk menyedot genangan di [permukiman|jalan utama].
    Debit {sungai} [naik drastis|meningkat tajam] sejak [sore|malam] hari sebelum banjir [terjadi|
      datang].
    Sejumlah kendaraan [terseret arus|hanyut] dan [tersangkut|terjebak] di [jembatan|pinggir
      sungai].
    """,
    body_longsor="""
    Material longsor dari tebing setinggi {tebing} meter [menimbun|menerjang] {rusak} rumah warga.
    | Tebing setinggi {tebing} meter [runtuh|longsor] dan [menimbun|menerjang] rumah di bawahnya.
    Longsoran menutup badan jalan sepanjang {panjang} meter.
    Pencarian korban dilakukan secara manual karena alat berat [belum bisa|sulit] menjangkau
      lokasi.
    Tanah di lokasi masih labil, sehingga pencarian [beberapa kali dihentikan|harus dilakukan
      hati-hati].
    Menurut warga, retakan tanah sudah [terlihat|muncul] beberapa hari sebelum kejadian.
    Hujan [deras|lebat] [mengguyur|turun di] kawasan itu [selama|sejak] {jam} jam sebelum longsor
      terjadi.
    Badan Geologi [menyebut|menilai] lereng di {dusun} [rawan|tidak stabil] dan [tidak layak|
      berbahaya] untuk permukiman.
    Longsor [terjadi|datang] [saat sebagian besar warga tertidur|ketika warga sedang beristirahat].
    Warga yang tinggal di bawah tebing di {dusun} [diminta|diimbau] [pindah sementara|mengungsi].
    """,
    body_erupsi="""
    Gunung {gunung} kembali erupsi dengan tinggi kolom abu [mencapai|sekitar] {kolom} meter di
      atas puncak.
    | Kolom abu setinggi {kolom} meter [membubung|terlihat] dari puncak Gunung {gunung}.
    Pusat Vulkanologi dan Mitigasi Bencana Geologi (PVMBG) menetapkan status Gunung {gunung} pada
      Level {level}.
    Warga dilarang beraktivitas dalam radius {radius} kilometer dari kawah.
    Hujan abu [tipis|tebal] mengguyur sejumlah desa di lereng {gunung}.
    Sejumlah penerbangan [dialihkan|dibatalkan] karena sebaran abu vulkanik.
    Masker dibagikan kepada warga yang terdampak hujan abu.
    Awan panas guguran [meluncur|mengalir] sejauh {luncur} kilometer ke arah {arah}.
    Petugas pos pengamatan Gunung {gunung} mencatat [gempa vulkanik|gempa embusan] yang
      [meningkat|terus bertambah] sejak {past}.
    Warga {dusun} yang tinggal di lereng {gunung} [dievakuasi|diungsikan] menggunakan truk.
    Jalur pendakian Gunung {gunung} ditutup [hingga waktu yang belum ditentukan|sampai status
      diturunkan].
    """,
    body_angin="""
    Angin kencang berlangsung sekitar {menit} menit [disertai hujan deras|disertai petir].
    Atap rumah [beterbangan|terlepas] dan puluhan pohon tumbang menutup jalan.
    Petugas memotong pohon tumbang [yang menutup jalan|] dengan gergaji mesin.
    BMKG menyebut puting beliung [kerap|biasa] terjadi pada masa peralihan musim.
    Sejumlah tiang listrik [roboh|patah] dan [kabel|jaringan] [menjuntai|terputus] ke jalan.
    Warga [bergotong royong|bahu-membahu] memasang kembali [genteng|atap seng] yang terlepas.
    Puting beliung [menyapu|menerjang] [sedikitnya|] {rusak} rumah di {dusun} dan {desa}.
    Warga [mengaku|menyebut] angin [datang tiba-tiba|berputar kencang] dari arah [sawah|perbukitan].
    """,
    quotes="""
    Kami terus mendata jumlah korban dan kerusakan, angka ini masih bisa bertambah
    Prioritas kami saat ini adalah evakuasi warga dan pemenuhan kebutuhan dasar di pengungsian
    Warga kami imbau tetap waspada karena potensi bencana susulan masih ada
    Kebutuhan paling mendesak adalah air bersih, selimut, dan makanan untuk balita
    Alat berat sudah kami kerahkan, tetapi medan di lokasi cukup sulit dijangkau
    Logistik untuk pengungsi cukup untuk beberapa hari ke depan, tetapi kami tetap membuka posko
      donasi
    Kami sudah meminta bantuan personel tambahan dari provinsi
    Status tanggap darurat ini memudahkan kami menggerakkan anggaran dan personel
    Rumah yang rusak berat akan kami data ulang supaya bantuan tepat sasaran
    Pencarian akan terus dilakukan sampai seluruh korban ditemukan
    Jangan dulu kembali ke rumah sebelum ada pemeriksaan dari petugas
    Tata ruang di kawasan rawan harus dievaluasi agar kejadian ini tidak terulang
    Dapur umum kami buka sampai masa tanggap darurat berakhir
    Anak-anak di pengungsian tetap harus bisa belajar, kami siapkan sekolah darurat
    Hingga [saat ini|sekarang] [tim kami|petugas] masih bekerja di {dusun}, [medannya berat|aksesnya
      sulit]
    Bantuan [dari {relawan_short}|dari berbagai pihak] sudah kami terima dan [langsung|segera] kami
      salurkan
    [Kami|Pemerintah] [minta|imbau] warga {village} [bersabar|tidak panik], semua akan didata
    Dana darurat [sudah|telah] kami [siapkan|cairkan] untuk kebutuhan pengungsi
    """,
    voices="""
    Kejadiannya cepat sekali, kami hanya sempat menyelamatkan anak-anak
    Rumah saya sudah tidak bisa ditempati lagi, semua barang rusak
    Sudah dua malam kami tidur di tenda, anak-anak mulai demam
    Kami butuh selimut dan susu untuk bayi
    Saya belum tahu kapan bisa kembali ke rumah
    Bantuan baru datang kemarin sore, sebelumnya kami makan seadanya
    Belum pernah separah ini selama saya tinggal di sini
    Saya dengar suara gemuruh, lalu semua orang berteriak dan lari
    Ternak saya habis, padahal itu tabungan keluarga
    Kami di {dusun} [belum|baru sedikit] dapat bantuan, [tolong|mohon] diperhatikan
    Anak saya [sempat|] hilang [beberapa jam|semalaman], untung ditemukan relawan
    [Sawah|Kebun] saya rusak [semua|total], [entah|tidak tahu] bagaimana nanti
    """,
    views="""
    Pemerintah daerah perlu memperketat izin bangunan di kawasan rawan
    Sistem peringatan dini harus sampai ke warga di tingkat desa, bukan berhenti di kantor
      pemerintah
    Kerusakan lingkungan di hulu memperbesar risiko bencana seperti ini
    Edukasi kebencanaan semestinya masuk kurikulum sekolah di daerah rawan
    Relokasi warga dari zona merah harus disiapkan sejak sekarang
    Alih fungsi lahan di daerah tangkapan air membuat bencana semakin sering terjadi
    Pemetaan risiko di {kab} [harus diperbarui|sudah usang] dan [tidak lagi|belum] sesuai kondisi
      lapangan
    Anggaran mitigasi di daerah [masih|selalu] kalah dibandingkan anggaran tanggap darurat
    """,
    lists="""
    Korban meninggal yang telah [teridentifikasi|dikenali keluarga] antara lain {daftar}.
    | [Sejumlah|Beberapa] korban [meninggal|tewas] yang [sudah|telah] dievakuasi [adalah|yaitu]
      {daftar}.
    Warga yang [masih dinyatakan hilang|belum ditemukan] [hingga|sampai] {pub} [adalah|yaitu]
      {daftar2}.
    """,
    crowd="""
    Sejumlah warga yang ditemui di {shelter}, [antara lain|seperti] {crowd}, [mengaku|menyebut]
      [belum tahu kapan bisa pulang|masih menunggu kepastian bantuan].
    | [Warga|Pengungsi] seperti {crowd} [mengaku|bercerita] [sempat menyelamatkan diri|lari] ke
      [tempat yang lebih tinggi|lapangan] saat kejadian.
    """,
)

genre(
    "penerbangan",
    titles_jatuh="""
    Pesawat {airline} {flight} Hilang Kontak [setelah|usai] Lepas Landas dari {capital}
    {airline} {flight} Jatuh di {site_short}, Bawa {penumpang} Penumpang
    Basarnas Temukan [Puing|Serpihan] Pesawat {airline} {flight}
    KNKT Selidiki Penyebab Kecelakaan {airline} {flight}
    Kotak Hitam {airline} {flight} Ditemukan
    Keluarga Penumpang {airline} {flight} Padati Crisis Center Bandara {airport}
    Tim DVI Polri Identifikasi {teridentifikasi} Korban {airline} {flight}
    Pencarian {airline} {flight} Diperpanjang
    Manifes {airline} {flight}: {penumpang} Penumpang dan {awak} Awak
    Profil Pilot {airline} {flight}, Kapten {pilot}
    {airline} Janjikan Santunan untuk Keluarga Korban {flight}
    {kri} Deteksi Sinyal Kotak Hitam {flight}
    """,
    titles_insiden="""
    Pesawat {airline} Tergelincir di Bandara {airport}
    {airline} {flight} Mendarat Darurat di {capital}
    Landasan Bandara {airport} Ditutup Usai Insiden {airline}
    Penumpang {airline} {flight} Dievakuasi Lewat Pintu Darurat
    KNKT Investigasi Insiden {airline} di {airport}
    Puluhan Penerbangan Tertunda Akibat Insiden di Bandara {airport}
    """,
    leads_jatuh="""
    Pesawat {airline} dengan nomor penerbangan {flight} rute {capital}-{dest} hilang kontak {ev}
      {evt}.
    | Pesawat {airline} {flight} yang terbang dari {capital} menuju {dest} dilaporkan hilang
      kontak {ev}.
    Tim SAR gabungan menemukan [serpihan|puing] pesawat {airline} {flight} di {site}, {ev}.
    Komite Nasional Keselamatan Transportasi (KNKT) mulai menyelidiki penyebab jatuhnya pesawat
      {airline} {flight} yang membawa {penumpang} penumpang.
    | KNKT [menurunkan|mengirim] tim investigator ke lokasi jatuhnya {airline} {flight} di {site}.
    Keluarga penumpang {airline} {flight} terus [berdatangan ke|mendatangi] crisis center di
      Bandara {airport}, {pub}.
    Operasi pencarian pesawat {airline} {flight} memasuki hari ke-{hari} pada {pub}.
    Tim DVI Polri [telah|berhasil] mengidentifikasi {teridentifikasi} korban kecelakaan {airline}
      {flight} hingga {pub}.
    Kotak hitam pesawat {airline} {flight} berhasil ditemukan tim gabungan {ev_next}.
    """,
    leads_insiden="""
    Pesawat {airline} {flight} rute {dest}-{capital} tergelincir saat mendarat di Bandara
      {airport}, {ev} {evt}.
    | Sebuah pesawat {airline} keluar dari landasan pacu (runway excursion) saat mendarat di
      Bandara {airport}, {capital}, {ev}.
    Pesawat {airline} {flight} terpaksa kembali dan mendarat darurat di Bandara {airport}, {ev},
      setelah mengalami {gangguan}.
    Operasional Bandara {airport}, {capital}, sempat [dihentikan|ditutup] selama {dur} setelah
      pesawat {airline} tergelincir {ev}.
    Sebanyak {penumpang} penumpang {airline} {flight} selamat setelah pesawat yang mereka
      tumpangi [tergelincir|keluar landasan] di Bandara {airport}, {ev}.
    """,
    body="""
    Pesawat jenis {aircraft} itu [lepas landas|berangkat] dari Bandara {origin_airport} {evt}.
    | {aircraft} [bernomor registrasi|berregistrasi] {reg} itu [berangkat|lepas landas] {evt}.
    Pesawat membawa {penumpang} penumpang yang terdiri atas {dewasa} orang dewasa, {anak} anak,
      dan {bayi} bayi, serta {awak} awak.
    | Menurut manifes, pesawat mengangkut {penumpang} penumpang dan {awak} awak [kabin dan
      kokpit|pesawat].
    Pesawat berregistrasi {reg} itu [dioperasikan|digunakan] maskapai sejak {past}.
    | Pesawat dengan nomor registrasi {reg} [tersebut|itu] berusia {umur} tahun.
    Kementerian Perhubungan [memerintahkan|meminta] inspeksi khusus terhadap seluruh pesawat
      {aircraft} yang beroperasi di Indonesia.
    | Kemenhub [melakukan|menggelar] pemeriksaan (ramp check) terhadap [semua|seluruh] armada
      {aircraft} milik maskapai nasional.
    Cuaca di sekitar [lokasi|bandara] pada saat kejadian dilaporkan [cerah|berawan|hujan ringan]
      dengan jarak pandang [baik|{pandang} kilometer].
    | Laporan BMKG menunjukkan cuaca saat kejadian [relatif baik|berawan tebal|hujan lebat].
    Penerbangan {flight} merupakan penerbangan reguler yang dilayani [setiap hari|dua kali
      sehari].
    Pesawat dikemudikan Kapten {pilot} dengan kopilot {copilot}.
    | Kapten {pilot} [tercatat memiliki|mengantongi] lebih dari {jam} jam terbang.
    Maskapai [memastikan|menyatakan] pesawat [dalam kondisi laik terbang|telah menjalani
      perawatan rutin] sebelum berangkat.
    | Catatan perawatan menunjukkan pesawat menjalani pemeriksaan terakhir {past}.
    KNKT [meminta|mengimbau] publik tidak berspekulasi [soal|mengenai] penyebab [kejadian|
      kecelakaan] sebelum investigasi selesai.
    {airline} [tercatat|] mengoperasikan {armada} unit {aircraft} [di armadanya|saat ini].
    Sejumlah penumpang [diketahui|] [merupakan|adalah] warga {asal1} dan {asal2} yang hendak
      [pulang kampung|bertugas|berlibur].
    Laporan [pendahuluan|awal] investigasi KNKT [dijadwalkan|diharapkan] terbit dalam 30 hari.
    Direktorat Jenderal Perhubungan Udara [membentuk|menurunkan] tim untuk memeriksa
      [dokumen perawatan|catatan teknis] pesawat {reg}.
    Data [pelacakan penerbangan|Flightradar24] menunjukkan pesawat sempat [naik hingga|berada di]
      ketinggian {alt} kaki.
    Maskapai [membuka|menyediakan] layanan informasi [bagi keluarga|untuk keluarga penumpang]
      melalui [pusat panggilan|nomor darurat].
    Otoritas Bandara Wilayah {otban} [ikut|turut] [memantau|menangani] [kejadian|penanganan]
      [tersebut|ini].
    Pesawat [bernomor penerbangan|dengan nomor] {flight} itu [berangkat|terbang] [sesuai jadwal|
      terlambat sekitar 30 menit] dari {origin_airport}.
    Manajemen {airline} [menggelar|mengadakan] [konferensi pers|jumpa pers] di {capital} [untuk
      menjelaskan|guna memaparkan] kronologi kejadian.
    | {airline} [merilis|membagikan] kronologi [kejadian|penerbangan] {flight} [melalui|dalam]
      [siaran pers|keterangan tertulis].
    Pesawat {reg} [terakhir|sebelumnya] [diterbangkan|dioperasikan] pada rute {dest}-{capital}
      sehari sebelum kejadian.
    Kementerian Perhubungan [menerbangkan|mengirim] tim [inspektur|kelaikan udara] ke {capital}
      [untuk memeriksa|guna meneliti] [catatan perawatan|dokumen] pesawat.
    Asuransi [penumpang|korban] {airline} [ditanggung|dijamin] PT Jasa Raharja [dan|serta]
      perusahaan
      asuransi maskapai.
    Jumlah [penerbangan|jadwal penerbangan] {airline} [di Bandara {origin_airport}|dari {capital}]
      [tetap|masih] berjalan normal [setelah kejadian|keesokan harinya].
    [Bandara|Bandar udara] {origin_airport} [melayani|mencatat] [sekitar|rata-rata] {pergerakan}
      pergerakan pesawat [per hari|setiap hari].
    [Usia|Umur] [rata-rata|] armada {airline} [tercatat|sekitar] {umur_armada} tahun.
    [Sertifikat|Izin] [operasi|kelaikan udara] pesawat {reg} [masih berlaku|berlaku] [hingga|sampai]
      {future}.
    """,
    body_jatuh="""
    Pesawat kehilangan kontak dengan menara pengawas sekitar {menit} menit setelah lepas landas.
    | Kontak terakhir pilot dengan [menara pengawas|ATC] [terjadi|tercatat] {menit} menit setelah
      pesawat mengudara.
    Pesawat dijadwalkan mendarat di Bandara {dairport}, {dest}, namun tidak pernah tiba.
    | Pesawat [semestinya|seharusnya] tiba di {dest} sekitar [satu jam|90 menit] kemudian.
    Basarnas mengerahkan {kapal} kapal dan {heli} helikopter untuk menyisir lokasi yang diduga
      menjadi titik jatuhnya pesawat.
    | Sebanyak {kapal} kapal, termasuk {kri} dan {knsar}, serta {heli} helikopter
      [dikerahkan|dilibatkan] dalam operasi SAR.
    Operasi pencarian diperpanjang {dur} karena [cuaca buruk|gelombang tinggi|arus kencang] di
      lokasi.
    Keluarga penumpang berkumpul di crisis center yang dibuka di Bandara {origin_airport} sejak
      {ev}.
    | [Pihak bandara|Maskapai] membuka crisis center di Bandara {origin_airport} bagi keluarga
      penumpang.
    Tim DVI Polri telah menerima {dna} sampel DNA dari keluarga korban.
    | Hingga {pub}, {dna} sampel DNA keluarga korban [telah diterima|sudah dikumpulkan] tim DVI
      di {rspolri}.
    Sebelum hilang kontak, pilot sempat meminta kembali ke bandara asal (return to base).
    | Pilot sempat [meminta izin|mengajukan permintaan] untuk kembali ke {origin_airport}
      beberapa menit sebelum kontak terputus.
    Maskapai [menyatakan akan memberikan|menyiapkan] santunan sebesar Rp {santunan} juta kepada
      setiap keluarga korban.
    | {airline} [menjanjikan|akan menyerahkan] santunan Rp {santunan} juta per penumpang di luar
      asuransi.
    Jenazah korban yang ditemukan [dibawa|diangkut] ke {rspolri} untuk diidentifikasi.
    Temuan berupa {temuan1}, {temuan2}, dan barang pribadi penumpang dikumpulkan di posko
      {posko_sar}.
    Hingga {pub}, tim identifikasi [telah mengidentifikasi|berhasil mengenali]
      {teridentifikasi} jenazah.
    Kecelakaan ini [merupakan|menjadi] salah satu yang terburuk dalam sejarah penerbangan
      nasional.
    Kotak hitam akan dibaca di laboratorium KNKT di Jakarta; proses [pengunduhan data|pembacaan]
      diperkirakan memakan waktu {dur}.
    Area pencarian dibagi ke dalam {sektor} sektor dengan luas total {luas} [mil laut persegi|
      kilometer persegi].
    Posko [SAR|pencarian] [dipusatkan|didirikan] di {posko_sar}.
    Para keluarga menjalani [pemeriksaan|pengambilan sampel] DNA dan [menyerahkan|mengisi] data
      antemortem.
    Nama-nama penumpang [dalam manifes|yang tercantum dalam manifes] [dipasang|ditempel] di crisis
      center Bandara {origin_airport}.
    Salah satu penumpang, {korban1}, [diketahui|disebut] hendak [menjenguk keluarga|pulang] ke
      {dest}.
    | Di antara penumpang terdapat {korban1}, warga {asal1}, yang [baru menikah|bekerja sebagai
      guru] [menurut|kata] kerabatnya.
    Sinyal [emergency locator transmitter (ELT)|darurat] pesawat [tidak terdeteksi|tidak
      tertangkap] [oleh|di] stasiun Basarnas.
    {kri} [mendeteksi|menangkap] sinyal [ping|ping locator] dari kotak hitam di sekitar lokasi.
    Korban yang telah teridentifikasi [diserahkan|dipulangkan] kepada keluarga di {asal1} dan
      {asal2}.
    [Tim SAR|Petugas] [menyisir|memeriksa] [pantai|pesisir] di {pulau} [setelah|karena] [warga|
      nelayan] melaporkan [serpihan|benda asing] [terdampar|mengapung].
    [Doa bersama|Tabur bunga] [digelar|diadakan] keluarga korban di [lokasi|sekitar titik] jatuhnya
      pesawat {ev_next}.
    Sebagian keluarga [memilih|meminta] [dipulangkan|menunggu] di {asal1} [sambil menunggu|hingga]
      [hasil identifikasi|kabar dari tim DVI].
    [Kapal|Kapal nelayan] [milik|dari] warga {pulau} [ikut|turut] membantu [pencarian|mengangkut
      temuan] [ke posko|ke dermaga].
    """,
    body_laut="""
    Titik jatuhnya pesawat diperkirakan berada di {site} dengan kedalaman laut sekitar {dalam}
      meter.
    Penyelam menemukan kotak hitam pada kedalaman {dalam} meter di dasar laut.
    | Kotak hitam jenis flight data recorder (FDR) [berhasil diangkat|ditemukan] penyelam TNI AL
      dari dasar laut.
    Seorang nelayan [asal {pulau}|setempat] mengaku [melihat|mendengar] [ledakan|suara dentuman]
      sesaat sebelum serpihan mengapung.
    Kapal riset [dikerahkan|diterjunkan] untuk memindai dasar laut dengan sonar.
    Arus bawah laut yang [kuat|deras] [menyulitkan|menghambat] penyelam di lokasi.
    Serpihan [ditemukan mengapung|terlihat] tidak jauh dari {pulau}.
    """,
    body_darat="""
    Puing pesawat ditemukan di [kawasan hutan|lereng bukit] dekat {desa}, {kab}.
    Tim SAR harus berjalan kaki selama {dur} untuk mencapai lokasi jatuhnya pesawat.
    Warga {desa} mengaku mendengar suara dentuman keras lalu melihat asap hitam.
    Kabut tebal dan medan terjal membuat helikopter [tidak bisa|kesulitan] mendarat di lokasi.
    Kotak hitam ditemukan [di antara puing|tidak jauh dari ekor pesawat].
    Jenazah [dievakuasi|diangkut] dengan helikopter ke [lapangan|bandara terdekat] di {city}.
    """,
    body_insiden="""
    Seluruh penumpang dan awak [selamat|berhasil dievakuasi], [meski|namun] {luka_ringan}
      penumpang mengalami luka ringan.
    | Tidak ada korban jiwa dalam insiden [itu|tersebut]; {luka_ringan} penumpang [dirawat|
      mendapat perawatan] karena luka ringan.
    Penumpang dievakuasi melalui [pintu darurat|seluncur darurat] [dan|lalu] dibawa ke terminal
      dengan bus.
    Landasan pacu [sempat|] ditutup selama {dur} [sehingga|dan] sejumlah penerbangan [tertunda|
      dialihkan].
    | Penutupan landasan membuat {tunda} penerbangan [tertunda|terlambat] dan {alih} lainnya
      dialihkan ke bandara terdekat.
    Hujan [deras|lebat] [mengguyur|melanda] bandara saat pesawat [hendak mendarat|mendarat],
      sehingga landasan [licin|tergenang].
    | Dugaan awal, pesawat mengalami {gangguan} [sesaat sebelum|saat] mendarat.
    Roda pesawat [terperosok|tertahan] di [tanah berumput|area lunak] di ujung landasan.
    Pesawat kemudian [ditarik|dievakuasi] dari landasan menggunakan [alat berat|kendaraan
      penarik] {ev_next}.
    Penumpang yang [tertunda|telantar] diberi kompensasi [makanan|makan dan minum] sesuai
      aturan Kementerian Perhubungan.
    [Bagian|Sisi] [sayap|roda depan|mesin kanan] pesawat [rusak|mengalami kerusakan] dalam
      insiden [itu|tersebut].
    Maskapai [menyiapkan|menerbangkan] pesawat pengganti untuk [mengangkut|memberangkatkan]
      penumpang ke tujuan.
    Kru [bertindak sesuai prosedur|sigap mengevakuasi penumpang] [menurut|kata] manajemen
      maskapai.
    Sebanyak {tunda} jadwal penerbangan di {origin_airport} [terpaksa|harus] [ditunda|dijadwalkan
      ulang] [akibat|karena] penutupan landasan.
    Penumpang {flight} [tujuan|asal] {dest} [ditampung|diinapkan] di hotel [sekitar bandara|di
      {capital}] [oleh maskapai|].
    Petugas [pemadam kebakaran bandara|PKP-PK] [langsung|segera] [menuju|mendatangi] lokasi
      [untuk mengantisipasi|mencegah] kebakaran.
    [Pesawat|Armada] [yang sama|tersebut] [pernah|sebelumnya] [mengalami|tercatat mengalami]
      [gangguan teknis|masalah] {past}.
    [Otoritas bandara|Pengelola bandara] [memeriksa|menyisir] [landasan|runway] [untuk|guna]
      [memastikan|memeriksa] tidak ada [serpihan|benda asing] sebelum [dibuka kembali|beroperasi].
    [Antrean|Penumpukan] penumpang [terjadi|terlihat] di [ruang tunggu|terminal keberangkatan]
      [Bandara {airport}|] [hingga|sampai] [malam hari|dini hari].
    Kementerian Perhubungan [meminta|menginstruksikan] maskapai [memberikan|membayar] kompensasi
      keterlambatan [sesuai|mengacu pada] [aturan|peraturan menteri].
    [Rekaman video|Video amatir] [detik-detik|saat] pesawat [keluar landasan|tergelincir] [beredar|
      viral] di media sosial.
    [Pilot|Kapten] {pilot} [memutuskan|memilih] [membatalkan pendaratan|melakukan go around]
      [sebelum|dan] akhirnya mendarat [pada percobaan kedua|].
    Sebanyak {luka_ringan} penumpang [dibawa|dilarikan] ke {rsud} [untuk|guna] [pemeriksaan|
      observasi] [lebih lanjut|kesehatan].
    [Bagasi|Barang bawaan] penumpang [baru|] [diserahkan|dikembalikan] [beberapa jam|sehari] setelah
      [insiden|kejadian].
    [Bandara|Pengelola bandara] {origin_airport} [mengumumkan|memastikan] [operasional|penerbangan]
      [kembali normal|pulih] [sekitar|pada] {evt}.
    [Pesawat|Armada] [yang tergelincir|tersebut] [diparkir|ditempatkan] di [apron|hanggar] untuk
      [pemeriksaan|investigasi] [lebih lanjut|KNKT].
    """,
    quotes="""
    Semua kemungkinan masih terbuka, kami bekerja berdasarkan data
    Pesawat dalam kondisi laik terbang sebelum berangkat
    Kami minta masyarakat tidak berspekulasi sebelum investigasi selesai
    Inspeksi ini untuk memastikan tidak ada masalah serupa pada pesawat lain
    Keselamatan penumpang adalah prioritas utama kami
    [Seluruh|Semua] data [penerbangan|pesawat] {reg} sudah kami serahkan kepada KNKT
    Kami [berkoordinasi|bekerja sama] dengan [Otoritas Bandara|Basarnas] [sejak awal|sejak menit
      pertama] kejadian
    Pesawat ini [rutin|selalu] menjalani [perawatan|pemeriksaan] sesuai [jadwal|ketentuan]
    """,
    quotes_jatuh="""
    Kami sangat berduka dan akan membantu sepenuhnya keluarga penumpang dan awak
    Pencarian kami fokuskan di sekitar titik terakhir pesawat terpantau radar
    Kami belum bisa menyimpulkan penyebabnya sebelum data kotak hitam dibaca
    Kami kerahkan semua kekuatan yang ada, termasuk bantuan dari TNI dan Polri
    Identifikasi membutuhkan waktu karena kondisi jenazah
    Kami minta keluarga memberikan data antemortem selengkap mungkin
    Seluruh biaya pemulangan jenazah ditanggung maskapai
    Pilot tidak menyatakan keadaan darurat sebelum kontak hilang
    [Tim kami|Penyelam] [fokus|berkonsentrasi] mencari badan pesawat dan kotak hitam [yang kedua|
      perekam suara kokpit]
    Keluarga [penumpang|korban] kami [dampingi|fasilitasi] [sepenuhnya|selama proses identifikasi]
    """,
    quotes_insiden="""
    Seluruh penumpang selamat dan sudah ditangani dengan baik
    Landasan kami bersihkan secepatnya agar operasional bandara kembali normal
    Kami mohon maaf atas ketidaknyamanan yang dialami penumpang
    Penyebab pastinya masih diselidiki bersama KNKT
    """,
    voices_jatuh="""
    Anak saya ada di pesawat itu, sampai sekarang kami belum dapat kabar
    Terakhir dia kirim pesan sebelum naik pesawat, katanya mau pulang
    Kami hanya ingin kepastian, apa pun hasilnya
    Saya melihat asap hitam, lalu terdengar suara keras sekali
    Kami sudah menyerahkan sampel DNA dan sekarang hanya bisa menunggu
    [Dia|Adik saya] berangkat dari {capital} [pagi itu|subuh tadi], [katanya|bilangnya] mau [kerja|
      pulang] ke {dest}
    Kami [berangkat|datang] dari {asal1} [begitu|setelah] mendengar kabar [ini|itu]
    """,
    voices_insiden="""
    Pesawat berguncang keras waktu menyentuh landasan, penumpang langsung berteriak
    Pramugari meminta kami tetap tenang dan keluar lewat pintu darurat
    Saya hanya bersyukur semua selamat
    Kami menunggu berjam-jam tanpa kejelasan di ruang tunggu
    """,
    views="""
    Investigasi harus menyeluruh, dari perawatan pesawat sampai pelatihan pilot
    Regulator perlu memastikan pengawasan perawatan pesawat berjalan ketat
    Terlalu dini menyimpulkan penyebab dari potongan data radar
    Faktor cuaca dan kondisi landasan harus menjadi perhatian dalam investigasi
    Budaya keselamatan di maskapai perlu terus dievaluasi
    [Maskapai|Operator] [berbiaya rendah|] perlu [memastikan|menjamin] jam istirahat pilot [cukup|
      terpenuhi]
    Data kotak hitam [akan|bakal] menjadi kunci [untuk|dalam] [mengungkap|menjelaskan] penyebab
      [kejadian|insiden] ini
    """,
    lists="""
    Sejumlah nama yang tercantum dalam manifes [penumpang|] antara lain {daftar}.
    | [Penumpang|Korban] yang [sudah|telah] [teridentifikasi|dikenali] [di antaranya|antara lain]
      {daftar}.
    Awak [pesawat|kabin] [yang bertugas|dalam penerbangan itu] terdiri atas {daftar2}.
    | [Selain pilot dan kopilot|Di luar kokpit], [awak kabin|pramugari dan pramugara] yang bertugas
      [adalah|yakni] {daftar2}.
    """,
    crowd="""
    Keluarga penumpang [yang ditemui|yang menunggu] di {origin_airport}, [seperti|antara lain]
      {crowd}, [berharap|meminta] [kepastian|informasi] [secepatnya|sesegera mungkin].
    """,
)

genre(
    "bbm",
    titles_harga="""
    Harga {fuel} {Arah} Jadi Rp {baru} per Liter Mulai {ev_title}
    Pertamina [Sesuaikan|Ubah] Harga {fuel}, Ini Rinciannya
    Harga {fuel} {Arah}, Ini Tanggapan Pengemudi Ojek Daring di {capital}
    Mulai {ev_title}, Harga {fuel} di {prov} Rp {baru} per Liter
    Antrean Mengular di SPBU {capital} Jelang Perubahan Harga {fuel}
    Pemerintah Siapkan Bantalan Sosial Rp {blt} Triliun
    Organda {provk} Minta Tarif Angkutan Disesuaikan
    Harga {fuel} {Arah}, Nelayan {city} Hitung Ulang Ongkos Melaut
    {Perubahan} Harga {fuel} Diperkirakan Sumbang Inflasi {inflasi} Persen
    """,
    titles_langka="""
    {fuel} Langka di {city}, Antrean di SPBU Capai Satu Kilometer
    Warga {city} Keluhkan Sulitnya Mendapatkan {fuel}
    Pertamina Tambah Pasokan {fuel} ke {prov}
    Sopir Truk di {city} Antre {fuel} Berjam-jam
    Harga {fuel} Eceran di {city} Tembus Rp {eceran} per Liter
    Polisi Selidiki Dugaan Penimbunan {fuel} di {city}
    """,
    leads_harga="""
    PT Pertamina (Persero) menyesuaikan harga {fuel} menjadi Rp {baru} per liter mulai {ev}
      {evt}.
    | Harga {fuel} resmi {arah} menjadi Rp {baru} per liter [mulai|terhitung sejak] {ev}.
    Harga {fuel} resmi berubah dari Rp {lama} menjadi Rp {baru} per liter yang berlaku {ev}.
    Pemerintah memutuskan menyesuaikan harga bahan bakar minyak (BBM) jenis {fuel} yang berlaku
      mulai {ev}.
    Antrean panjang kendaraan terlihat di sejumlah SPBU di {capital}, {prov}, menjelang perubahan
      harga {fuel} {ev}.
    Penyesuaian harga {fuel} mulai {ev} disambut [beragam tanggapan|keluhan dan maklum] dari warga
      {capital}.
    Organisasi Angkutan Darat (Organda) {prov} [meminta|mendesak] pemerintah menyesuaikan tarif
      angkutan setelah harga {fuel} {arah} menjadi Rp {baru} per liter.
    """,
    leads_langka="""
    {fuel} [sulit didapat|langka] di sejumlah SPBU di {city}, {prov}, sejak {ev}.
    | Kelangkaan {fuel} melanda {kab} dalam [beberapa hari terakhir|sepekan terakhir], dengan
      antrean kendaraan mengular di hampir semua SPBU.
    Antrean kendaraan yang hendak mengisi {fuel} di {spbu1}, [mengular hingga|mencapai]
      [ratusan meter|satu kilometer] {ev}.
    Pertamina Patra Niaga [menambah|mengirim tambahan] pasokan {fuel} ke {city} setelah
      [kelangkaan|antrean panjang] terjadi sejak {ev}.
    Sopir truk dan angkutan umum di {city} mengeluhkan sulitnya mendapatkan {fuel} sejak {ev}.
    """,
    body="""
    Harga minyak jenis Brent [tercatat|] bergerak di kisaran {brent} dolar AS per barel dalam
      sebulan terakhir.
    | Harga minyak mentah dunia [kini|saat ini] berada di kisaran {brent} dolar AS per barel.
    Kurs rupiah yang berada di level Rp {kurs} per dolar AS turut memengaruhi harga keekonomian
      BBM.
    Konsumsi {fuel} secara nasional mencapai {konsumsi} juta kiloliter sepanjang {lastyr}.
    | Sepanjang {lastyr}, [penyaluran|konsumsi] {fuel} [tercatat|mencapai] {konsumsi} juta
      kiloliter.
    Pertamina memastikan stok {fuel} aman untuk kebutuhan {stok} hari ke depan.
    | Ketahanan stok {fuel} di {depot} [disebut|tercatat] mencapai {stok} hari.
    Kuota {fuel} tahun ini ditetapkan {kuota} juta kiloliter, dan hingga {period} penyalurannya
      sudah mencapai {realisasi} persen.
    Anggaran subsidi dan kompensasi energi tahun ini mencapai Rp {subsidi} triliun.
    Polisi [disiagakan|berjaga] di sejumlah SPBU untuk [mengantisipasi penimbunan|mencegah aksi
      borong].
    Pembelian {fuel} [wajib|harus] menggunakan kode QR di sejumlah daerah untuk kendaraan
      tertentu.
    Penjual BBM eceran di {city} [ikut|langsung] [menyesuaikan|menaikkan] harga jual menjadi
      Rp {eceran} per botol.
    {profesi1} di {city} [mengeluhkan|menghitung ulang] [ongkos|biaya] operasional yang ikut
      berubah.
    | Kalangan {profesi1} dan {profesi2} di {kab} mengaku paling [merasakan dampaknya|terdampak].
    Komisi VII DPR berencana memanggil [Menteri ESDM|direksi Pertamina] untuk membahas [formula
      harga|penyaluran] BBM {future}.
    Harga {fuel} di wilayah Papua dan Maluku ditetapkan sama dengan di Jawa melalui program BBM
      Satu Harga.
    Pasokan {fuel} ke {city} [dikirim|diangkut] dari {depot} menggunakan [mobil tangki|truk
      tangki|kapal tanker].
    | Sebanyak {tangki} mobil tangki [beroperasi|dikerahkan] setiap hari untuk memasok SPBU di
      {kab}.
    Jumlah SPBU di {prov} [mencapai|tercatat] {spbu}, [sebagian besar|kebanyakan] berada di
      [jalur utama|kota besar].
    Badan Pengatur Hilir Minyak dan Gas Bumi (BPH Migas) [mengawasi|memantau] penyaluran BBM
      bersubsidi agar [tepat sasaran|tidak diselewengkan].
    Harga {barang1} dan {barang2} di {pasar} [ikut|mulai] [merangkak naik|bergejolak] dengan
      alasan ongkos angkut.
    Pengusaha {kendaraan} di {city} [meminta|berharap] [pemerintah|dinas perhubungan]
      [menyesuaikan tarif|memberikan kelonggaran].
    Pertamina [membuka|menyediakan] layanan pengaduan [melalui call center 135|lewat aplikasi]
      bagi konsumen yang menemukan [kecurangan|masalah] di SPBU.
    Sejumlah SPBU di [jalur lintas|jalan nasional] {city} [menambah|memperpanjang] jam operasional
      [hingga malam hari|menjadi 24 jam].
    Di {kab}, [terdapat|tercatat] {spbu_kab} SPBU yang [melayani|menyalurkan] {fuel}.
    Sejumlah [warga|pengendara] di {city} [beralih|mulai beralih] ke [bahan bakar|BBM] [lain|
      nonsubsidi] [karena|setelah] [antrean panjang|harga berubah].
    Penyaluran {fuel} [untuk|bagi] {profesi2} di {kab} [dilakukan|diatur] dengan surat rekomendasi
      dari dinas terkait.
    Pertamina [mencatat|melaporkan] konsumsi {fuel} di {prov} [naik|meningkat] {naik_konsumsi}
      persen [dibandingkan|dari] periode yang sama tahun lalu.
    Satgas [BBM|Pangan] Polda {provk} [memantau|mengawasi] [distribusi|penyaluran] {fuel} [hingga
      ke SPBU|di lapangan].
    [Warga|Konsumen] di {desa} [mengandalkan|bergantung pada] pengecer karena SPBU terdekat berjarak
      {jarak_spbu} kilometer.
    Pemerintah {kab} [membentuk|menyiapkan] tim [pemantau|pengawas] [harga dan pasokan|distribusi]
      BBM [di setiap kecamatan|di lapangan].
    [Harga|Tarif] [angkutan|ongkos] [penyeberangan|kapal] [dari|menuju] {city} [ikut|turut]
      [disesuaikan|dikaji ulang] [oleh|] [operator|pengelola pelabuhan].
    [Pertamina|Pertamina Patra Niaga] [mencatat|menyebut] [ada|terdapat] {pertashop} Pertashop
      [yang melayani|di] [perdesaan|desa-desa] {kab}.
    Penyaluran {fuel} [bersubsidi|] [di {prov}|] [diawasi|dipantau] [menggunakan|dengan] sistem
      [digital|pencatatan nomor polisi kendaraan].
    [Kendaraan|Mobil] [dinas|pelat merah] [dilarang|tidak boleh] [mengisi|membeli] {fuel}
      [bersubsidi|] [menurut|sesuai] [surat edaran|aturan] {head}.
    Pengusaha [penggilingan padi|pabrik tahu] di {kecamatan} [mengaku|menyebut] [ongkos produksi|
      biaya operasional] [naik|bertambah] [sekitar|hingga] {ongkos} persen.
    [Warga|Pedagang] di {desa} [membeli|mendapatkan] {fuel} [dari|di] [pengecer|kios] [dengan harga|
      seharga] Rp {eceran} per liter.
    [Pemerintah daerah|Pemprov {prov}] [mengusulkan|mengajukan] [tambahan kuota|penambahan alokasi]
      {fuel} [kepada|ke] BPH Migas [untuk|bagi] {kab}.
    """,
    body_harga="""
    Sebelumnya, harga {fuel} dipatok Rp {lama} per liter sejak {past}.
    | Harga lama, Rp {lama} per liter, [berlaku|bertahan] sejak {past}.
    Penyesuaian harga ini berlaku di seluruh SPBU Pertamina di {prov} dan provinsi lainnya.
    | Harga baru berlaku serentak di {spbu} SPBU di wilayah {prov}.
    {Perubahan} harga {fuel} [di {prov}|] tersebut dipicu pergerakan harga minyak mentah dunia dan
      nilai tukar rupiah.
    Antrean kendaraan terlihat mengular di sejumlah SPBU di {capital} sejak {ev_prev}.
    | Sejak {ev_prev}, pengendara memadati {spbu1} untuk mengisi tangki sebelum harga berubah.
    Badan Pusat Statistik (BPS) memperkirakan {perubahan} harga BBM akan memengaruhi inflasi
      sebesar {inflasi} persen.
    | Dampak {perubahan} harga {fuel} terhadap inflasi diperkirakan sekitar {inflasi} poin
      persen.
    Pemerintah menyiapkan bantuan langsung tunai senilai Rp {blt} triliun untuk meredam dampak
      perubahan harga.
    | Bantalan sosial senilai Rp {blt} triliun [disiapkan|dialokasikan] untuk menjaga daya beli
      masyarakat.
    Harga baru ini merupakan penyesuaian [kedua|ketiga|keempat] [tahun ini|dalam setahun
      terakhir].
    Organda {prov} meminta pemerintah memberi kompensasi bagi angkutan umum.
    Asosiasi pengemudi ojek daring [meminta|mendesak] aplikator menyesuaikan tarif sekitar {ojol}
      persen.
    {fuel} [masih|tetap] dijual di bawah harga keekonomiannya yang [mencapai|sekitar] Rp
      {ekonomis} per liter.
    SPBU swasta [juga|ikut] menyesuaikan harga [produk bensin|BBM nonsubsidi] mereka {ev}.
    Harga BBM nonsubsidi [dievaluasi|ditinjau] setiap bulan dengan mengacu pada harga rata-rata
      minyak dunia dan kurs.
    Dinas Perhubungan {prov} [tengah|sedang] [menghitung ulang|mengkaji] tarif angkutan kota dan
      angkutan antarkota dalam provinsi.
    Pengemudi ojek daring di {capital} [menggelar|berencana menggelar] aksi [unjuk rasa|damai] di
      depan kantor gubernur [menuntut|meminta] [kenaikan tarif|penyesuaian tarif].
    Harga baru [juga|] berlaku [untuk|bagi] pembelian [di SPBU|melalui] [modular|Pertashop] di
      [perdesaan|{kecamatan}].
    [Mahasiswa|Kelompok mahasiswa] di {capital} [menggelar|berunjuk rasa dalam] aksi [menolak|
      memprotes] [perubahan harga|kebijakan harga] BBM di depan gedung DPRD {prov}.
    [Tarif|Ongkos] angkot di {capital} [resmi|akhirnya] [naik|disesuaikan] [menjadi|sebesar] Rp
      {tarif_angkot} [per penumpang|sekali jalan].
    [Pengumuman|Penyesuaian] harga [disampaikan|diumumkan] [secara resmi|] [melalui|lewat] [laman|
      aplikasi] Pertamina [sehari sebelum|beberapa jam sebelum] berlaku.
    [Harga|Tarif] {fuel} [di|untuk wilayah] [Jawa-Bali|Sumatera|Kalimantan] [sedikit|] [berbeda|
      lebih tinggi] [karena|akibat] [ongkos distribusi|pajak daerah].
    """,
    body_langka="""
    Antrean di {spbu1} [mengular|memanjang] hingga [ratusan meter|ke bahu jalan] sejak pagi.
    | Kendaraan [mengantre|berjejer] di {spbu1} dan {spbu2} [sejak subuh|sejak dini hari].
    Sebagian SPBU [memasang|menggantung] tulisan "{fuel} habis" sejak [siang|sore] hari.
    Pasokan dari {depot} [terlambat|tersendat] karena [cuaca buruk|gangguan distribusi|kapal
      tanker tertahan gelombang tinggi].
    Pertamina [menambah|menggelontorkan] pasokan {fuel} sebesar {tambah} persen dari kuota normal
      untuk {kab}.
    Sopir truk mengaku harus [antre|menunggu] hingga {jam_antre} jam untuk mendapatkan {fuel}.
    Harga {fuel} di tingkat pengecer [melonjak|naik] hingga Rp {eceran} per liter.
    Polisi [menyelidiki|menelusuri] dugaan penimbunan setelah [menemukan|menyita] {jeriken}
      jeriken berisi {fuel} di {desa}.
    Pemerintah daerah [membatasi|mengatur] pembelian {fuel} maksimal {batas} liter per kendaraan
      [per hari|setiap kali pengisian].
    Kelangkaan [terjadi|dipicu] [karena|oleh] kuota {fuel} untuk {kab} [hampir habis|menipis]
      menjelang akhir tahun.
    Aktivitas [angkutan barang|bongkar muat] di {city} [terganggu|tersendat] akibat sulitnya
      mendapatkan {fuel}.
    Nelayan di {desa} [tidak bisa melaut|terpaksa menambatkan perahu] karena tidak mendapatkan
      {fuel}.
    Sebagian sopir [memilih|terpaksa] [menginap|tidur] di [dalam truk|kendaraan] [di dekat|sambil
      menunggu giliran di] {spbu1}.
    [Kapal tanker|Kapal pengangkut] [yang membawa|berisi] {fuel} [baru|akhirnya] [bersandar|tiba] di
      [pelabuhan|dermaga] {city} {ev_next}.
    [Angkutan umum|Angkot] di {city} [banyak yang|sebagian] [berhenti beroperasi|tidak beroperasi]
      [karena|akibat] [kehabisan|tidak mendapat] {fuel}.
    Pertamina [mengoperasikan|menyiagakan] [SPBU kantong|mobil dispenser] [di|untuk] [titik|lokasi]
      [rawan antrean|padat] di {kab}.
    Ombudsman [menerima|mencatat] [keluhan|laporan] warga soal [antrean|kelangkaan] {fuel} di
      {city}.
    [Antrean|Kendaraan yang antre] [menyebabkan|membuat] [kemacetan|lalu lintas tersendat] di
      {jalan} [hingga|sampai] [malam hari|larut malam].
    [Petugas|Polisi] [mengatur|menertibkan] antrean [agar|supaya] tidak [mengganggu|menutup] [arus
      lalu lintas|jalan raya].
    Harga [sayur|ikan|bahan pokok] di {pasar} [ikut|mulai] [naik|merangkak] [karena|akibat]
      [angkutan|distribusi] [terganggu|tersendat].
    [Kuota|Jatah] {fuel} [untuk|bagi] {kab} [tahun ini|{yr}] [hanya|sebesar] {kuota_kab} ribu
      kiloliter, [lebih kecil|turun] [dibandingkan|dari] [kebutuhan|tahun lalu].
    [Sebagian|Beberapa] SPBU [hanya|cuma] [melayani|menjual] {fuel} [beberapa jam|pada jam
      tertentu] [setiap hari|sehari] [sebelum|lalu] [stok habis|tutup].
    Warga [terpaksa|memilih] [membeli|beralih ke] [Pertamax|BBM nonsubsidi] [dengan harga|meski
      harganya] lebih mahal.
    """,
    quotes="""
    Kami pastikan pasokan ke seluruh SPBU tetap lancar
    Kami minta masyarakat tidak panik dan membeli sesuai kebutuhan
    Subsidi harus lebih tepat sasaran, selama ini banyak dinikmati kelompok mampu
    SPBU yang melayani pembelian dengan jeriken tanpa izin akan ditindak tegas
    Penyaluran BBM bersubsidi kami awasi ketat bersama aparat
    [Stok|Pasokan] di {depot} [aman|mencukupi] dan distribusi ke {kab} [kami jaga|kami pantau]
      setiap hari
    [Kami|Pertamina] [akan|siap] menambah [pasokan|alokasi] [jika|bila] [permintaan|konsumsi] terus
      naik
    """,
    quotes_harga="""
    Penyesuaian ini mengikuti pergerakan harga minyak dunia dan kurs rupiah
    Harga {fuel} masih lebih murah dibandingkan negara tetangga
    Bantuan sosial sudah kami siapkan agar daya beli masyarakat bawah terjaga
    Evaluasi harga dilakukan secara berkala, bisa naik, bisa juga turun
    Tarif angkutan harus disesuaikan agar operator tidak merugi
    """,
    quotes_langka="""
    Pasokan tambahan sudah kami kirim dan antrean diperkirakan terurai dalam dua hari
    Kami temukan indikasi pembelian berulang oleh pihak yang sama
    Keterlambatan terjadi karena kapal pengangkut tertahan cuaca
    Kuota untuk daerah ini sudah kami ajukan tambahannya ke BPH Migas
    """,
    voices="""
    Harga bensin berubah-ubah, kami yang di jalan paling merasakan
    Saya sengaja isi penuh tadi malam sebelum harga berubah
    Kalau begini terus, kami sulit menghitung ongkos
    Sehari bisa habis lebih dari separuh pendapatan untuk bensin saja
    Sudah tiga jam saya antre, belum tentu kebagian
    Truk saya tidak bisa jalan kalau solarnya tidak ada
    [Saya|Kami] [narik|bekerja] dari pagi, [tapi|namun] [uangnya|hasilnya] habis buat [bensin|solar]
    [Dulu|Biasanya] [isi|beli] lima puluh ribu sudah penuh, sekarang [tidak|belum]
    """,
    views="""
    Dampaknya ke inflasi akan terasa dalam satu sampai dua bulan ke depan
    Pemerintah perlu memastikan bantuan sosial tepat sasaran dan cepat cair
    Selisih harga dengan harga keekonomian masih membebani anggaran negara
    Kebijakan harga energi harus disertai peta jalan yang jelas agar pasar tidak kaget
    Distribusi di daerah kepulauan perlu infrastruktur penyimpanan yang lebih baik
    """,
    lists="""
    [Sejumlah|Beberapa] [sopir|pengendara] yang [mengantre|antre] di {spbu1}, [di antaranya|antara
      lain] {daftar}, [mengaku|menyebut] sudah menunggu [berjam-jam|sejak pagi].
    [Pengecer|Penjual eceran] yang [terjaring|didata] [razia|petugas] [di {kecamatan}|] antara lain
      {daftar2}.
    """,
    crowd="""
    [Warga|Pengendara] yang ditemui di {spbu1}, [seperti|antara lain] {crowd}, [mengaku|menyebut]
      [harus|terpaksa] [mengatur ulang|menghemat] [pengeluaran|belanja] harian.
    """,
)

genre(
    "bps",
    titles_inflasi="""
    {Bps}: Inflasi {bulan} {tahun} [Capai|Sebesar] {inflasi} Persen
    Harga {komoditas} Picu Inflasi {bulan} {tahun}
    Inflasi Tahunan {where} Tercatat {tahunan} Persen
    {kota_tinggi} Catat Inflasi Tertinggi pada {bulan} {tahun}
    Andil {Komoditas} terhadap Inflasi Capai {andil} Persen
    Inflasi {bulan} Didorong Kenaikan Harga {Komoditas} dan {Komoditas2}
    """,
    titles_pdb="""
    Ekonomi {where} Tumbuh {growth} Persen pada {triwulan}
    {Bps}: Pertumbuhan Ekonomi {Triwulan} Capai {growth} Persen
    Konsumsi Rumah Tangga Topang Pertumbuhan Ekonomi {where}
    Sektor {Sektor} Tumbuh Paling Tinggi pada {triwulan}
    Investasi Tumbuh {pmtb} Persen, Ekonomi {where} Melaju
    """,
    titles_neraca="""
    Neraca Perdagangan {where} {Neraca} {nilai} Miliar Dolar AS
    Ekspor {bulan} {tahun} {EksporArah} {ekspor_growth} Persen
    {Bps}: Impor Bahan Baku Naik {impor_growth} Persen
    Ekspor {Komoditas_ekspor} ke {negara} Masih Mendominasi
    Neraca Dagang {bulan} {Neraca}, Ekspor {Komoditas_ekspor} Jadi Andalan
    """,
    titles_kemiskinan="""
    {Bps}: Jumlah Penduduk Miskin {where} Turun Jadi {miskin}
    Persentase Penduduk Miskin {where} {pmiskin} Persen
    Garis Kemiskinan Naik Jadi Rp {garis} per Kapita per Bulan
    Rasio Gini {where} Tercatat {gini}
    Kemiskinan di Perdesaan {where} Masih Lebih Tinggi
    """,
    leads_inflasi="""
    {bps_full} mencatat inflasi sebesar {inflasi} persen pada {bulan} {tahun}.
    | {Bps} [mencatat|melaporkan] terjadi inflasi {inflasi} persen pada {bulan} {tahun}, dengan
      {komoditas} sebagai penyumbang utama.
    Kenaikan harga {komoditas} mendorong inflasi {wilayah} pada {bulan} {tahun} mencapai
      {inflasi} persen, menurut data {bps} yang dirilis {ev}.
    Inflasi tahunan {wilayah} pada {bulan} {tahun} tercatat {tahunan} persen, [lebih tinggi|
      berbeda] dibandingkan bulan sebelumnya.
    Harga {komoditas} dan {komoditas2} yang [merangkak naik|melonjak] [sepanjang|selama] {bulan}
      membuat inflasi {wilayah} [mencapai|menyentuh] {inflasi} persen.
    """,
    leads_pdb="""
    Perekonomian {where} tumbuh {growth} persen secara tahunan pada {triwulan}, menurut data
      {bps} yang dirilis {ev}.
    | {bps_full} mengumumkan ekonomi {where} pada {triwulan} tumbuh {growth} persen dibandingkan
      periode yang sama tahun lalu.
    Konsumsi rumah tangga kembali menjadi penopang pertumbuhan ekonomi {where} yang mencapai
      {growth} persen pada {triwulan}.
    Sektor {sektor} [mencatat|membukukan] pertumbuhan tertinggi saat ekonomi {where} tumbuh
      {growth} persen pada {triwulan}.
    """,
    leads_neraca="""
    {bps_full} mengumumkan neraca perdagangan {where} mengalami {neraca} {nilai} miliar dolar AS
      pada {bulan} {tahun}.
    | Neraca perdagangan {where} pada {bulan} {tahun} [mencatat|membukukan] {neraca} {nilai}
      miliar dolar AS, menurut {bps}.
    Nilai ekspor {where} pada {bulan} {tahun} mencapai {ekspor} miliar dolar AS, sedangkan impor
      tercatat {impor} miliar dolar AS.
    Ekspor {komoditas_ekspor} ke {negara} kembali menjadi [andalan|penopang] neraca perdagangan
      {where} pada {bulan} {tahun}.
    """,
    leads_kemiskinan="""
    {bps_full} mencatat jumlah penduduk miskin {wilayah} mencapai {miskin} atau {pmiskin} persen
      dari total penduduk.
    | Jumlah penduduk miskin {wilayah} turun menjadi {miskin}, menurut data {bps} yang dirilis
      {ev}.
    Persentase penduduk miskin {wilayah} tercatat {pmiskin} persen, [turun tipis|lebih rendah]
      dibandingkan periode sebelumnya.
    Garis kemiskinan {wilayah} naik menjadi Rp {garis} per kapita per bulan, [menurut|berdasarkan]
      data {bps} yang dirilis {ev}.
    """,
    body="""
    Kepala {bps} {a_} menyampaikan data tersebut dalam konferensi pers di {bps_city}, {ev}.
    | Data itu dipaparkan dalam rilis resmi {bps} di {bps_city}, {ev}.
    {Bps} akan merilis data [bulan|periode] berikutnya pada {future}.
    Angka tersebut [dihimpun|dikumpulkan] dari survei rutin [yang dilakukan|oleh] petugas {bps}
      di seluruh kabupaten/kota.
    | Petugas statistik [mendatangi|mewawancarai] [rumah tangga|pedagang dan responden] di
      seluruh kabupaten/kota untuk [menghimpun|mengumpulkan] data tersebut.
    Bank Indonesia [memperkirakan|meyakini] inflasi hingga akhir {yr} tetap terkendali di kisaran
      [target|sasaran].
    | Bank Indonesia [menyatakan|meyakini] inflasi tahun ini masih berada dalam sasaran
      [2,5-4,5 persen|pemerintah].
    Pemerintah daerah diminta menjaga pasokan pangan menjelang [hari besar keagamaan|musim
      paceklik|akhir tahun].
    Tim Pengendalian Inflasi Daerah (TPID) {prov} [menggelar|akan menggelar] operasi pasar di
      {pasar}.
    | Operasi pasar [murah|] [digelar|diadakan] TPID di {pasar} untuk menekan harga {komoditas}.
    Nilai tukar petani (NTP) [nasional|di {prov}] [naik|bergerak] {ntp} persen dibandingkan bulan
      sebelumnya.
    Data ini menjadi [acuan|bahan] pemerintah dalam menyusun kebijakan [anggaran|fiskal|
      pembangunan] {future}.
    Pengumuman data [itu|statistik tersebut] [disiarkan langsung|juga disiarkan] melalui kanal
      YouTube resmi {bps}.
    Para ekonom sebelumnya memperkirakan angka [yang|] [lebih rendah|lebih tinggi] dari rilis
      resmi tersebut.
    | Hasil rilis [itu|ini] [sedikit berbeda dari|melampaui] perkiraan konsensus para ekonom.
    Penghitungan [dilakukan|disusun] dengan [metodologi|standar] yang [sama|mengacu pada
      rekomendasi internasional] sehingga bisa dibandingkan antarperiode.
    Pemerintah Provinsi {prov} [menargetkan|mematok] pertumbuhan ekonomi [tahun ini|{yr}] di
      kisaran {target_growth} persen.
    Sektor pertanian masih menyerap [tenaga kerja terbanyak|sebagian besar tenaga kerja] di
      {prov}.
    Harga {komoditas3} di tingkat petani [cenderung|terpantau] [stabil|turun] [selama|sepanjang]
      {bulan}.
    [Musim panen|Masa tanam] [di sentra produksi|di {kab}] [turut|ikut] [memengaruhi|menentukan]
      pergerakan harga pangan.
    Rilis data [ekonomi|statistik] ini [ditunggu|dicermati] pelaku pasar karena [memengaruhi|
      menjadi acuan] arah suku bunga.
    Rilis [data|angka] {bps} [kali ini|tersebut] [juga|] [mencakup|memuat] [perkembangan|data]
      [harga|nilai tukar] di tingkat petani.
    [Di|Untuk] {kab}, [petugas|mitra statistik] {bps} [mencatat|mendata] harga di {pasar} [setiap
      pekan|secara rutin].
    Pemerintah Provinsi {prov} [menargetkan|berharap] [angka|capaian] [tersebut|itu] [membaik|
      terus membaik] [hingga|sampai] akhir {yr}.
    Kepala Biro Perekonomian {prov} [menyebut|mengatakan] data {bps} menjadi [dasar|pijakan]
      [penyusunan|perencanaan] anggaran [daerah|tahun depan].
    [Angka|Data] ini [berbeda|tidak jauh berbeda] dengan [proyeksi|perkiraan] Bank Indonesia
      Perwakilan {prov}.
    Tingkat pengangguran terbuka [di {prov}|nasional] [tercatat|berada di angka] {tpt} persen
      [pada|dalam] [survei terakhir|Sakernas terakhir].
    Jumlah penduduk [{wilayah}|] [yang bekerja|usia kerja] [bertambah|meningkat] [seiring|
      sejalan dengan] [pemulihan|pertumbuhan] ekonomi.
    Upah [buruh tani|buruh bangunan] [secara nominal|] [naik|tercatat naik] {upah} persen
      [dibandingkan|dari] bulan sebelumnya.
    Harga gabah kering panen di tingkat petani [rata-rata|] [tercatat|mencapai] Rp {gabah} per
      kilogram.
    Tingkat penghunian kamar hotel berbintang [di {prov}|] [mencapai|tercatat] {tpk} persen.
    | Sektor pariwisata [ikut|turut] [terdongkrak|terangkat] dengan tingkat penghunian kamar hotel
      [sebesar|mencapai] {tpk} persen.
    Jumlah [penumpang|perjalanan] angkutan udara [domestik|dalam negeri] [naik|tumbuh] {penumpang}
      persen [secara tahunan|dibandingkan tahun lalu].
    [Kunjungan|Jumlah kunjungan] wisatawan mancanegara [ke {prov}|] [tercatat|mencapai] {wisman}
      ribu [kunjungan|orang].
    Indeks [keyakinan konsumen|penjualan riil] [yang dirilis Bank Indonesia|] [menunjukkan|
      memperlihatkan] [optimisme|tren] [serupa|yang sama].
    Pemerintah [menyiapkan|menggulirkan] [subsidi|bantuan] [ongkos angkut|transportasi] [untuk|
      bagi] [komoditas pangan|distribusi pangan] ke [daerah|wilayah] [terpencil|kepulauan].
    {bps} [juga|] [merilis|mengumumkan] data [ekspor-impor|neraca perdagangan] dan [nilai tukar
      petani|upah buruh] [pada hari yang sama|dalam kesempatan itu].
    Data [lengkap|rinci] [dapat|bisa] [diunduh|diakses] [di|melalui] laman resmi {bps}.
    """,
    body_inflasi="""
    Inflasi tahun kalender tercatat sebesar {kalender} persen, sedangkan inflasi tahunan mencapai
      {tahunan} persen.
    | Secara tahun kalender, inflasi mencapai {kalender} persen; secara tahunan {tahunan} persen.
    Kelompok {kelompok} memberi andil terbesar terhadap inflasi bulan ini.
    | Andil terbesar berasal dari kelompok {kelompok}.
    Komoditas {komoditas} menjadi penyumbang inflasi terbesar dengan andil {andil} persen.
    | {Komoditas} menyumbang andil {andil} persen, disusul {komoditas2} sebesar {andil2} persen.
    Dari {kota} kota yang disurvei, {kotainf} kota mengalami inflasi dan sisanya deflasi.
    Inflasi tertinggi terjadi di {kota_tinggi} sebesar {tinggi} persen.
    | {kota_tinggi} mencatat inflasi tertinggi, yakni {tinggi} persen, sedangkan yang terendah
      di {kota_rendah}.
    Indeks harga konsumen (IHK) naik dari [bulan sebelumnya|{bulan_lalu}] menjadi {ihk}.
    Harga {komoditas} di {pasar} [naik|melonjak] sejak {past} karena pasokan berkurang.
    Tarif angkutan udara juga [memberi andil|ikut menyumbang] inflasi menjelang musim libur.
    Sejumlah komoditas seperti {komoditas3} justru mengalami penurunan harga dan menahan laju
      inflasi.
    Inflasi inti [tercatat|berada di level] {inti} persen secara tahunan.
    Komponen harga yang diatur pemerintah (administered prices) [memberi|menyumbang] andil
      {andil2} persen.
    Di {pasar}, harga {komoditas} [naik|melonjak] [dari|] Rp {harga_lama} menjadi Rp {harga_baru}
      per kilogram.
    Pedagang di {pasar} [mengeluhkan|menyebut] pasokan {komoditas} dari [sentra produksi|daerah
      penghasil] [berkurang|tersendat].
    Harga {komoditas2} [juga|ikut] [naik|merangkak] [seiring|karena] [berkurangnya|menipisnya]
      pasokan dari [sentra produksi|daerah penghasil].
    Deflasi [terdalam|terbesar] [terjadi|tercatat] di {kota_rendah} [akibat|karena] [turunnya|
      anjloknya] harga {komoditas3}.
    Inflasi [bulanan|month to month] [tertinggi|terbesar] [dalam|selama] [setahun|beberapa bulan]
      terakhir [tercatat|terjadi] pada {bulan}.
    Biaya pendidikan [ikut|turut] [mendorong|menyumbang] inflasi [karena|seiring] [tahun ajaran
      baru|masuknya tahun ajaran baru].
    [Harga|Tarif] [emas perhiasan|rokok kretek] [masih|kembali] [menjadi|tercatat sebagai]
      [penyumbang|pendorong] inflasi [yang persisten|berulang].
    TPID {prov} [menggelar|melakukan] [sidak|inspeksi mendadak] ke [gudang|distributor] [di|sekitar]
      {city} [untuk memastikan|guna memastikan] [stok|pasokan] {komoditas} [aman|tidak ditimbun].
    [Secara rinci|Rinciannya], inflasi [di|tercatat di] {kota_list}.
    | [Menurut kota|Per kota], {bps} [mencatat|melaporkan] inflasi di {kota_list}.
    [Pantauan|Pemantauan] di {pasar} [menunjukkan|memperlihatkan] harga {komoditas} [sudah|telah]
      [bertahan tinggi|naik] [selama|sejak] {dur}.
    [Pedagang|Penjual] {komoditas} di {pasar2} [mengaku|menyebut] [pasokan|kiriman] dari [petani|
      sentra] di {kab2} [berkurang|tersendat] [sejak|mulai] {past}.
    Harga {komoditas2} di {pasar2} [kini|saat ini] [mencapai|menyentuh] Rp {harga_baru} per
      kilogram, [dari sebelumnya|naik dari] Rp {harga_lama}.
    Pemerintah Provinsi {prov} [menyiapkan|mengerahkan] [gerakan pangan murah|pasar murah] di
      {kec_n}
      kecamatan [untuk|guna] [meredam|menahan] kenaikan harga {komoditas}.
    [Gubernur|Pemerintah Provinsi] {prov} [meminta|menginstruksikan] bupati dan wali kota [memantau|
      mengawasi] harga {komoditas} di [pasar|wilayah] masing-masing.
    Satgas Pangan Polda {provk} [menyidak|memeriksa] [gudang|distributor] {komoditas} di {city}
      [untuk memastikan|guna memastikan] tidak ada penimbunan.
    Kenaikan harga {komoditas} [dipicu|disebabkan] [cuaca ekstrem|gagal panen|gangguan distribusi]
      di [sentra produksi|daerah penghasil] [seperti|misalnya] {kab2}.
    """,
    body_pdb="""
    Secara kuartalan, ekonomi [tumbuh|bergerak] {qoq} persen dibandingkan triwulan sebelumnya.
    Angka pertumbuhan itu lebih tinggi dibandingkan triwulan yang sama tahun lalu yang sebesar
      {growthold} persen.
    | Pada periode yang sama tahun lalu, ekonomi {where} tumbuh {growthold} persen.
    Konsumsi rumah tangga masih menjadi penopang utama dengan kontribusi {konsumsi} persen
      terhadap produk domestik bruto (PDB).
    | Kontribusi konsumsi rumah tangga terhadap PDB mencapai {konsumsi} persen.
    Pembentukan modal tetap bruto (PMTB) atau investasi tumbuh {pmtb} persen.
    Sektor {sektor} mencatat pertumbuhan tertinggi, yakni {sektor_growth} persen.
    PDB atas dasar harga berlaku pada {triwulan} mencapai Rp {nominal} triliun.
    Ekspor barang dan jasa tumbuh {ekspor_growth} persen seiring naiknya permintaan mitra dagang.
    Konsumsi pemerintah [tumbuh|terkontraksi] {konsumsi_pem} persen [seiring|karena]
      [realisasi belanja|pencairan anggaran] yang [meningkat|tertunda].
    Sektor {sektor2} [masih|tetap] menjadi penyumbang terbesar terhadap perekonomian.
    Pertumbuhan [sektor|lapangan usaha] {sektor} [didorong|ditopang] [kenaikan|meningkatnya]
      [mobilitas masyarakat|permintaan] [selama|pada] {triwulan}.
    Pertumbuhan [ekonomi|PDB] [didorong|dipacu] [oleh|] [musim|masa] [libur|panen] [dan|serta]
      [belanja|aktivitas] masyarakat yang [meningkat|naik].
    Sektor [pertanian|pertambangan] [justru|malah] [melambat|terkontraksi] [karena|akibat]
      [cuaca|harga komoditas] yang [kurang mendukung|turun].
    [Investasi|Pembentukan modal] [terutama|paling banyak] [berasal|mengalir] dari [proyek
      infrastruktur|pembangunan kawasan industri] di {kab}.
    Ekonomi {where} [diproyeksikan|diperkirakan] [tumbuh|bertumbuh] [di kisaran|sekitar]
      {target_growth} persen [sepanjang|hingga akhir] {yr}.
    Struktur ekonomi [{where}|] [masih|tetap] [didominasi|ditopang] [oleh|] sektor {sektor2}.
    Impor barang modal [naik|meningkat] [yang menandakan|sebagai tanda] [ekspansi|geliat]
      [dunia usaha|industri].
    [Menurut|Secara] [wilayah|kabupaten/kota], pertumbuhan [tertinggi|paling tinggi]
      [dicatat|terjadi
      di] {kab_list}.
    | [Di tingkat kabupaten/kota|Secara spasial], ekonomi [tumbuh|melaju] [paling cepat|tertinggi]
      di
      {kab_list}.
    [Kawasan industri|Proyek strategis] di {kab2} [ikut|turut] [mendorong|mendongkrak] [investasi|
      pertumbuhan] [di {prov}|provinsi itu].
    [Hilirisasi|Pengolahan] {komoditas_ekspor} di {kab2} [menjadi|disebut sebagai] [motor|penggerak]
      pertumbuhan [sektor industri|ekonomi daerah].
    Konsumsi [lembaga nonprofit|LNPRT] [melonjak|naik tajam] [seiring|karena] [masa kampanye|
      kegiatan kampanye] [pemilu|pilkada].
    [Produksi|Hasil panen] [padi|jagung] di {kab2} [turun|anjlok] [akibat|karena] [kemarau panjang|
      banjir], [sehingga|dan] [menekan|menahan] [pertumbuhan|kinerja] sektor pertanian.
    Pemerintah {prov} [menargetkan|mengejar] investasi Rp {investasi} triliun [tahun ini|pada {yr}].
    [Kontraksi|Perlambatan] [terdalam|terbesar] [terjadi|dialami] sektor {sektor2}.
    """,
    body_neraca="""
    Nilai ekspor pada {bulan} {tahun} mencapai {ekspor} miliar dolar AS, {ekspor_arah}
      {ekspor_growth} persen dibandingkan bulan sebelumnya.
    Impor tercatat {impor} miliar dolar AS, naik {impor_growth} persen secara bulanan.
    | Nilai impor naik {impor_growth} persen menjadi {impor} miliar dolar AS.
    Ekspor nonmigas masih didominasi {komoditas_ekspor}.
    {negara} menjadi negara tujuan ekspor nonmigas terbesar dengan porsi {porsi} persen.
    Neraca migas kembali defisit {migas} miliar dolar AS karena impor minyak mentah.
    Impor bahan baku dan penolong menyumbang porsi terbesar dari total impor.
    Ekspor ke {negara2} [meningkat|tumbuh] [cukup tajam|signifikan], terutama untuk
      {komoditas_ekspor2}.
    Impor barang konsumsi [melonjak|naik] menjelang [hari raya|akhir tahun].
    Pelabuhan [di {capital}|utama] [mencatat|membukukan] volume ekspor [tertinggi|terbesar]
      [di {prov}|].
    [Nilai|Volume] ekspor {komoditas_ekspor} [naik|turun] [seiring|mengikuti] pergerakan harga di
      pasar global.
    Impor [dari|asal] {negara} [masih|tetap] [mendominasi|menjadi yang terbesar], [terutama|
      khususnya] [mesin dan peralatan|barang elektronik].
    Surplus [neraca perdagangan|dagang] [telah|sudah] [berlangsung|terjadi] [selama|dalam]
      {beruntun} bulan [berturut-turut|beruntun].
    Ekspor [produk|hasil] [perikanan|perkebunan] [dari|asal] {prov} [naik|tumbuh] [cukup
      signifikan|tajam] [ke|menuju] pasar {negara2}.
    Nilai ekspor [kumulatif|sepanjang tahun] [hingga|sampai] {bulan} [mencapai|tercatat] {kumulatif}
      miliar dolar AS.
    [Pelemahan|Perlambatan] ekonomi [di|negara] [mitra dagang|tujuan ekspor] [membayangi|
      menjadi risiko bagi] kinerja ekspor [ke depan|tahun depan].
    Ekspor [dari|melalui] pelabuhan di {kab2} [didominasi|sebagian besar berupa]
      {komoditas_ekspor2}.
    [Menurut|Berdasarkan] pelabuhan muat, ekspor [terbesar|tertinggi] [tercatat|berasal dari]
      [pelabuhan di|wilayah] {kab_list}.
    [Nilai|Volume] ekspor {komoditas_ekspor} [dari {prov}|provinsi itu] [naik|turun] {ekspor_growth}
      persen [seiring|mengikuti] [harga|permintaan] [di pasar global|dari {negara}].
    [Eksportir|Pengusaha] {komoditas_ekspor2} di {city} [mengeluhkan|menyoroti] [biaya|ongkos]
      [logistik|pengapalan] yang [tinggi|masih mahal].
    Impor [beras|gula|gandum] [melonjak|naik] [untuk|guna] [menjaga|mengamankan] stok pangan
      [menjelang|jelang] [hari raya|musim paceklik].
    [Bea Cukai|Kantor Bea dan Cukai] {city} [mencatat|melaporkan] [nilai|volume] ekspor [melalui|
      lewat] [pelabuhan|wilayahnya] [naik|meningkat] [dibandingkan|dari] tahun lalu.
    Neraca perdagangan [dengan|terhadap] {negara2} [masih|tetap] [defisit|mencatat defisit]
      [karena|akibat] tingginya impor [mesin|bahan baku].
    [Diversifikasi|Perluasan] pasar ekspor ke [Afrika|Timur Tengah|Asia Selatan] [mulai|terus]
      [didorong|digarap] pemerintah.
    """,
    body_kemiskinan="""
    Garis kemiskinan tercatat Rp {garis} per kapita per bulan.
    Persentase penduduk miskin di perkotaan tercatat {perkotaan} persen, sedangkan di perdesaan
      {perdesaan} persen.
    | Kemiskinan di perdesaan ({perdesaan} persen) masih lebih tinggi daripada di perkotaan
      ({perkotaan} persen).
    Tingkat ketimpangan yang diukur dengan rasio gini berada di angka {gini}.
    Dibandingkan periode sebelumnya, jumlah penduduk miskin berkurang {turun}.
    Komoditas makanan memberi sumbangan terbesar terhadap garis kemiskinan, terutama beras dan
      rokok kretek filter.
    Program bantuan sosial dinilai [ikut menahan|berperan menekan] angka kemiskinan.
    {kab} [tercatat|masih menjadi] daerah dengan persentase penduduk miskin tertinggi di {prov}.
    Indeks kedalaman kemiskinan [turun|membaik] menjadi {kedalaman}.
    Survei Sosial Ekonomi Nasional (Susenas) [menjadi dasar|dipakai sebagai dasar] penghitungan
      angka kemiskinan [ini|tersebut].
    Penduduk miskin [paling banyak|terbanyak] [berada|tinggal] di {kab} dan [sejumlah|beberapa]
      kabupaten lain di [wilayah|bagian] [selatan|timur] {prov}.
    Rata-rata [rumah tangga|keluarga] miskin [memiliki|beranggotakan] {anggota_rt} orang.
    [Kemiskinan ekstrem|Penduduk miskin ekstrem] [di {prov}|] [tercatat|tersisa] {ekstrem} persen.
    [Program|Bantuan] [keluarga harapan|sembako] [menjangkau|diterima] [sekitar|lebih dari] {kpm}
      ribu keluarga [di|penerima manfaat di] {prov}.
    [Ketimpangan|Kesenjangan] [pengeluaran|pendapatan] [di perkotaan|antara kota dan desa] [masih|
      tetap] [lebar|tinggi].
    Pemerintah {prov} [menargetkan|berharap] angka kemiskinan [turun|berkurang] [ke|menjadi] [satu
      digit|di bawah {target_miskin} persen] [pada|sebelum] [akhir masa jabatan|{future}].
    Persentase penduduk miskin [tertinggi|paling tinggi] [di tingkat kabupaten/kota|menurut wilayah]
      [tercatat|berada] di {kab_list}.
    Pemerintah {kab2} [menyalurkan|membagikan] [bantuan|program] [rumah tidak layak huni|bedah
      rumah]
      untuk [ratusan|puluhan] keluarga miskin.
    [Desa-desa|Kampung] di [pedalaman|pesisir] {kab2} [masih|tetap] menjadi [kantong|basis]
      kemiskinan [di {prov}|provinsi itu].
    Harga beras yang [naik|melonjak] [ikut|turut] [mendorong|menaikkan] garis kemiskinan.
    """,
    quotes="""
    Data ini kami kumpulkan dengan metode yang sama setiap periode sehingga bisa dibandingkan
    Pemerintah daerah harus menjaga kelancaran distribusi pangan
    Kami terus memantau perkembangan harga di lapangan
    Angka ini menjadi bahan evaluasi program pemerintah
    [Kita|Kami] [lihat|melihat] [tekanan|kenaikan] harga [paling besar|terbesar] [terjadi|ada] di
      {kota_tinggi}
    Pemerintah {prov} [harus|perlu] [bergerak|bertindak] cepat [menjaga|mengendalikan] harga di
      [pasar|tingkat konsumen]
    [Kita|Kami] [harap|berharap] [tren|capaian] [ini|positif ini] [bisa|dapat] [berlanjut|
      dipertahankan] [hingga|sampai] akhir tahun
    [Sinergi|Kerja sama] [pemerintah pusat dan daerah|antardaerah] [menjadi|adalah] kunci [menjaga|
      pengendalian] [harga|inflasi]
    """,
    quotes_inflasi="""
    Inflasi masih terkendali, tetapi kita perlu mewaspadai harga pangan
    Kenaikan harga {komoditas} terjadi karena pasokan berkurang akibat cuaca
    Operasi pasar akan kami perluas ke kecamatan lain
    """,
    quotes_pdb="""
    Pertumbuhan ini ditopang konsumsi rumah tangga dan investasi
    Angka ini menunjukkan daya beli masyarakat mulai pulih
    Belanja pemerintah harus dipercepat agar pertumbuhan terjaga
    """,
    quotes_neraca="""
    Kami melihat ada tekanan dari sisi impor bahan baku
    Surplus ini ditopang harga komoditas yang masih tinggi
    Diversifikasi pasar ekspor menjadi kunci ke depan
    """,
    quotes_kemiskinan="""
    Program perlindungan sosial perlu tetap dijaga agar penurunan kemiskinan berlanjut
    Penurunan ini belum merata, di perdesaan masih tinggi
    Bantuan harus tepat sasaran berdasarkan data terpadu
    """,
    voices="""
    Harga di pasar naik terus, pembeli sekarang belanjanya dikurangi
    Dulu uang seratus ribu bisa untuk belanja tiga hari, sekarang kurang
    Penjualan saya turun karena pembeli menahan belanja
    Kami berharap harga kebutuhan pokok bisa stabil menjelang hari raya
    [Harga|Harganya] {komoditas} sekarang [mahal sekali|naik terus], [pembeli|pelanggan] [mengeluh|
      protes]
    """,
    views="""
    Pemerintah perlu menjaga daya beli kelompok bawah lewat bantuan yang tepat sasaran
    Angka ini sesuai perkiraan, tetapi risiko dari harga pangan belum hilang
    Ketergantungan pada konsumsi rumah tangga membuat pertumbuhan rentan
    Perbaikan ekspor belum cukup kuat karena harga komoditas masih berfluktuasi
    Ketimpangan antarwilayah harus menjadi perhatian dalam perencanaan anggaran
    """,
    lists="""
    Kota [lain|] yang [mencatat|mengalami] [kenaikan harga|inflasi] [cukup tinggi|di atas rata-rata]
      antara lain {daftar}.
    Komoditas [lain|] yang [ikut|turut] [memberi andil|menyumbang] [antara lain|di antaranya]
      {daftar2}.
    """,
    crowd="""
    Pedagang di {pasar}, [seperti|antara lain] {crowd}, [mengaku|menyebut] [omzet|penjualan]
      [turun|menurun] [karena|sebab] pembeli [mengurangi|menahan] belanja.
    """,
    titles_kerja="""
    {Bps}: Pengangguran {where} Turun Jadi {tpt} Persen
    Jumlah Penganggur {where} Capai {penganggur}
    Lulusan SMK Masih Dominasi Pengangguran di {where}
    Pekerja Informal {where} Capai {informal} Persen
    """,
    leads_kerja="""
    {bps_full} mencatat tingkat pengangguran terbuka (TPT) {wilayah} sebesar {tpt} persen pada
      {bulan_survei} {tahun}.
    | Jumlah penganggur {wilayah} [tercatat|mencapai] {penganggur} [pada|dalam] survei angkatan
      kerja
      nasional (Sakernas) {bulan_survei} {tahun}, menurut {bps}.
    Tingkat pengangguran terbuka {wilayah} [turun|membaik] menjadi {tpt} persen, [berdasarkan|
      menurut] data {bps} yang dirilis {ev}.
    Lulusan sekolah menengah kejuruan (SMK) masih [mendominasi|menjadi penyumbang terbesar] angka
      pengangguran {wilayah}, menurut data {bps} yang dirilis {ev}.
    """,
    body_kerja="""
    Jumlah angkatan kerja [tercatat|mencapai] {angkatan}, [naik|bertambah] dibandingkan periode yang
      sama tahun lalu.
    Tingkat partisipasi angkatan kerja (TPAK) [berada di|tercatat] {tpak} persen.
    Pengangguran [tertinggi|terbanyak] [berasal dari|didominasi] lulusan SMK dengan TPT {tpt_smk}
      persen.
    | Lulusan SMK [mencatat|memiliki] tingkat pengangguran [tertinggi|paling tinggi], yakni
      {tpt_smk}
      persen, [disusul|diikuti] lulusan SMA.
    Sebanyak {informal} persen penduduk bekerja [berada|bekerja] di sektor informal.
    [Pekerja|Penduduk bekerja] [paling banyak|terbanyak] [terserap|bekerja] di sektor {sektor}.
    Jumlah pekerja [paruh waktu|setengah pengangguran] [naik|bertambah] {paruh} ribu orang.
    Rata-rata upah buruh [tercatat|sebesar] Rp {upah_buruh} per bulan.
    Pengangguran di perkotaan [lebih tinggi|masih lebih tinggi] [dibandingkan|daripada] di
      perdesaan.
    [Dinas Tenaga Kerja|Disnaker] {prov} [menggelar|akan menggelar] bursa kerja [di {capital}|]
      [dengan|yang menyediakan] {lowongan} lowongan.
    Pemutusan hubungan kerja (PHK) di [sektor|industri] {industri} [ikut|turut] [menambah|
      mendorong naik] jumlah penganggur.
    [Menurut|Secara] kabupaten/kota, pengangguran [tertinggi|paling tinggi] [tercatat|berada] di
      {kab_list}.
    [Perusahaan|Pabrik] {industri} di {kab2} [merumahkan|memberhentikan] [ratusan|ribuan] pekerja
      [sejak|mulai] {past}.
    Balai Latihan Kerja (BLK) {city} [membuka|menggelar] pelatihan [gratis|bersertifikat] [bagi|
      untuk] [pencari kerja|lulusan muda] di [bidang|jurusan] [las|otomotif|tata boga|teknologi
      informasi].
    [Pekerja migran|Tenaga kerja] asal {kab2} [banyak|kebanyakan] [berangkat|bekerja] ke {rantau}.
    Pengangguran usia muda (15-24 tahun) [mencapai|tercatat] {tpt_muda} persen.
    """,
    quotes_kerja="""
    Lulusan SMK perlu dibekali keterampilan yang sesuai kebutuhan industri
    Penyerapan tenaga kerja masih didominasi sektor informal
    Bursa kerja kami perbanyak agar pencari kerja lebih mudah bertemu perusahaan
    """,
    titles_wisata="""
    Kunjungan Wisman ke {where} {bulan} {tahun} Capai {wisman} Ribu
    Tingkat Penghunian Kamar Hotel di {where} {tpk} Persen
    {Bps}: Wisatawan Mancanegara ke {where} Naik {wisman_naik} Persen
    """,
    leads_wisata="""
    Jumlah kunjungan wisatawan mancanegara (wisman) ke {where} pada {bulan} {tahun} mencapai
      {wisman} ribu kunjungan, menurut {bps}.
    | {bps_full} mencatat kunjungan wisman ke {where} [naik|tumbuh] {wisman_naik} persen pada
      {bulan} {tahun}.
    Tingkat penghunian kamar (TPK) hotel berbintang di {where} [mencapai|tercatat] {tpk} persen pada
      {bulan} {tahun}, [menurut|berdasarkan] data {bps} yang dirilis {ev}.
    """,
    body_wisata="""
    Wisman [paling banyak|terbanyak] berasal dari {asal_wisman}, disusul {asal_wisman2}.
    | [Negara asal|Asal] wisman terbanyak [adalah|yaitu] {asal_wisman} dengan porsi {porsi_wisman}
      persen.
    Rata-rata lama menginap tamu [asing|mancanegara] di hotel berbintang [mencapai|tercatat] {inap}
      hari.
    Kunjungan [terbanyak|paling banyak] [masuk|tercatat] melalui [Bandara {airport}|pintu masuk
      udara].
    Tingkat penghunian kamar hotel nonbintang [hanya|tercatat] {tpk_non} persen.
    Jumlah penumpang [pesawat|angkutan udara] [internasional|rute internasional] [naik|melonjak]
      [seiring|sejalan dengan] [dibukanya|bertambahnya] [rute baru|penerbangan langsung].
    [Libur sekolah|Musim liburan] [dan|serta] [event|acara] [budaya|olahraga] [di {capital}|] [ikut|
      turut] [mendongkrak|menaikkan] [kunjungan|okupansi hotel].
    Dinas Pariwisata {prov} [menargetkan|mematok target] {target_wisman} ribu kunjungan wisman
      [tahun ini|pada {yr}].
    Pengeluaran rata-rata wisman [selama|per] kunjungan [diperkirakan|tercatat] sekitar
      {belanja_wisman} dolar AS.
    {landmark} [menjadi|termasuk] [destinasi|objek wisata] yang [paling banyak|] [dikunjungi|
      diminati] [wisman|wisatawan asing].
    """,
    quotes_wisata="""
    Kunjungan wisman terus pulih, tetapi lama tinggal mereka masih perlu ditingkatkan
    Kami siapkan kalender acara agar wisatawan punya alasan datang kembali
    Okupansi hotel biasanya naik tajam saat libur panjang
    """,
)

genre(
    "politik",
    titles_hasil="""
    KPU Tetapkan {cand} Pemenang {pilkada}
    Hasil Hitung Cepat {pilkada}: {cand} Unggul {suara} Persen
    Rekapitulasi {kpu} Rampung, {cand} Raih {votes} Suara
    {rival} Belum Terima Hasil {pilkada}
    Partisipasi Pemilih di {pilkada} Capai {partisipasi} Persen
    Bawaslu Terima {aduan} Laporan Dugaan Pelanggaran di {pilkada}
    PSU Digelar di {psu} TPS di {kab}
    """,
    titles_sengketa="""
    Sidang Sengketa {pilkada} Digelar di MK
    {rival} Gugat Hasil {pilkada} ke Mahkamah Konstitusi
    MK Tolak Gugatan {rival} dalam Sengketa {pilkada}
    Saksi {rival} Ungkap Dugaan {Pelanggaran} di {pilkada}
    KPU {where} Siap Hadapi Gugatan di MK
    """,
    titles_pencalonan="""
    {party} Resmi Usung {cand1} di {pilkada}
    {cand} Daftar ke {kpu}, Diantar Ribuan Pendukung
    Koalisi {party}, {party2}, dan {party3} Usung {cand}
    {kpu} Umumkan Pasangan Calon {pilkada}
    {cand1} Janjikan {Program1} Jika Terpilih
    """,
    leads_hasil="""
    Komisi Pemilihan Umum (KPU) {where} menetapkan pasangan {cand} sebagai pemenang {pilkada}
      dalam rapat pleno {ev}.
    | Rapat pleno terbuka {kpu} {ev} menetapkan {cand} sebagai [pasangan|calon] {jabatan}
      terpilih.
    Pasangan {cand} unggul sementara dalam hitung cepat {pilkada} yang digelar {ev}.
    | Hasil hitung cepat {lembaga} menempatkan pasangan nomor urut {nomor}, {cand}, di posisi
      teratas {pilkada}.
    Rekapitulasi suara {pilkada} di tingkat {tingkat} rampung {ev} dengan {cand} meraih suara
      terbanyak.
    Jutaan pemilih di {where} menggunakan hak pilihnya dalam {pilkada} yang [berlangsung|digelar]
      {ev}.
    """,
    leads_sengketa="""
    Mahkamah Konstitusi (MK) menggelar sidang perdana sengketa hasil {pilkada} yang diajukan
      pasangan {rival}, {ev}.
    | Sidang pendahuluan perkara perselisihan hasil {pilkada} digelar di Gedung MK, Jakarta, {ev}.
    Pasangan {rival} resmi mengajukan gugatan hasil {pilkada} ke Mahkamah Konstitusi {ev}.
    Mahkamah Konstitusi memutus perkara sengketa {pilkada} dalam sidang yang digelar {ev}.
    Kuasa hukum pasangan {rival} [menghadirkan|membawa] sejumlah saksi dalam sidang sengketa
      {pilkada} di MK, {ev}.
    """,
    leads_pencalonan="""
    Partai {party} resmi mengusung {cand1} sebagai calon {jabatan} pada {pilkada}.
    | {party} [menyerahkan surat rekomendasi|memberikan rekomendasi] kepada {cand1} untuk maju
      dalam {pilkada}, {ev}.
    Pasangan {cand} mendaftar ke {kpu} sebagai [bakal calon|calon] {jabatan}, {ev}.
    {kpu} menetapkan {paslon} pasangan calon yang akan bertarung dalam {pilkada} {ev}.
    [Peta koalisi|Konstelasi politik] menjelang {pilkada} mulai terlihat setelah {party}
      [mengumumkan dukungan|resmi merapat] kepada {cand1} {ev}.
    """,
    body="""
    Pemungutan suara digelar di {tps} tempat pemungutan suara (TPS) yang tersebar di
      {wilayah_tps}.
    | Sebanyak {tps} TPS disiapkan di {wilayah_tps} untuk pemungutan suara.
    Daftar pemilih tetap (DPT) {pilkada} mencapai {dpt} orang.
    | Jumlah pemilih yang terdaftar dalam DPT tercatat {dpt} orang.
    Masa kampanye berlangsung sejak {past} hingga masa tenang dimulai.
    Debat publik terakhir antarpasangan calon digelar di {capital} [beberapa pekan|sepekan]
      sebelum pemungutan suara.
    Bawaslu {where} menerima {aduan} laporan dugaan pelanggaran selama masa kampanye.
    | Selama tahapan berlangsung, Bawaslu mencatat {aduan} laporan dan temuan dugaan pelanggaran,
      sebagian besar terkait {pelanggaran}.
    Pengamanan tahapan pilkada melibatkan {aparat} personel gabungan TNI dan Polri.
    Koalisi pengusung {cand} terdiri atas {party}, {party2}, dan {party3} dengan total {kursi}
      kursi di {dprd}.
    | {cand} diusung {party}, {party2}, dan {party3}, yang bersama-sama menguasai {kursi} kursi
      {dprd}.
    Pasangan {rival} diusung [koalisi|gabungan] partai yang dipimpin {rparty}.
    {cand1} [sebelumnya menjabat|pernah menjabat] sebagai {karier}.
    | Sebelum maju dalam {pilkada}, {cand1} dikenal sebagai {karier}.
    Anggaran penyelenggaraan {pilkada} mencapai Rp {anggaran} miliar yang bersumber dari APBD.
    Kepolisian menyatakan situasi keamanan di {where} [kondusif|terkendali] selama tahapan
      pilkada.
    Selama kampanye, {cand} [mengusung|menjanjikan] program {program1} dan {program2}.
    | Program unggulan {cand1} antara lain {program1}, sementara {rival} menawarkan {program3}.
    Isu {isu} menjadi [perdebatan|sorotan] utama dalam [debat|kampanye] antarpasangan calon.
    Posko pemenangan {cand} [berada|dipusatkan] di {jalan}, {capital}.
    Aparatur sipil negara (ASN) diingatkan untuk menjaga netralitas selama tahapan pilkada.
    Sejumlah [alat peraga kampanye|baliho] di {kecamatan} [dicopot|ditertibkan] petugas karena
      melanggar aturan.
    Pemilih pemula [mencapai|tercatat sekitar] {pemula} persen dari total DPT.
    Wakil yang mendampingi {cand1} adalah {cand2}, [politikus|kader] {party2}.
    [Di|Untuk wilayah] {kecamatan}, [partisipasi pemilih|kehadiran pemilih] [tercatat|mencapai]
      [paling tinggi|salah satu yang tertinggi].
    [Tim pemenangan|Tim sukses] {cand} [berkumpul|menggelar syukuran] di {posko} [setelah|begitu]
      hasil [hitung cepat|rekapitulasi] [keluar|diumumkan].
    {cand1} [berkampanye|berkeliling] ke [pasar|desa-desa] di {kab} [selama|sepanjang] masa
      kampanye.
    | [Selama|Sepanjang] masa kampanye, {cand1} [mendatangi|mengunjungi] {pasar} dan [sejumlah|
      beberapa] pesantren.
    Isu {isu} [ramai|banyak] [dibahas|diperdebatkan] warga {village} [menjelang|jelang] pemungutan
      suara.
    Distribusi logistik pemilu ke {desa} [dilakukan|harus dilakukan] [dengan perahu|dengan sepeda
      motor|berjalan kaki] karena [akses yang sulit|jalan rusak].
    Bawaslu [merekomendasikan|menindaklanjuti] dugaan {pelanggaran} [di {kecamatan}|] [ke|kepada]
      [sentra Gakkumdu|pihak kepolisian].
    [Kotak suara|Logistik pemilu] [dari|asal] {kecamatan} [tiba|sampai] di [kantor|gudang] {kpu}
      [dengan pengawalan|dikawal] aparat.
    Jumlah [pemilih|warga] [yang pindah memilih|pemilih tambahan] [tercatat|mencapai] {dptb}
      orang.
    {kpu} [merekrut|melibatkan] {kpps} [petugas|anggota] [KPPS|penyelenggara ad hoc] [di seluruh|
      untuk] [TPS|wilayah].
    [Survei|Jajak pendapat] [sebelumnya|menjelang hari pemungutan] [menempatkan|menunjukkan] {cand}
      [unggul tipis|bersaing ketat] [atas|dengan] {rival}.
    Dana kampanye [yang dilaporkan|yang tercatat] [pasangan|tim] {cand} [mencapai|sebesar] Rp
      {dana_kampanye} miliar.
    Kampanye akbar {cand} [di|berlangsung di] [Lapangan|Alun-alun] {city} [dihadiri|diikuti]
      [ribuan|belasan ribu] [pendukung|simpatisan].
    [Petahana|Calon petahana] [diwajibkan|harus] [cuti|mengambil cuti] [selama|sepanjang] masa
      kampanye.
    Bawaslu [mencatat|menemukan] [dugaan|indikasi] [pelibatan|keterlibatan] [kepala desa|perangkat
      desa] [dalam kampanye|untuk memenangkan calon] di {kecamatan}.
    [Sengketa|Perselisihan] [proses|tahapan] [sempat|] [diajukan|dilaporkan] [ke|kepada] Bawaslu
      [terkait|soal] [penetapan|verifikasi] [syarat|dukungan] [pasangan calon|calon perseorangan].
    [Pendukung|Simpatisan] kedua pasangan [sempat|] [bersitegang|saling ejek] di [depan|sekitar]
      kantor {kpu}, [namun|tetapi] [berhasil|dapat] [dilerai|diredam] aparat.
    """,
    body_hasil="""
    Pasangan tersebut meraih {votes} suara atau {suara} persen dari total suara sah.
    | {cand} mengantongi {votes} suara sah, setara {suara} persen.
    Rival terdekatnya, pasangan {rival}, memperoleh {suara2} persen suara.
    | Pasangan nomor urut {nomor2}, {rival}, berada di posisi kedua dengan {suara2} persen.
    Tingkat partisipasi pemilih tercatat {partisipasi} persen, naik dibandingkan pilkada
      sebelumnya.
    Rekapitulasi suara di tingkat {tingkat} berlangsung selama {dur} di kantor {kpu}.
    Hitung cepat {lembaga} dengan sampel {sampel} TPS memiliki margin of error {moe} persen.
    Pelantikan {jabatan} terpilih dijadwalkan berlangsung {future}.
    Saksi pasangan {rival} menolak menandatangani berita acara rekapitulasi.
    Pasangan yang kalah menyatakan akan mengajukan gugatan ke Mahkamah Konstitusi (MK).
    Pemungutan suara ulang (PSU) [direkomendasikan|diusulkan] di {psu} TPS karena ditemukan
      pelanggaran prosedur.
    Petugas KPPS di sejumlah TPS [bekerja|harus bekerja] hingga dini hari untuk menghitung suara.
    {cand} unggul di {menang_kab} dari {kabkota} [kabupaten/kota|kecamatan].
    Perolehan suara terbanyak [diraih|dicatat] {cand} di {kecamatan}.
    Di TPS [tempat|lokasi] {cand1} [mencoblos|memberikan suara], pasangan nomor urut {nomor}
      [menang telak|unggul jauh].
    [Selisih|Jarak] [perolehan|raihan] suara [kedua pasangan|antara {cand} dan {rival}] [mencapai|
      sekitar] {selisih} persen.
    [Suara tidak sah|Surat suara tidak sah] [tercatat|mencapai] {tidak_sah} persen dari total suara.
    [Pleno|Rapat pleno] [rekapitulasi|penghitungan] [sempat|] [diskors|ditunda] [karena|akibat]
      [keberatan|protes] saksi.
    """,
    body_sengketa="""
    Dalam permohonannya, pasangan {rival} mendalilkan adanya pelanggaran yang terstruktur,
      sistematis, dan masif.
    Selisih suara kedua pasangan mencapai {selisih} persen dari total suara sah.
    | Selisih perolehan suara {cand} dan {rival} tercatat {selisih} persen.
    Kuasa hukum pemohon menghadirkan {saksi} saksi dalam persidangan.
    MK menjadwalkan sidang pembuktian {future}.
    Majelis hakim konstitusi menilai dalil pemohon tidak beralasan menurut hukum.
    KPU selaku termohon membantah seluruh dalil yang diajukan pemohon.
    Pemohon [menuding|menuduh] adanya {pelanggaran} di {kecamatan} dan {kecamatan2}.
    Bawaslu {where} [memberikan keterangan|dihadirkan] sebagai pemberi keterangan dalam sidang.
    Batas selisih suara untuk bisa mengajukan gugatan [diatur|ditentukan] berdasarkan jumlah
      penduduk daerah.
    Pemohon [meminta|memohon] MK [memerintahkan|agar] pemungutan suara ulang [di|dilakukan di]
      {psu} TPS di {kecamatan}.
    [Permohonan|Gugatan] [diregistrasi|dicatat] MK [dengan|dalam] [nomor perkara|buku registrasi]
      [dan|lalu] [dijadwalkan|mulai] [disidangkan|diperiksa] {future}.
    [Pihak terkait|Kuasa hukum {cand}] [meminta|memohon] MK [menolak|tidak menerima] [seluruh|semua]
      [permohonan|dalil] pemohon.
    [Bukti|Alat bukti] yang [diajukan|diserahkan] pemohon [mencapai|berjumlah] {bukti} [dokumen|
      item].
    """,
    body_pencalonan="""
    Pendaftaran pasangan calon dibuka selama tiga hari di kantor {kpu}.
    Pasangan tersebut datang ke kantor {kpu} diiringi [ribuan|ratusan] pendukung.
    | Ratusan simpatisan mengiringi {cand} dari [posko pemenangan|rumah pribadi {cand1}] menuju
      kantor {kpu}.
    Berkas persyaratan pasangan calon akan diverifikasi {kpu} dalam {dur}.
    Tes kesehatan bakal calon dijadwalkan di {rsud} {future}.
    Penetapan nomor urut pasangan calon akan digelar {future}.
    Syarat pencalonan mengharuskan partai atau gabungan partai memiliki sedikitnya 20 persen kursi
      {dprd}.
    Rekomendasi [partai|DPP] [diserahkan|diberikan] langsung oleh ketua umum {party} di Jakarta.
    {rparty} [masih|belum] [menentukan sikap|memutuskan arah dukungan] dalam {pilkada}.
    Nama {cand1} [sempat|sebelumnya] [bersaing|bersaing ketat] dengan [sejumlah|beberapa] kader
      lain dalam penjaringan internal partai.
    [Deklarasi|Pendeklarasian] pasangan {cand} digelar di {posko} [dan dihadiri|yang dihadiri]
      [ribuan|ratusan] [simpatisan|kader partai].
    {cand1} [menyatakan|mengaku] [siap|telah siap] [mundur|mengundurkan diri] dari [jabatannya|
      posisinya] [sebagai|selaku] {karier} [sesuai aturan|jika ditetapkan sebagai calon].
    [Survei internal|Hasil survei] partai [menempatkan|menunjukkan] {cand1} [memiliki|dengan]
      [elektabilitas|tingkat keterpilihan] [tertinggi|paling tinggi].
    """,
    quotes="""
    Kami minta semua pihak menahan diri dan menunggu hasil resmi
    Seluruh tahapan berjalan sesuai jadwal dan aturan yang berlaku
    Kami menemukan sejumlah dugaan pelanggaran dan sedang menindaklanjutinya
    Netralitas aparatur sipil negara harus dijaga sampai tahapan selesai
    Pengamanan kami siagakan di seluruh kecamatan
    [Warga|Masyarakat] {where} sudah [dewasa|cerdas] dalam berdemokrasi, [mari|kita] jaga
      [suasana|situasi] tetap [sejuk|kondusif]
    [Laporan|Temuan] [soal|terkait] {pelanggaran} [di {kecamatan}|] [sedang|tengah] kami kaji
    """,
    quotes_hasil="""
    Kemenangan ini milik seluruh warga, bukan hanya pendukung kami
    Kami menghormati proses yang berjalan dan akan menempuh jalur hukum
    Hasil hitung cepat bukan hasil resmi, tunggu rekapitulasi KPU
    Kami akan merangkul semua pihak setelah pilkada selesai
    """,
    quotes_sengketa="""
    Kami siap membuktikan seluruh dalil di persidangan
    KPU sudah bekerja sesuai aturan dan kami siap menghadapi gugatan
    Apa pun putusan MK, kami akan menghormatinya
    """,
    quotes_pencalonan="""
    Partai sudah melalui kajian panjang sebelum memutuskan dukungan
    Program kami jelas, membuka lapangan kerja dan memperbaiki layanan dasar
    Berkas pasangan calon akan kami periksa dengan teliti
    Kami yakin pasangan ini bisa diterima semua kalangan
    """,
    voices="""
    Saya datang ke TPS pagi-pagi supaya tidak antre
    Kami ingin pemimpin yang memperhatikan jalan dan air bersih di kampung
    Penghitungan di TPS kami baru selesai menjelang subuh
    Siapa pun yang menang, janji kampanye harus ditepati
    Baru kali ini saya ikut memilih, rasanya senang
    Di {village} [banyak|masih banyak] jalan rusak, [itu|hal itu] yang [kami|warga] tunggu [dari|
      untuk dibenahi] [pemimpin baru|bupati baru]
    """,
    views="""
    Hasil ini menunjukkan pemilih lebih melihat figur ketimbang partai
    Politik uang masih menjadi pekerjaan rumah penyelenggara dan pengawas
    Gugatan ke MK adalah jalur konstitusional yang harus dihormati
    Koalisi besar belum tentu menjamin kemenangan di tingkat daerah
    Pemilih muda semakin kritis terhadap rekam jejak calon
    """,
    lists="""
    [Sejumlah|Beberapa] tokoh yang [hadir|tampak hadir] [dalam|di] [acara|kegiatan] [itu|tersebut]
      antara lain {daftar}.
    | Tim pemenangan {cand} [beranggotakan|diisi] [sejumlah|beberapa] tokoh, [di antaranya|antara
      lain] {daftar}.
    [Pasangan calon|Paslon] yang [bertarung|berlaga] [dalam|di] {pilkada} [adalah|yakni] {cand},
      {rival}, dan {daftar2}.
    """,
    crowd="""
    Warga {village} yang ditemui, [seperti|antara lain] {crowd}, [mengaku|menyebut] [sudah
      menentukan pilihan|berharap pilkada berjalan damai].
    """,
)

genre(
    "pengadilan",
    titles_vonis="""
    {def_} Divonis {vonis} Tahun Penjara dalam Kasus {crime_title}
    Hakim Vonis {def_} {vonis} Tahun, Lebih Ringan dari Tuntutan
    {def_} Wajib Bayar Uang Pengganti Rp {ganti} Miliar
    Divonis {vonis} Tahun, {def_} Pikir-pikir Ajukan Banding
    Kasus {Proyek_short}: {def_} Dihukum {vonis} Tahun
    """,
    titles_tuntutan="""
    Jaksa Tuntut {def_} {tuntut} Tahun Penjara
    {def_} Dituntut {tuntut} Tahun dalam Kasus {crime_title}
    Jaksa Minta Hak Politik {def_} Dicabut
    Jaksa Minta {Aset1} Milik {def_} Dirampas untuk Negara
    """,
    titles_penahanan="""
    {penuntut} Tahan {def_} terkait Dugaan {crime_title}
    {def_} Ditahan, Kerugian Negara Ditaksir Rp {rugi} Miliar
    {penuntut} Geledah Kantor {instansi_short}
    {def_} Resmi Berompi Oranye
    {penuntut} Sita {Aset1} dalam Kasus {crime_title} di {city}
    """,
    leads_vonis="""
    Majelis hakim Pengadilan Tindak Pidana Korupsi (Tipikor) {capital} menjatuhkan vonis {vonis}
      tahun penjara kepada {def} dalam kasus {crime}, {ev}.
    | {def} divonis {vonis} tahun penjara oleh majelis hakim Pengadilan Tipikor {capital} dalam
      sidang yang digelar {ev}.
    Pengadilan Tipikor {capital} menyatakan {def} terbukti bersalah dalam perkara {crime} yang
      merugikan negara Rp {rugi} miliar.
    {def} [tertunduk|terdiam] saat majelis hakim membacakan vonis {vonis} tahun penjara di
      Pengadilan Tipikor {capital}, {ev}.
    """,
    leads_tuntutan="""
    Jaksa penuntut umum menuntut {def} dengan pidana {tuntut} tahun penjara dalam sidang yang
      digelar di Pengadilan Tipikor {capital}, {ev}.
    | {def} dituntut {tuntut} tahun penjara dalam perkara {crime} di Pengadilan Tipikor
      {capital}, {ev}.
    Jaksa meminta majelis hakim menyatakan {def} bersalah dalam kasus {crime} dan menjatuhkan
      pidana {tuntut} tahun penjara.
    Sidang perkara {crime} dengan terdakwa {def} memasuki agenda pembacaan tuntutan di Pengadilan
      Tipikor {capital}, {ev}.
    """,
    leads_penahanan="""
    {penuntut_full} menahan {def} terkait dugaan {crime}, {ev}.
    | {def} resmi ditahan {penuntut} seusai menjalani pemeriksaan sebagai tersangka kasus {crime},
      {ev}.
    Penyidik {penuntut} menetapkan {def} sebagai tersangka kasus {crime} dan langsung menahannya
      {ev}.
    Penyidik {penuntut} menggeledah kantor {instansi} terkait dugaan {crime}, {ev}.
    """,
    body="""
    Perbuatan {def_} dinilai merugikan keuangan negara hingga Rp {rugi} miliar.
    | Kerugian negara dalam perkara ini, berdasarkan audit [BPKP|BPK], mencapai Rp {rugi} miliar.
    Perkara ini bermula dari {proyek} yang dikerjakan pada {period}.
    | Kasus tersebut berkaitan dengan {proyek} senilai Rp {nilai} miliar.
    {def_} ditetapkan sebagai tersangka sejak {past}.
    Penyidik menyita sejumlah dokumen dan uang tunai Rp {sita} juta dari rumah {def_}.
    | Dalam penggeledahan, penyidik menyita [dokumen proyek, telepon genggam,|dokumen anggaran]
      dan uang Rp {sita} juta.
    Proyek tersebut dikerjakan {company} sebagai pemenang tender.
    | {company} ditunjuk sebagai pelaksana proyek meski diduga tidak memenuhi syarat.
    Dalam kasus yang sama, {penuntut} juga menjerat {lain} tersangka lain, termasuk direktur
      {company}.
    {def_} dijerat {pasal}.
    | Perbuatan {def_} [diatur|diancam pidana] dalam {pasal}.
    Penyidik telah memeriksa {saksi} saksi, termasuk pejabat di lingkungan {instansi}.
    Sebagian dana proyek diduga mengalir ke rekening pribadi dan kerabat {def_}.
    Pekerjaan di lapangan [tidak sesuai spesifikasi|hanya selesai sebagian], menurut hasil
      pemeriksaan ahli konstruksi.
    Kasus ini terungkap setelah ada laporan masyarakat ke {penuntut} pada {past}.
    Aset {def_} berupa {aset1} dan {aset2} [telah diblokir|sedang ditelusuri|sudah disita]
      penyidik.
    Persidangan [dihadiri|diikuti] keluarga {def_} dan sejumlah pegiat antikorupsi.
    Modus yang digunakan adalah {modus}.
    | Penyidik menduga {def_} [bersama rekanan|] {modus}.
    Uang hasil korupsi diduga [dipakai|digunakan] untuk membeli {aset1} [atas nama|yang
      diatasnamakan] kerabat.
    Salah satu saksi, {saksi1}, mengaku [pernah|sempat] [menyerahkan uang|mengantar titipan]
      kepada {def_} [di sebuah hotel|di rumah dinasnya] di {capital}.
    | Saksi {saksi1} [menyebut|mengungkapkan] adanya [setoran|fee] sekitar {fee} persen dari nilai
      proyek.
    Anggaran proyek bersumber dari [APBD {prov}|APBD {kab}|dana alokasi khusus] tahun {oldyear2}.
    Laporan hasil pemeriksaan [BPK|Inspektorat] [sebelumnya|sudah] [menemukan|mencatat]
      kejanggalan dalam [pengadaan|pembayaran] proyek tersebut.
    {instansi} [menyatakan|mengaku] [menghormati proses hukum|akan kooperatif] [yang berjalan|].
    Rumah {def_} di {village} [tampak|terlihat] sepi [sejak|setelah] [penetapan tersangka|kasus
      itu mencuat].
    Proyek {proyek} [sempat|pernah] [dikeluhkan|diprotes] warga {kecamatan} karena [mangkrak|tidak
      kunjung selesai].
    | Warga {kecamatan} [menyebut|mengatakan] [hasil|kualitas] proyek [tersebut|itu] [buruk|jauh
      dari harapan] [sejak awal|sejak selesai dikerjakan].
    {company} [berkantor|beralamat] di {jalan}, {capital}, [namun|tetapi] [kantornya|alamat itu]
      [tampak kosong|hanya berupa ruko kecil] saat didatangi wartawan.
    Penyidik [juga|] [memeriksa|meminta keterangan] {saksi1} [sebagai saksi|terkait aliran dana]
      [di kantor|pada] {penuntut}.
    Dalam [dakwaan|surat dakwaan], jaksa [menyebut|menguraikan] {def_} [menerima|mendapat] [uang|
      setoran] [secara bertahap|berkali-kali] [sejak|mulai] {period}.
    Uang [suap|pelicin] [diserahkan|diberikan] [melalui|lewat] [perantara|orang kepercayaan] di
      [sebuah rumah makan|area parkir] di {capital}.
    [Pemeriksaan|Audit] [investigatif|forensik] [menemukan|mengungkap] [selisih|kemahalan] harga
      [hingga|sampai] {selisih_harga} persen dari harga pasar.
    [Penasihat hukum|Kuasa hukum] {def_} [menilai|menyebut] [dakwaan|perhitungan kerugian] [jaksa|
      penyidik] [tidak cermat|keliru] [dan akan mengajukan keberatan|].
    [Ruang sidang|Pengadilan] [dipadati|ramai dikunjungi] [pendukung|kerabat] {def_} [sejak pagi|
      sebelum sidang dimulai].
    [Kasus|Perkara] [ini|tersebut] [menjadi|merupakan] [salah satu|] [perkara|kasus] korupsi
      [terbesar|yang paling disorot] di {prov} [dalam beberapa tahun terakhir|tahun ini].
    Penyidik [mengembangkan|menelusuri] [aliran dana|aset] [ke|hingga] [rekening|nama] {saksi1}.
    [Jabatan|Posisi] {def_} [di|pada] {instansi} [telah|sudah] [diisi|dijabat] pelaksana tugas
      [sejak|setelah] [penetapan tersangka|kasus bergulir].
    Sidang [perdana|sebelumnya] [digelar|berlangsung] {past} dengan agenda pembacaan dakwaan.
    Majelis hakim [beranggotakan|terdiri atas] {hakim} [sebagai|selaku] ketua [serta|dan] dua hakim
      ad hoc.
    {company} [disebut|diduga] [meminjam|memakai] [bendera|nama] perusahaan lain [untuk|agar bisa]
      [mengikuti|memenangi] lelang.
    Dana [yang dikorupsi|proyek] [semestinya|seharusnya] [dipakai|digunakan] untuk [kepentingan|
      kebutuhan] warga {kab}.
    """,
    body_vonis="""
    Selain pidana penjara, {def_} juga diwajibkan membayar denda Rp {denda} juta subsider
      {subsider} bulan kurungan.
    | Majelis juga menghukum {def_} membayar denda Rp {denda} juta yang dapat diganti {subsider}
      bulan kurungan.
    Hakim juga mewajibkan {def_} membayar uang pengganti sebesar Rp {ganti} miliar.
    | Uang pengganti Rp {ganti} miliar wajib dibayar dalam satu bulan setelah putusan
      berkekuatan hukum tetap.
    Vonis tersebut lebih ringan dibandingkan tuntutan jaksa, yakni {tuntut} tahun penjara.
    Atas putusan itu, {def_} dan penasihat hukumnya menyatakan pikir-pikir selama tujuh hari.
    Hal yang memberatkan, {def_} dinilai tidak mendukung program pemerintah dalam pemberantasan
      korupsi.
    Hal yang meringankan, {def_} bersikap sopan selama persidangan dan belum pernah dihukum.
    Sidang pembacaan putusan dipimpin hakim ketua {hakim}.
    Salah satu hakim anggota menyatakan pendapat berbeda (dissenting opinion).
    Majelis hakim [menetapkan|memerintahkan] {aset1} [dirampas untuk negara|dikembalikan kepada
      negara].
    Usai sidang, {def_} [langsung|segera] [dibawa kembali|digiring] ke {rutan}.
    Majelis hakim [menolak|tidak menerima] [nota pembelaan|pleidoi] {def_} [dan|serta] penasihat
      hukumnya.
    Putusan [dibacakan|diucapkan] [secara bergantian|bergiliran] oleh majelis hakim [selama|sekitar]
      {durasi_sidang} jam.
    Jaksa [juga|] menyatakan [pikir-pikir|akan mempertimbangkan banding] atas putusan
      [tersebut|itu].
    [Keluarga|Istri] {def_} [tampak|terlihat] [menangis|terisak] [saat|ketika] vonis dibacakan.
    """,
    body_tuntutan="""
    Jaksa juga menuntut {def_} membayar denda Rp {denda} juta subsider {subsider} bulan
      kurungan.
    Jaksa meminta majelis hakim mencabut hak politik {def_} selama lima tahun setelah menjalani
      pidana pokok.
    Sidang dengan agenda pembacaan pleidoi akan digelar {future}.
    Dalam persidangan, jaksa menghadirkan {saksi} orang saksi.
    Tuntutan dibacakan jaksa {jaksa} secara bergantian di hadapan majelis hakim.
    Jaksa menilai tidak ada alasan pemaaf maupun pembenar atas perbuatan {def_}.
    Jaksa juga meminta {aset1} dan {aset2} milik {def_} dirampas untuk negara.
    Jaksa [menyatakan|menilai] {def_} terbukti [melanggar|melakukan tindak pidana sebagaimana diatur
      dalam] {pasal}.
    [Tuntutan|Tuntutan jaksa] [lebih berat|lebih tinggi] [dibandingkan|daripada] tuntutan
      [terhadap|untuk] terdakwa lain dalam perkara [yang sama|serupa].
    {def_} [tampak|terlihat] [tenang|menunduk] [saat|ketika] tuntutan [dibacakan|disampaikan] jaksa.
    [Penasihat hukum|Kuasa hukum] {def_} [akan|berencana] [menghadirkan|mengajukan] saksi
      [meringankan|a de charge] [dalam pembelaan|pada sidang berikutnya].
    """,
    body_penahanan="""
    {def_} ditahan selama 20 hari pertama di {rutan}.
    | Penahanan dilakukan di {rutan} untuk 20 hari ke depan.
    {def_} keluar dari ruang pemeriksaan mengenakan rompi tahanan berwarna oranye dengan tangan
      diborgol.
    Sebelum ditahan, {def_} menjalani pemeriksaan selama {dur}.
    Penyidik [menggeledah|telah menggeledah] kantor {instansi} dan rumah dinas {def_} sejak
      {past}.
    {def_} memilih tidak berkomentar saat digiring ke mobil tahanan.
    Penyidik [membawa|mengangkut] {koper} koper berisi dokumen dari [kantor|ruang kerja] {def_}.
    Penetapan tersangka [dilakukan|diumumkan] setelah penyidik [mengantongi|memiliki] dua alat
      bukti yang cukup.
    [Penyidik|Tim penyidik] [juga|] [memasang garis|menyegel] [ruang kerja|kantor] {def_} di
      {instansi}.
    {def_} [tiba|datang] di [gedung|kantor] {penuntut} [sekitar|pada] {evt} [didampingi|bersama]
      [kuasa hukumnya|pengacaranya].
    Penyidik [juga|] [mencegah|meminta Imigrasi mencegah] {def_} [bepergian|ke luar negeri] [selama|
      untuk] enam bulan.
    [Penetapan|Status] tersangka [terhadap|atas] {def_} [merupakan|adalah] [pengembangan|hasil
      pengembangan] [dari|atas] [perkara|kasus] [sebelumnya|yang sudah diputus].
    Sebelumnya, penyidik [menggeledah|menyisir] [rumah|kediaman] {def_} di {village} [dan menyita|
      serta membawa] [sejumlah|beberapa] [dokumen|barang bukti].
    """,
    quotes="""
    Kami menghormati proses hukum yang berjalan
    Penyidik masih menelusuri aliran dana ke pihak-pihak lain
    Tidak tertutup kemungkinan ada tersangka baru dalam perkara ini
    Kami mengimbau pihak-pihak yang dipanggil untuk kooperatif
    [Perkara|Kasus] {proyek} [masih|terus] kami [kembangkan|dalami]
    [Seluruh|Semua] [aset|harta] yang [terkait|berkaitan dengan] [perkara|kasus] ini akan kami
      [telusuri|lacak]
    """,
    quotes_vonis="""
    Terdakwa terbukti secara sah dan meyakinkan bersalah melakukan tindak pidana korupsi
    Kami akan mempelajari putusan ini sebelum memutuskan banding
    Kami menghormati putusan majelis hakim
    Putusan ini sudah mempertimbangkan seluruh fakta persidangan
    """,
    quotes_tuntutan="""
    Tuntutan ini sudah mempertimbangkan kerugian negara dan peran terdakwa
    Klien kami hanya menjalankan perintah atasan
    Kami akan menyampaikan pembelaan pada sidang berikutnya
    """,
    quotes_penahanan="""
    Penahanan dilakukan untuk kepentingan penyidikan selama dua puluh hari pertama
    Kami sudah mengantongi alat bukti yang cukup
    Klien kami akan kooperatif dan mengikuti proses hukum
    """,
    voices="""
    Hukuman ini terlalu ringan dibandingkan kerugian yang diderita warga
    Kami ingin uang negara yang dikorupsi benar-benar kembali
    Jalan yang dibangun dari proyek itu sudah rusak sebelum setahun
    Kami akan terus mengawal kasus ini sampai tuntas
    [Proyek|Pembangunan] itu [sejak awal|dari dulu] sudah [bermasalah|tidak beres], warga {village}
      [tahu semua|sudah curiga]
    """,
    views="""
    Hukuman bagi pelaku korupsi harus memberi efek jera, termasuk pemiskinan
    Pencabutan hak politik penting agar koruptor tidak kembali menduduki jabatan publik
    Pengawasan pengadaan barang dan jasa di daerah masih lemah
    Uang pengganti sering tidak tertagih, ini harus dibenahi
    Penegak hukum perlu menelusuri aset dengan pendekatan pencucian uang
    """,
    lists="""
    Saksi yang [dihadirkan|diperiksa] [dalam perkara ini|di persidangan] antara lain {daftar}.
    | [Penyidik|Jaksa] [telah memeriksa|memanggil] [sejumlah|beberapa] saksi, di antaranya {daftar}.
    Majelis hakim [yang menyidangkan perkara ini|dalam perkara tersebut] terdiri atas {hakim}
      sebagai
      ketua serta {daftar2} sebagai anggota.
    | [Selain|Di samping] {def_}, [tersangka|terdakwa] lain dalam [perkara|kasus] [ini|yang sama]
      [adalah|yakni] {daftar2}.
    """,
    crowd="""
    [Pegiat antikorupsi|Warga] yang [hadir|mengikuti sidang], [seperti|antara lain] {crowd},
      [berharap|meminta] [hukuman|putusan] [yang berat|setimpal].
    """,
)

genre(
    "olahraga",
    titles_menang="""
    {club} Tundukkan {club2} {g1}-{g2} di {stadium}
    Hasil {liga}: {club} Menang {g1}-{g2} atas {club2}
    {scorer_} Bawa {club} Kalahkan {club2}
    {club} Naik ke Peringkat {rank} Klasemen Sementara
    {coach_} Puas dengan Kemenangan {club}
    {club2} Pulang dengan Tangan Hampa dari {stadium}
    Gol {scorer3_} Menangkan {club} atas {club2}
    """,
    titles_imbang="""
    {club} Ditahan Imbang {club2} {g1}-{g1}
    Hasil {liga}: {club} dan {club2} Berbagi Angka
    Gol {scorer2_} Selamatkan {club2} di {stadium}
    {coach_} Sesalkan Hasil Imbang Lawan {club2}
    {club} Gagal Menang di Kandang, {supporter} Kecewa
    """,
    leads_menang="""
    {club} menang {g1}-{g2} atas {club2} dalam lanjutan {liga} di Stadion {stadium}, {city}, {ev}.
    | {club} mengalahkan {club2} dengan skor {g1}-{g2} pada pekan ke-{pekan} {liga} di Stadion
      {stadium}, {ev}.
    {club} sukses [mengamankan|membawa pulang] tiga poin setelah mengalahkan {club2} {g1}-{g2},
      {ev}.
    {a} memuji kerja keras pemainnya setelah {club} menang {g1}-{g2} atas {club2}, {ev}.
    Gol {scorer} [mengantar|membawa] {club} [meraih kemenangan|menang] {g1}-{g2} atas {club2}
      di hadapan {penonton} penonton di Stadion {stadium}, {ev}.
    """,
    leads_imbang="""
    {club} harus puas bermain imbang {g1}-{g1} melawan {club2} dalam lanjutan {liga} di Stadion
      {stadium}, {ev}.
    | Laga {club} kontra {club2} di Stadion {stadium}, {ev}, berakhir imbang {g1}-{g1}.
    {club} gagal memanfaatkan keuntungan bermain di kandang setelah ditahan {club2} {g1}-{g1},
      {ev}.
    Gol {scorer2} pada menit ke-{m2} [menyelamatkan|memastikan] {club2} pulang membawa satu poin
      dari Stadion {stadium}, {ev}.
    """,
    body="""
    Pertandingan disaksikan sekitar {penonton} penonton yang memadati stadion.
    | Sekitar {penonton} suporter [hadir|memadati tribune] di Stadion {stadium}.
    Laga berikutnya {club} akan bertandang ke markas {club3} {soon}.
    | {club} selanjutnya [menghadapi|menjamu] {club3} {soon}.
    Kedua tim terakhir bertemu pada {past}.
    Wasit {wasit} mengeluarkan {kartu} kartu kuning sepanjang pertandingan.
    Pertandingan sempat dihentikan selama {menit_henti} menit karena hujan deras mengguyur
      stadion.
    Sepak mula dilakukan {evt}.
    {club} menguasai [jalannya pertandingan|bola] dengan penguasaan bola {possession} persen.
    | Statistik mencatat {club} unggul penguasaan bola {possession} persen dan melepaskan
      {tembakan} tembakan.
    {club2} tampil tanpa {absen}, yang [cedera|terkena akumulasi kartu].
    {coach_} melakukan {ganti} pergantian pemain di babak kedua untuk menambah daya gedor.
    Kiper {club2}, {kiper}, melakukan [sejumlah|beberapa] penyelamatan penting.
    Suporter {club} yang tergabung dalam {supporter} [memberikan dukungan|bernyanyi] sepanjang
      laga.
    Panitia pelaksana mengerahkan {aparat} personel keamanan untuk mengamankan pertandingan.
    Harga tiket pertandingan dijual mulai Rp {tiket} ribu.
    {scorer_} kini telah mengoleksi {golsum} gol musim ini.
    | Tambahan gol itu membuat {scorer_} mengoleksi {golsum} gol [di liga|sepanjang musim].
    {club2} kini belum pernah menang dalam {tanpa} laga terakhir.
    {club} [menurunkan|memasang] formasi {formasi} dengan {bintang} sebagai [tumpuan|andalan] di
      lini [tengah|depan].
    | {bintang} tampil [menonjol|gemilang] di lini tengah {club} sepanjang laga.
    Babak pertama berjalan [ketat|seimbang], kedua tim saling [jual beli serangan|menekan].
    {club2} [memasang|menerapkan] pertahanan rapat dengan lima pemain belakang.
    Pemain debutan {debutan} [mendapat kesempatan|dimainkan] [sejak menit awal|di babak kedua].
    Kondisi lapangan Stadion {stadium} [sempat dikeluhkan|dinilai kurang baik] karena [rumput
      yang tidak rata|genangan air].
    Laga ini [menjadi|merupakan] [debut|pertandingan pertama] {coach_} di kandang sendiri
      [sejak ditunjuk|setelah menggantikan pelatih lama].
    Ribuan suporter [sudah memadati|berkumpul di] sekitar stadion sejak [sore|siang] hari.
    [Suporter|Pendukung] {club2} [yang datang|yang hadir] ke {city} [ditempatkan|mendapat tempat] di
      tribune [khusus|selatan].
    {bintang} [menjadi|dinobatkan sebagai] pemain terbaik [dalam laga|pertandingan] [ini|itu].
    Sebelum laga, {club} [menjalani|menggelar] latihan [terakhir|ringan] di {lapangan_latihan}.
    | Skuad {club} [sempat|] [berlatih|menjalani uji coba lapangan] di {lapangan_latihan} sehari
      sebelum pertandingan.
    {club2} [datang|tiba] di {city} [dua hari|sehari] sebelum pertandingan dan [menginap|bermarkas]
      di [sebuah hotel|hotel] di {jalan}.
    Kemacetan [terjadi|mengular] di {jalan} menjelang [laga|pertandingan] karena [ribuan|banyaknya]
      suporter.
    {debutan} [mencatat|membukukan] [satu|sebuah] [assist|peluang emas] [dalam|pada] [debutnya|laga
      perdananya].
    {club} [kini|saat ini] [mengoleksi|mengumpulkan] {poin} poin dari {main} pertandingan.
    [Sepanjang|Selama] babak pertama, {club2} [hanya|cuma] [mampu|bisa] [melepaskan|mencatat]
      {tembakan2} tembakan [ke arah gawang|tepat sasaran].
    {absen} [harus|terpaksa] [ditarik keluar|diganti] [pada menit ke-{m_cedera}|di babak pertama]
      [karena|akibat] cedera [hamstring|engkel|lutut].
    Tim medis {club} [akan|masih] [memeriksa|mengevaluasi] [kondisi|cedera] {absen} [sebelum laga
      berikutnya|dalam beberapa hari ke depan].
    [Kartu merah|Kartu kuning kedua] [diterima|didapat] [bek|gelandang] {club2} [pada menit ke-{m3}|
      menjelang akhir laga] [setelah|karena] [melanggar keras|menjatuhkan] {bintang}.
    [Panitia|Panpel] [menjual|menyediakan] {tiket_terjual} tiket [secara daring|melalui aplikasi]
      [dan|serta] [habis|ludes] [dalam|kurang dari] [sehari|beberapa jam].
    [Komisi Disiplin PSSI|Komdis PSSI] [akan|berencana] [menyidangkan|memeriksa]
      [insiden|pelanggaran]
      [suporter|pemain] [dalam laga ini|yang terjadi di {stadium}].
    [Pertandingan|Laga] [disiarkan langsung|ditayangkan] [televisi|stasiun televisi nasional] [dan
      layanan streaming|serta platform daring].
    {club} [mendatangkan|merekrut] {bintang} dari [klub|tim] [luar negeri|Thailand|Malaysia] [pada|
      di] [bursa transfer|jendela transfer] [awal musim|paruh musim].
    [Kemenangan|Hasil] [ini|tersebut] [dipersembahkan|didedikasikan] [untuk|bagi] [suporter|
      almarhum legenda klub] {legenda}.
    [Rumput|Lapangan] Stadion {stadium} [baru saja|belum lama ini] [direnovasi|diganti] [dengan
      biaya|senilai] Rp {renovasi} miliar.
    {club3}, lawan [berikutnya|selanjutnya] {club}, [kini|saat ini] [berada|menempati] [di|]
      peringkat {rank3} [klasemen|].
    [Wasit|Pengadil lapangan] {wasit} [sempat|beberapa kali] [diprotes|dikerubungi] pemain {club2}
      [karena|atas] [keputusannya|sebuah keputusan].
    [Asisten pelatih|Staf pelatih] {club} [mengatakan|menyebut] [tim|pemain] [sudah|telah]
      [mempelajari|menganalisis] [video|rekaman] [pertandingan|laga] {club2} [sebelumnya|].
    """,
    body_menang="""
    Gol pembuka dicetak {scorer} pada menit ke-{m1} memanfaatkan umpan silang dari sisi
      [kanan|kiri].
    | {scorer} membuka keunggulan {club} pada menit ke-{m1} [melalui sundulan|lewat tendangan
      keras] dari dalam kotak penalti.
    {club2} sempat [memperkecil ketertinggalan|mencetak gol] lewat {scorer2} pada menit ke-{m2}.
    Gol penentu kemenangan [lahir|tercipta] pada menit ke-{m3} melalui {scorer3}.
    Hasil ini membuat {club} naik ke peringkat {rank} klasemen sementara dengan {poin} poin.
    | Tambahan tiga poin mengantar {club} ke posisi {rank} dengan koleksi {poin} poin.
    Kekalahan ini membuat {club2} tertahan di posisi {rank2}.
    Kemenangan ini [memperpanjang|melanjutkan] tren positif {club} yang [tak terkalahkan|belum
      pernah kalah] dalam {tanpa} laga.
    {scorer} [melakukan selebrasi|merayakan golnya] [di depan|ke arah] tribune {supporter}.
    {club} [sempat|] [tertinggal lebih dulu|mendapat tekanan] [sebelum|namun akhirnya] [bangkit|
      berbalik unggul].
    Kemenangan [ini|tersebut] [menjadi|merupakan] [yang pertama|kemenangan perdana] {club} atas
      {club2} [dalam|sejak] {tahun_menang} [musim|tahun] terakhir.
    [Gol|Sepakan] {scorer3} [lahir|tercipta] [dari|melalui] [serangan balik cepat|situasi bola
      mati].
    """,
    body_imbang="""
    {club} unggul lebih dulu lewat gol {scorer} pada menit ke-{m1}.
    {club2} menyamakan kedudukan melalui {scorer2} pada menit ke-{m2}.
    | Gol balasan {club2} dicetak {scorer2} pada menit ke-{m2} memanfaatkan kemelut di depan
      gawang.
    Hasil imbang ini membuat {club} tertahan di peringkat {rank} dengan {poin} poin.
    Peluang emas {club} di masa injury time [membentur tiang gawang|digagalkan kiper lawan].
    Penalti {club} [pada menit ke-{m3}|di akhir laga] [gagal dieksekusi|melambung] [oleh|]
      {scorer3}.
    [Kedua tim|Tim tuan rumah dan tamu] [sama-sama|] [gagal|tidak mampu] [menambah gol|mencetak gol
      tambahan] [di babak kedua|hingga peluit akhir].
    [Hasil imbang|Satu poin] [ini|tersebut] [cukup|dinilai] [berharga|penting] bagi {club2} yang
      [bermain|tampil] [di kandang lawan|tandang].
    [Rekor|Catatan] [pertemuan|head to head] kedua tim [kini|sekarang] [semakin|makin] [berimbang|
      ketat].
    {club} [kini|] [sudah|telah] {imbang_beruntun} kali [bermain imbang|seri] [secara beruntun|
      berturut-turut].
    """,
    quotes="""
    Pemain bekerja keras selama sembilan puluh menit dan hasilnya sepadan
    Kami harus segera memperbaiki lini belakang sebelum laga berikutnya
    Ini hasil untuk suporter yang selalu setia mendukung
    Lapangan licin membuat kami sulit mengembangkan permainan
    Target kami tetap finis di papan atas
    Kami bermain disiplin sesuai instruksi pelatih
    Pertandingan berikutnya lebih berat, kami harus fokus
    Saya tidak mau menyalahkan wasit, kami harus lebih tajam di depan gawang
    Pengamanan berjalan lancar dan tidak ada insiden di luar stadion
    [Terima kasih|Salut] untuk [{supporter}|suporter] yang [memenuhi|memadati] Stadion {stadium}
    [{bintang_}|Semua pemain] bermain [luar biasa|sangat baik] [malam ini|hari ini]
    """,
    voices="""
    Kami datang dari jauh dan puas melihat tim bermain ngotot
    Tiket habis sejak siang, banyak teman tidak kebagian
    Manajemen harus mendatangkan pemain baru kalau ingin juara
    Atmosfer stadion malam ini luar biasa
    [Kami|Saya] [berangkat|datang] dari {village} [sejak siang|sejak pagi] [untuk|demi] [mendukung|
      menonton] {club}
    """,
    views="""
    Lini tengah menjadi pembeda dalam pertandingan ini
    Kedalaman skuad akan diuji karena jadwal yang padat
    Pelatih berani melakukan rotasi dan hasilnya terlihat
    Tim ini masih terlalu bergantung pada pemain asing
    """,
    lists="""
    Susunan pemain {club}: {lineup1}.
    Susunan pemain {club2}: {lineup2}.
    [Pemain|Penggawa] yang [absen|tidak bisa tampil] [karena cedera|karena akumulasi kartu] antara
      lain {daftar2}.
    """,
    crowd="""
    Suporter yang [ditemui|datang] di luar stadion, [seperti|antara lain] {crowd}, [mengaku|
      menyebut] [puas|senang] dengan [penampilan|permainan] tim.
    """,
)

genre(
    "ecommerce",
    titles_promo="""
    Transaksi {promo_full} Tembus Rp {trx} Triliun
    {shop} Catat Lonjakan Transaksi Saat {promo_full}
    Belanja Daring Naik, Pengiriman Paket Melonjak {persen} Persen
    Produk Lokal Kuasai {lokal} Persen Transaksi {promo_full}
    Kurir {kurir_co} Kewalahan, Paket Menumpuk Usai {promo_full}
    Konsumen Keluhkan Keterlambatan Pengiriman Usai Promo
    {Kategori} Jadi Produk Terlaris Selama {promo_full}
    """,
    titles_regulasi="""
    Pemerintah Siapkan Aturan Baru Perdagangan Daring
    Kemendag Atur Batas Harga Barang Impor di Lokapasar
    Pelaku UMKM di {city} Sambut Aturan Baru E-commerce
    Aturan Baru Belanja Daring Berlaku {ev_title}
    idEA Minta Aturan E-commerce Tidak Memberatkan
    Pedagang {pasar} Berharap Aturan Baru Kembalikan Pembeli
    """,
    titles_penipuan="""
    Penipuan Berkedok Toko Daring Marak, Korban di {city} Rugi Rp {kerugian} Juta
    Polisi Bongkar Sindikat Penipuan Belanja Online di {city}
    Data Pengguna {shop} Diduga Bocor, Ini Kata Perusahaan
    Waspada Modus {Modus_tipu} saat Belanja Daring
    Polda {provk} Tangkap {pelaku} Pelaku Penipuan Jual Beli Online
    """,
    leads_promo="""
    Nilai transaksi {promo_full} mencapai Rp {trx} triliun, naik {persen} persen dibandingkan
      tahun lalu.
    | Transaksi selama {promo_full} tercatat Rp {trx} triliun, tumbuh {persen} persen dari tahun
      sebelumnya.
    Platform {shop} mencatat lonjakan transaksi selama {promo_full} yang digelar {ev}.
    Perusahaan jasa pengiriman di {capital} kebanjiran paket setelah {promo_full} yang
      berlangsung {ev}.
    Gudang sortir {kurir_co} di {city} [dipenuhi|dibanjiri] ribuan paket setelah {promo_full}
      {ev}.
    """,
    leads_regulasi="""
    Kementerian Perdagangan menerbitkan aturan baru untuk perdagangan melalui sistem elektronik
      yang berlaku mulai {ev}.
    | Pemerintah resmi memberlakukan {aturan} tentang perdagangan melalui sistem elektronik mulai
      {ev}.
    Pelaku usaha daring di {capital} menyambut beragam aturan baru perdagangan elektronik yang
      diumumkan {ev}.
    Asosiasi E-commerce Indonesia (idEA) meminta pemerintah memberi masa transisi bagi aturan
      baru perdagangan daring yang diumumkan {ev}.
    """,
    leads_penipuan="""
    Kepolisian Daerah {prov} [membongkar|mengungkap] sindikat penipuan berkedok toko daring yang
      menipu ratusan korban, {ev}.
    | Polda {provk} menangkap {pelaku} tersangka penipuan jual beli daring dengan total kerugian
      korban mencapai Rp {kerugian} juta, {ev}.
    Seorang warga {desa}, {kab}, kehilangan uang Rp {kerugian} juta setelah menjadi korban
      penipuan {modus_tipu}, {ev}.
    Data jutaan pengguna {shop} diduga bocor dan diperjualbelikan di forum daring, {ev}.
    """,
    body="""
    Jumlah pengguna aktif {shop} mencapai {pengguna} juta orang per bulan.
    Sebanyak {umkm} ribu pelaku UMKM tercatat berjualan di {shop}.
    | {shop} mengklaim {umkm} ribu UMKM telah bergabung di platformnya.
    Nilai ekonomi digital Indonesia diperkirakan mencapai {digital} miliar dolar AS pada
      {tahun_depan}.
    Keluhan konsumen terkait belanja daring meningkat {keluhan} persen dibandingkan {period}.
    | Yayasan Lembaga Konsumen Indonesia (YLKI) mencatat kenaikan pengaduan belanja daring sebesar
      {keluhan} persen.
    Pembayaran melalui {dompet_co} mendominasi dengan porsi {dompet} persen.
    | Dompet elektronik seperti {dompet_co} menjadi metode pembayaran favorit dengan porsi
      {dompet} persen.
    Penjual di {city} mengaku omzet [naik|bertambah] berkat berjualan secara daring.
    Pengguna internet di Indonesia [diperkirakan|tercatat] mencapai {internet} juta orang.
    Sebagian besar pembeli berasal dari kota besar di Pulau Jawa, tetapi pesanan dari
      {kota_beli} dan {kota_beli2} terus tumbuh.
    Transaksi lintas batas di {shop} [ikut|juga] meningkat, terutama untuk produk fesyen dan
      aksesori gawai.
    Persaingan antarplatform [semakin ketat|kian sengit], terutama dalam hal gratis ongkos kirim.
    Bank Indonesia mencatat nilai transaksi uang elektronik tumbuh {ue} persen secara tahunan.
    Produk {kategori} [buatan|produksi] perajin {city} [banyak diburu|laris] pembeli dari luar
      daerah.
    Kementerian Komunikasi dan Informatika [mengingatkan|meminta] platform menjaga keamanan data
      pribadi pengguna.
    Dinas Koperasi dan UMKM {prov} [menggelar|mengadakan] pelatihan berjualan daring bagi
      [ratusan|puluhan] pelaku usaha di {city}.
    Ongkos kirim ke wilayah timur Indonesia [masih|tetap] menjadi [keluhan|kendala] utama
      pembeli.
    Salah satu penjual di {city}, {penjual}, [mengaku|menyebut] [menerima|mendapat] [ratusan|
      puluhan] pesanan {kategori} [dalam sehari|per hari].
    | {penjual}, perajin {kategori} asal {village}, [kini|sekarang] [mengirim|menjual] produknya
      [hingga|sampai] ke {kota_beli}.
    {kurir_co} [membuka|menambah] [gudang|pusat sortir] [baru|] di {city} untuk [mempercepat|
      memangkas waktu] pengiriman.
    Dinas Perdagangan {prov} [mencatat|mendata] [jumlah|ada] {umkm_prov} UMKM di {prov} yang sudah
      [berjualan|memasarkan produk] secara daring.
    Sebagian pedagang di {pasar} [mulai|ikut] [membuka|berjualan di] toko daring [agar|supaya]
      tidak kehilangan pembeli.
    Layanan [bayar nanti (paylater)|cicilan tanpa kartu kredit] [makin|semakin] [populer|diminati]
      [di kalangan|oleh] pembeli muda.
    Nilai transaksi e-commerce nasional [sepanjang|selama] {lastyr} [mencapai|tercatat] Rp {trx_nas}
      triliun, [menurut|berdasarkan data] Bank Indonesia.
    Sebagian besar [transaksi|pesanan] [dilakukan|berlangsung] [melalui|lewat] telepon pintar,
      [terutama|khususnya] [pada malam hari|menjelang tengah malam].
    Kementerian Perdagangan [mencatat|mendata] [ada|sekitar] {penjual_asing} ribu penjual asing
      [yang|] [terdaftar|berjualan] di lokapasar [dalam negeri|Indonesia].
    | [Jumlah|Banyaknya] produk impor di lokapasar [dinilai|disebut] [menekan|mengancam] produk
      [UMKM|lokal] [buatan|asal] {prov}.
    [Asosiasi|Kalangan] pengusaha logistik [memperkirakan|memproyeksikan] volume paket [nasional|]
      [naik|tumbuh] {paket_naik} persen [tahun ini|pada {yr}].
    Platform [berlomba|bersaing] [memberikan|menawarkan] [subsidi ongkos kirim|potongan harga]
      [untuk|bagi] pembeli di luar Jawa.
    Pelaku usaha di {city} [mengeluhkan|menyoroti] [biaya admin|potongan komisi] platform yang
      [terus naik|dinilai memberatkan].
    | [Komisi|Biaya layanan] yang [dipungut|ditarik] platform [kini|saat ini] [mencapai|berkisar]
      {komisi} persen dari [nilai|harga] [penjualan|barang].
    [Kurir|Petugas pengantar] di {capital} [mengaku|menyebut] [harus|bisa] mengantar [hingga|lebih
      dari] {paket_kurir} paket [dalam sehari|per hari].
    Produk [makanan olahan|camilan] khas {city} [mulai|kini] [dikenal|diburu] [pembeli|konsumen]
      [dari luar daerah|di luar {prov}] [melalui|lewat] toko daring.
    Sejumlah [merek|jenama] lokal asal {prov} [tumbuh|berkembang] [pesat|cepat] [berkat|karena]
      [penjualan|pemasaran] daring.
    [Pemerintah daerah|Pemprov {prov}] [meluncurkan|menyiapkan] [program|gerakan] [belanja produk
      lokal|bangga buatan daerah] [melalui|di] [platform|lokapasar] [daring|digital].
    [Pengembalian barang|Retur] [menjadi|masih jadi] [keluhan|persoalan] [yang sering|paling banyak]
      [dilaporkan|diadukan] konsumen.
    Survei [terbaru|sebuah lembaga riset] [menunjukkan|menyebutkan] {survei_persen} persen
      [konsumen|responden] [berbelanja daring|membeli barang secara daring] [setidaknya|minimal]
      sekali sebulan.
    Bank dan perusahaan [teknologi finansial|fintech] [menawarkan|memberikan] [promo|potongan]
      [tambahan|khusus] [bagi|untuk] [pengguna|pemegang] [kartu|dompet digital] tertentu.
    """,
    body_promo="""
    Puncak transaksi terjadi {evt}, sesaat setelah promo dibuka.
    | Lonjakan pesanan paling tinggi terjadi {evt}.
    Produk {kategori}, {kategori2}, dan {kategori3} menjadi kategori yang paling banyak dibeli.
    | Kategori {kategori} menjadi yang paling laris selama promo, disusul {kategori2}.
    Produk lokal menyumbang {lokal} persen dari total transaksi.
    Perusahaan jasa pengiriman menambah {kurir} kurir untuk mengantisipasi lonjakan paket.
    | {kurir_co} [menyiagakan|menambah] {kurir} kurir di gudang-gudang sortir.
    Harbolnas pertama kali digelar pada {oldyear} dan kini diikuti lebih dari {peserta}
      platform.
    Promo berlangsung selama {dur}, dimulai sejak {ev}.
    Diskon hingga {diskon} persen ditawarkan untuk ribuan produk.
    Sistem pembayaran sempat melambat beberapa menit karena lonjakan pengunjung.
    Pengiriman ke {kota_beli} [memakan waktu|butuh] hingga {hari_kirim} hari karena
      [penumpukan paket|antrean di gudang].
    [Toko|Gerai] {kategori} milik {penjual} di {city} [kebanjiran|kebagian banyak] pesanan [selama|
      saat] promo.
    Sejumlah [toko resmi|gerai merek] [menyiapkan|menimbun] stok [sejak|mulai] {past} [untuk|demi]
      menyambut promo.
    Pengunjung [platform|aplikasi] {shop} [melonjak|naik] {kunjungan} kali lipat [dibandingkan|dari]
      hari biasa.
    Penjualan [tiket|voucher] [hotel dan pesawat|perjalanan] [juga|ikut] [meningkat|melonjak]
      selama promo.
    [Gudang|Pusat distribusi] {kurir_co} di {capital} [beroperasi|bekerja] 24 jam [selama|sepanjang]
      [puncak|masa] promo.
    Produk [paling laris|terlaris] [di {shop}|] [adalah|yaitu] {kategori2} [dengan|yang mencatat]
      [penjualan|pesanan] [hingga|lebih dari] {terjual} ribu unit.
    [Toko|Penjual] di {city} [memanfaatkan|menggunakan] siaran langsung (live shopping) untuk
      [menarik|menjaring] pembeli.
    Sebagian [pembeli|konsumen] [mengeluhkan|menyoroti] [harga|diskon] yang [dinaikkan dulu
      sebelum dipotong|tidak sesuai iklan].
    Pemerintah [ikut|turut] [mendorong|mengampanyekan] [belanja|pembelian] produk lokal [selama|
      saat] promo berlangsung.
    Lonjakan [pesanan|paket] [membuat|menyebabkan] [sejumlah|beberapa] kiriman [tertahan|menumpuk]
      di [gudang|hub] {city}.
    [Penjualan|Transaksi] [paling tinggi|terbesar] [datang|berasal] dari {kota_beli}, [disusul|
      diikuti] {kota_beli2}.
    Sejumlah [toko|penjual] di {city} [kehabisan stok|menutup pesanan] [dalam|hanya dalam]
      [beberapa jam|hitungan menit] [setelah|sejak] promo dibuka.
    [Gudang|Agen] {kurir_co} di {kecamatan} [menumpuk|dipenuhi] paket [hingga|sampai] [ke luar|
      menutupi lantai] gudang.
    [Pembayaran|Metode] [di tempat|COD] [masih|tetap] dipilih [banyak|sebagian] pembeli di luar
      kota besar.
    """,
    body_regulasi="""
    Aturan tersebut tertuang dalam {aturan}.
    Barang impor dengan harga di bawah 100 dolar AS dilarang dijual langsung oleh pedagang luar
      negeri.
    | Lokapasar wajib memastikan barang impor murah tidak dijual langsung oleh penjual asing.
    Platform media sosial tidak lagi boleh memfasilitasi transaksi pembayaran secara langsung.
    Pelanggar aturan terancam sanksi mulai dari peringatan tertulis hingga pencabutan izin
      usaha.
    Aturan ini disusun setelah pedagang di {pasar} mengeluhkan sepinya pembeli.
    Pemerintah memberi masa transisi {dur} bagi platform untuk menyesuaikan sistem.
    Platform wajib [mencantumkan|menampilkan] [izin edar|sertifikat halal|label SNI] untuk produk
      tertentu.
    Aturan ini [merevisi|menggantikan] [aturan|peraturan] sebelumnya yang [terbit|diterbitkan] pada
      {oldyear2}.
    Kementerian Perdagangan [menggelar|mengadakan] [sosialisasi|pertemuan] dengan [pelaku usaha|
      platform] di {capital} [sebelum|menjelang] aturan berlaku.
    Asosiasi pedagang [pasar|tradisional] [menyambut baik|mendukung] aturan [tersebut|itu]
      [karena|sebab] [dinilai|dianggap] [melindungi|berpihak pada] pedagang kecil.
    Platform [wajib|harus] [menunjuk|memiliki] perwakilan [hukum|resmi] [di Indonesia|dalam negeri]
      [untuk|guna] [menangani|melayani] pengaduan konsumen.
    Barang [impor|dari luar negeri] [yang dijual|yang diperdagangkan] [harus|wajib] [memenuhi|
      mematuhi] [standar|ketentuan] [yang sama|setara] dengan produk [lokal|dalam negeri].
    Pengawasan [aturan|pelaksanaan aturan] [melibatkan|akan melibatkan] Kementerian Komunikasi dan
      Informatika serta Kementerian Koperasi dan UKM.
    [Pelaku|Kalangan] [usaha|industri] [meminta|mendesak] pemerintah [membuka ruang dialog|
      melibatkan mereka] [sebelum|dalam] [menyusun|menerapkan] aturan [turunan|teknis].
    Sebagian [penjual|pedagang] [impor|barang impor] [mengaku|menyebut] [harus|perlu] [mengurus|
      melengkapi] [izin|dokumen] [baru|tambahan] [akibat|karena] aturan [ini|tersebut].
    Pemerintah [menargetkan|berharap] [porsi|pangsa] produk lokal di lokapasar [naik|meningkat]
      [menjadi|hingga] {lokal} persen.
    Aturan [serupa|sejenis] [telah|sudah] [diterapkan|berlaku] di [sejumlah|beberapa] negara
      [tetangga|Asia Tenggara].
    """,
    body_penipuan="""
    Pelaku [menawarkan|memasang iklan] {barang_tipu} dengan harga jauh di bawah pasaran.
    Korban diminta mentransfer uang ke rekening atas nama orang lain sebelum barang dikirim.
    | Setelah uang ditransfer, pelaku [memblokir nomor korban|menghilang] dan barang tidak pernah
      dikirim.
    Polisi menyita {ponsel} telepon genggam, [buku tabungan|kartu ATM], dan {simcard} kartu SIM
      dari para tersangka.
    Para tersangka [dijerat|dikenai] Undang-Undang Informasi dan Transaksi Elektronik dengan
      ancaman hingga enam tahun penjara.
    Modus {modus_tipu} [makin marak|banyak dilaporkan] dalam [beberapa bulan terakhir|setahun
      terakhir].
    Jumlah korban [diperkirakan|diduga] mencapai {korban_tipu} orang dari berbagai daerah.
    Sindikat itu [dikendalikan|beroperasi] dari sebuah rumah kontrakan di {desa}.
    {shop} [mengimbau|meminta] pengguna tidak bertransaksi di luar aplikasi.
    Salah satu korban, {penjual}, [mengaku|menyebut] [kehilangan|tertipu] Rp {kerugian} juta
      [setelah|
      karena] [mengklik tautan|mentransfer uang] [yang dikirim|dari] pelaku.
    Pelaku [menggunakan|memakai] [akun|identitas] [palsu|curian] dan [berpindah-pindah|mengganti]
      nomor telepon untuk [menghindari|mengelabui] [petugas|polisi].
    [Uang hasil penipuan|Hasil kejahatan] [digunakan|dipakai] pelaku [untuk|buat] [membeli|
      berfoya-foya membeli] {barang_tipu} dan [kebutuhan sehari-hari|bermain judi daring].
    Kasus [ini|tersebut] [terungkap|terbongkar] [setelah|berawal dari] laporan [seorang|salah satu]
      korban [asal|warga] {kota_beli}.
    Polisi [melacak|menelusuri] [keberadaan|lokasi] pelaku [melalui|lewat] [rekening|transaksi]
      [bank|perbankan] yang digunakan.
    [Sebagian|Beberapa] [tersangka|pelaku] [merupakan|adalah] residivis kasus [serupa|penipuan].
    Otoritas Jasa Keuangan (OJK) [meminta|mengimbau] [masyarakat|konsumen] [melapor|segera melapor]
      [jika|bila] [menjadi korban|menemukan] [penipuan|kejahatan] [daring|siber].
    [Bank|Pihak bank] [memblokir|membekukan] {rekening} rekening yang [diduga|terindikasi]
      [dipakai|digunakan] [menampung|menerima] uang korban.
    Penyidik [masih|terus] [memburu|mengejar] {buron} pelaku lain yang [masuk|tercatat dalam]
      daftar pencarian orang (DPO).
    Korban [mengaku|menyebut] [tertarik|tergiur] [karena|sebab] harga {barang_tipu} [yang
      ditawarkan|di iklan] jauh lebih murah.
    """,
    quotes="""
    Kami melihat antusiasme konsumen terhadap produk lokal terus meningkat
    Perlindungan konsumen harus berjalan seiring pertumbuhan perdagangan daring
    UMKM harus didorong masuk ekosistem digital agar tidak tertinggal
    Pengawasan akan dilakukan bersama kementerian dan lembaga terkait
    [Pelaku usaha|UMKM] di {prov} [harus|perlu] [didampingi|dibina] agar [bisa bersaing|naik kelas]
      di pasar digital
    [Kami|Pemerintah] [terus|akan] [memantau|mengawasi] perdagangan daring [bersama|dengan] platform
    [Kami|Platform] [terus|selalu] [memperbarui|meningkatkan] sistem keamanan [untuk|demi]
      [melindungi|menjaga] [pengguna|konsumen]
    [Produk|Barang] [buatan|dari] {city} [punya|memiliki] [potensi|peluang] besar di pasar daring
    [Kami|Pemerintah] [ingin|mau] [UMKM|pelaku usaha kecil] [menjadi|jadi] tuan rumah di negeri
      sendiri
    [Pengaduan|Laporan] konsumen [akan|pasti] kami [tindak lanjuti|proses] [dengan cepat|segera]
    """,
    quotes_promo="""
    Sistem kami siap menampung lonjakan pengunjung hingga lima kali lipat
    Tahun ini kami menargetkan transaksi tumbuh dua digit
    Kami menambah armada agar paket sampai tepat waktu
    [Puncak|Lonjakan] [pesanan|transaksi] [terjadi|kami catat] [dalam|di] [jam|menit] pertama promo
    """,
    quotes_regulasi="""
    Aturan ini untuk melindungi produk dalam negeri dari serbuan barang impor murah
    Kami akan menyesuaikan sistem sesuai ketentuan yang berlaku
    Kami minta aturan ini diterapkan bertahap agar pelaku usaha tidak kaget
    [Aturan|Regulasi] ini [sudah|telah] [melalui|dibahas dalam] [kajian|konsultasi publik] [panjang|
      yang melibatkan banyak pihak]
    """,
    quotes_penipuan="""
    Jangan mudah tergiur harga murah dan selalu bertransaksi di dalam aplikasi
    Para tersangka sudah beraksi lebih dari setahun
    Kami masih memburu pelaku lain yang terlibat
    [Modusnya|Cara pelaku] [terus berkembang|selalu berubah], [masyarakat|warga] [harus|perlu]
      [lebih waspada|berhati-hati]
    """,
    voices="""
    Saya sudah menyiapkan daftar belanja sejak sepekan sebelum promo
    Pesanan di toko saya naik tiga kali lipat dibanding hari biasa
    Paket saya baru sampai setelah seminggu, padahal dijanjikan dua hari
    Berjualan daring membuat usaha kecil saya bisa menjangkau pembeli di luar kota
    Uang saya sudah ditransfer, tapi barangnya tidak pernah datang
    [Sekarang|Kini] pembeli [saya|kami] [datang|berasal] dari {kota_beli}, [dulu|sebelumnya] hanya
      [tetangga|warga sekitar]
    """,
    views="""
    Pertumbuhan transaksi belum tentu berarti platform sudah untung
    Regulasi harus adil bagi pedagang luring maupun daring
    Perlindungan data pribadi konsumen perlu mendapat perhatian lebih
    UMKM butuh pendampingan, bukan sekadar diajak berjualan di platform
    Literasi digital masyarakat masih rendah sehingga penipuan mudah terjadi
    """,
    lists="""
    [Pelaku UMKM|Penjual] di {city} yang [ikut|turut] [merasakan|mencatat] [lonjakan pesanan|
      kenaikan omzet] antara lain {daftar}.
    [Merek|Jenama] lokal asal {city} yang [laris|banyak dicari] [selama|di] [promo|lokapasar]
      antara lain {daftar2}.
    """,
    crowd="""
    [Pembeli|Konsumen] yang ditemui di {city}, [seperti|antara lain] {crowd}, [mengaku|menyebut]
      [lebih sering|kini lebih suka] berbelanja [lewat|melalui] aplikasi.
    """,
)

genre(
    "kesehatan",
    titles="""
    Kasus {disease_short} di {city} Capai {kasus} Orang, {mati} Meninggal
    Dinkes {provk} Tetapkan KLB {disease_short}
    Kemenkes Kirim Tim ke {city} untuk Tangani {disease_short}
    {rsud} Kewalahan Tangani Pasien {disease_short}
    Kasus {disease_short} Melonjak, Warga {city} Diminta Waspada
    {head} Tetapkan Status KLB {disease_short}
    Pasien {disease_short} di {city} Didominasi Anak-anak
    {puskesmas_nama} Buka Posko {disease_short} 24 Jam
    """,
    leads="""
    Dinas Kesehatan {prov} mencatat {kasus} kasus {disease} di {city} sejak awal {yr}, {mati} di
      antaranya meninggal dunia.
    | Sebanyak {kasus} warga {kab} terjangkit {disease} sepanjang {yr}, dan {mati} orang
      meninggal.
    {pemkab} menetapkan status kejadian luar biasa (KLB) {disease}, {ev}.
    Kementerian Kesehatan mengirim tim ke {city}, {prov}, untuk menangani lonjakan kasus
      {disease} yang tercatat sejak {recent}.
    Jumlah pasien {disease} yang dirawat di {rsud} terus bertambah hingga {pub}.
    Lonjakan kasus {disease} di {kecamatan}, {kab}, membuat {puskesmas_nama} kewalahan.
    """,
    body="""
    Jumlah kasus itu meningkat tajam dibandingkan {period} yang hanya {kasuslama} kasus.
    | Pada {period}, kasus yang tercatat hanya {kasuslama}.
    Sebagian besar pasien merupakan anak-anak berusia di bawah {usia} tahun.
    Sebanyak {rawat} pasien masih menjalani perawatan di {rsud}.
    | Hingga {pub}, {rawat} pasien masih dirawat inap di {rsud} dan sejumlah puskesmas.
    Rumah sakit menambah {bed} tempat tidur untuk menampung pasien.
    | {rsud} [membuka|menyiapkan] ruang rawat tambahan dengan {bed} tempat tidur.
    Kasus pertama dilaporkan pada {recent} di {kecamatan}.
    Kemenkes menyiapkan anggaran Rp {anggaran} miliar untuk penanganan.
    Status KLB berlaku selama {dur} dan akan dievaluasi {future}.
    Petugas puskesmas melakukan penyelidikan epidemiologi di {rumahdata} rumah warga.
    | Penyelidikan epidemiologi dilakukan dengan mendatangi {rumahdata} rumah di sekitar tempat
      tinggal pasien.
    Kasus terbanyak ditemukan di {kecamatan} dan {kecamatan2}.
    Pasien yang meninggal umumnya terlambat dibawa ke fasilitas kesehatan.
    Dinas kesehatan membuka posko pengaduan [24 jam|] di {puskesmas} puskesmas.
    Biaya perawatan pasien ditanggung BPJS Kesehatan dan pemerintah daerah.
    Tenaga kesehatan dari {capital} [diperbantukan|dikirim] ke {city} untuk menangani pasien.
    Sampel dari pasien dikirim ke laboratorium kesehatan daerah di {capital} untuk diperiksa.
    Gejala yang dikeluhkan pasien antara lain {gejala1}, {gejala2}, dan {gejala3}.
    | Pasien umumnya datang dengan keluhan {gejala1} dan {gejala2}.
    Salah satu pasien, {pasien1}, [dirawat|menjalani perawatan] di ruang isolasi {rsud} sejak
      {ev_prev}.
    Kegiatan belajar di {sekolah_nama} [sempat dihentikan|diliburkan] setelah [belasan|puluhan]
      siswanya jatuh sakit.
    Kader posyandu di {desa} [dilibatkan|dikerahkan] untuk mendata warga yang bergejala.
    Stok obat {obat} di puskesmas [dipastikan cukup|ditambah] untuk {dur} ke depan.
    Dinas kesehatan [meminta|menginstruksikan] seluruh puskesmas melaporkan kasus baru [setiap
      hari|dalam 24 jam].
    {puskesmas_nama} [mencatat|melaporkan] [lonjakan|peningkatan] [kunjungan|pasien] [hingga|sampai]
      [dua kali lipat|tiga kali lipat] [dibandingkan|dari] hari biasa.
    | [Kunjungan pasien|Jumlah pasien] di {puskesmas_nama} [melonjak|naik tajam] [sejak|mulai]
      {ev_prev}.
    Warga {dusun} [menjadi|merupakan] [kelompok|kawasan] dengan [kasus|penderita] terbanyak di
      {desa}.
    Pemerintah {kab} [mengerahkan|menurunkan] [petugas|tenaga kesehatan] ke {desa} [untuk|guna]
      [pemeriksaan|skrining] [massal|dari rumah ke rumah].
    [Ruang|Bangsal] [anak|rawat inap] di {rsud} [penuh|terisi penuh] sehingga [sebagian|beberapa]
      pasien [dirawat|ditempatkan] di [lorong|selasar].
    Kepala {puskesmas_nama} [meminta|mengimbau] warga [segera|tidak menunda] [memeriksakan diri|
      berobat] [jika|bila] [mengalami|merasakan] {gejala1}.
    Dinas Kesehatan {prov} [mengirim|menyalurkan] [bantuan|tambahan] {obat} [dan|serta] [alat|
      logistik] kesehatan ke {kab}.
    Tingkat kematian (case fatality rate) [akibat|karena] {disease} di {kab} [mencapai|tercatat]
      {cfr} persen.
    Dinas kesehatan [melatih|membekali] kader [posyandu|kesehatan] di {kecamatan} [untuk|agar bisa]
      [mengenali|mendeteksi] gejala [sejak dini|lebih awal].
    Pasien [rujukan|yang dirujuk] dari {puskesmas_nama} [dibawa|diantar] ke {rsud} [menggunakan|
      dengan] ambulans desa.
    Sebagian [warga|orangtua] [memilih|lebih dulu] [berobat|membawa anaknya] ke [dukun|pengobatan
      tradisional] sebelum ke puskesmas.
    | [Keterlambatan|Terlambatnya] [penanganan|rujukan] [membuat|menyebabkan] kondisi [sejumlah|
      beberapa] pasien [memburuk|kritis].
    Kasus [serupa|yang sama] juga [dilaporkan|ditemukan] di [kabupaten|daerah] [tetangga|sekitar],
      [yakni|seperti] {kab2}.
    Pemerintah {kab} [mengalokasikan|menggeser] anggaran [belanja tidak terduga|darurat] [sebesar|
      senilai] Rp {btt} juta [untuk|bagi] penanganan kasus.
    Kementerian Kesehatan [mengirim|menerjunkan] epidemiolog [untuk|guna] [menelusuri|melacak]
      [asal|sumber] penularan di {kecamatan}.
    Tenaga kesehatan di {puskesmas_nama} [mengaku|menyebut] [kewalahan|harus bekerja lembur]
      [melayani|menangani] pasien yang terus berdatangan.
    [Sebagian|Beberapa] sekolah di {kecamatan} [meliburkan|memulangkan lebih awal] siswa [untuk|
      demi] [mencegah|menekan] penularan.
    Warga [diminta|diimbau] [tidak|jangan] [membeli|mengonsumsi] obat [sembarangan|tanpa resep]
      [dan|serta] [segera|langsung] ke fasilitas kesehatan.
    [Laporan|Data] kasus [harian|mingguan] [diumumkan|dipublikasikan] [melalui|di] [laman|akun
      media sosial] Dinas Kesehatan {kab}.
    Dokter spesialis anak di {rsud} [menyebut|mengatakan] [sebagian besar|kebanyakan] pasien
      [datang|tiba] dalam kondisi [dehidrasi|lemah].
    Program [pencegahan|penanggulangan] [penyakit|{disease_short}] [di {kab}|] [selama
      ini|sebelumnya]
      [terkendala|terhambat] [anggaran|minimnya tenaga kesehatan].
    """,
    body_dbd="""
    Fogging dilakukan di {kec} kecamatan dengan kasus terbanyak sejak {ev}.
    | Pengasapan (fogging) [digelar|dilakukan] di lingkungan tempat tinggal pasien sejak {ev}.
    Dinas kesehatan mengimbau warga menerapkan gerakan 3M: menguras, menutup, dan mendaur ulang.
    Angka bebas jentik di {kab} baru mencapai {abj} persen, di bawah target nasional 95 persen.
    Musim hujan membuat genangan air menjadi tempat berkembang biak nyamuk Aedes aegypti.
    Bubuk abate dibagikan gratis kepada warga untuk ditaburkan di bak mandi.
    Juru pemantau jentik (jumantik) [diaktifkan kembali|dikerahkan] di setiap RT.
    Kebutuhan darah untuk pasien [meningkat|melonjak], sehingga PMI [menggelar|membuka] donor
      darah.
    [Genangan|Tumpukan sampah] di [selokan|saluran air] {dusun} [diduga|disebut] menjadi [sarang|
      tempat berkembang biak] nyamuk.
    Trombosit [sejumlah|beberapa] pasien [turun|anjlok] [hingga|sampai] di bawah {trombosit} ribu.
    Puncak kasus DBD [biasanya|umumnya] terjadi [pada|saat] [awal|pertengahan] musim hujan.
    Kasus DBD [banyak|paling banyak] [ditemukan|terjadi] di [permukiman padat|kawasan padat
      penduduk] [seperti|misalnya] {dusun}.
    Warga [bergotong royong|kerja bakti] membersihkan [saluran air|selokan] dan [barang bekas|
      tempat penampungan air] di {desa}.
    Pemerintah [menyebarkan|menebar] [ikan pemakan jentik|ikan cupang] ke [kolam|bak penampungan]
      [warga|] di {kecamatan}.
    """,
    body_imunisasi="""
    Vaksinasi massal ditargetkan menjangkau {sasaran} anak dalam {dur}.
    | Imunisasi kejar (outbreak response immunization) digelar untuk {sasaran} anak.
    Cakupan imunisasi dasar lengkap di {kab} baru mencapai {cakupan} persen.
    Sebagian orangtua menolak anaknya diimunisasi karena termakan kabar bohong.
    Petugas mendatangi sekolah dan posyandu untuk memberikan vaksin.
    Pasien dirawat di ruang isolasi untuk mencegah penularan.
    Tokoh agama [dilibatkan|diajak] untuk meyakinkan orangtua yang ragu.
    Vaksin [dikirim|didistribusikan] dari gudang farmasi provinsi di {capital}.
    Siswa {sekolah_nama} [menjadi|termasuk] [sasaran|kelompok] pertama [imunisasi|vaksinasi] [di|
      untuk wilayah] {kecamatan}.
    [Sebagian besar|Mayoritas] pasien [diketahui|tercatat] [belum|tidak] [pernah|] mendapat
      imunisasi [lengkap|dasar].
    Penyakit [ini|tersebut] [menular|menyebar] [melalui|lewat] [percikan ludah|udara] [saat|ketika]
      penderita [batuk|bersin].
    Posyandu di {desa} [membuka|menambah] jadwal [imunisasi|vaksinasi] [hingga|sampai] [akhir
      pekan|sore hari].
    Ketersediaan vaksin [di gudang farmasi|untuk {kab}] [dipastikan|disebut] [cukup|mencukupi]
      [hingga|sampai] {future}.
    Cakupan imunisasi [sempat|] [turun|menurun] [selama|saat] [pandemi|beberapa tahun terakhir]
      [karena|sebab] [posyandu tutup|layanan terganggu].
    """,
    body_air="""
    Dugaan sementara, penularan terjadi melalui air minum yang tercemar.
    | Sumber air warga diduga tercemar bakteri setelah [banjir|musim kemarau panjang].
    Petugas mengambil {sampel} sampel air dari sumur warga untuk diperiksa di laboratorium.
    Warga diminta merebus air hingga mendidih sebelum diminum.
    Sebagian warga di {desa} masih buang air besar sembarangan di sungai.
    Kaporit dibagikan untuk menjernihkan sumur warga.
    Sebagian pasien [diduga|disebut] tertular setelah [menyantap makanan|minum air] di
      [sebuah hajatan|warung] di {desa}.
    Pemerintah [mempercepat|menyiapkan] pembangunan [jamban sehat|sarana air bersih] di {desa}.
    [Sumur|Sumber air] di {dusun} [diduga|terbukti] [tercemar|terkontaminasi] bakteri E. coli
      [berdasarkan|menurut] hasil laboratorium.
    Sumber air [bersih|minum] di {desa} [selama ini|sejak lama] [berasal dari|mengandalkan]
      [sumur gali|mata air|sungai].
    Musim kemarau [membuat|menyebabkan] [pasokan|ketersediaan] air bersih di {kecamatan}
      [menipis|berkurang].
    Petugas [sanitasi|kesehatan lingkungan] [memeriksa|menguji] [kualitas|mutu] air [di|pada]
      {sampel} [titik|sumur].
    [Pedagang|Penjual] makanan di [sekitar|dekat] {sekolah_nama} [diperiksa|diawasi] petugas
      [untuk|guna] [memastikan|menjamin] kebersihan makanan.
    """,
    quotes="""
    Kami minta masyarakat segera ke fasilitas kesehatan jika muncul gejala
    Kasusnya memang meningkat, tetapi penanganan sudah kami lakukan sejak awal
    Obat dan logistik masih mencukupi untuk beberapa pekan ke depan
    Kunci pencegahannya ada pada kebersihan lingkungan
    Status KLB memudahkan kami menggerakkan anggaran dan tenaga kesehatan
    Tidak perlu panik, tetapi tetap waspada
    Semua pasien ditangani tanpa dipungut biaya
    Kami sudah menambah ruang perawatan dan tenaga medis
    [Tim kami|Petugas] [sudah|telah] [turun|bergerak] ke {desa} [sejak|mulai] kasus pertama
      [dilaporkan|ditemukan]
    Warga {village} [kami minta|diminta] [segera|tidak ragu] [memeriksakan diri|datang] ke
      {puskesmas_nama}
    [Kami|Dinas] [sudah|telah] [menyiapkan|menyediakan] [ruang isolasi|ruang perawatan khusus] di
      {rsud}
    [Jangan|Tolong jangan] [tunggu|menunggu] [parah|sakit berat], [segera|langsung] bawa ke
      puskesmas
    [Data|Angka] [ini|kasus] [masih|terus] [bergerak|bertambah], kami [perbarui|update] setiap hari
    """,
    voices="""
    Anak saya demam tinggi tiga hari, lalu dibawa ke puskesmas
    Di kampung kami sudah banyak yang sakit, tetangga saya juga dirawat
    Kami khawatir karena anak-anak masih kecil
    Petugas baru datang setelah ada yang meninggal
    Ruang rawatnya penuh, anak saya sempat dirawat di lorong
    [Anak saya|Cucu saya] [dirawat|opname] di {rsud} [sudah|sejak] [tiga|empat] hari, [belum|masih
      belum] [sembuh|turun panasnya]
    """,
    views="""
    Surveilans di tingkat puskesmas harus diperkuat agar lonjakan kasus cepat terdeteksi
    Penanganan tidak cukup di rumah sakit, sumber penularan harus diputus
    Kesadaran masyarakat menjadi kunci, pemerintah tidak bisa bekerja sendiri
    Data kasus perlu dibuka agar warga bisa waspada
    Anggaran pencegahan jauh lebih murah daripada biaya pengobatan
    """,
    lists="""
    [Sejumlah|Beberapa] pasien yang [masih dirawat|dirawat] di {rsud} [antara lain|di antaranya]
      {daftar}.
    Tim [dokter|medis] yang [menangani|merawat] pasien di {rsud} [dipimpin|dikoordinasikan] dr
      {daftar2}.
    """,
    crowd="""
    Orangtua pasien di {rsud}, [seperti|antara lain] {crowd}, [mengaku|menyebut] anak mereka
      [mulai sakit|mengeluh {gejala1}] sejak {ev_prev}.
    """,
    body_keracunan="""
    [Ratusan|Puluhan] warga {desa} [mengalami|menderita] [mual, muntah, dan diare|gejala keracunan]
      setelah menyantap [hidangan|makanan] di [acara hajatan|pesta pernikahan|kenduri] {ev}.
    | Keracunan [massal|] [terjadi|bermula] setelah warga [menyantap|mengonsumsi] [nasi kotak|
      makanan] yang [dibagikan|disajikan] di [acara|kegiatan] {acara}.
    Menu yang [disajikan|dihidangkan] [antara lain|berupa] {menu1}, {menu2}, dan [sayur|sambal].
    Sampel [makanan|muntahan] [dikirim|dibawa] ke laboratorium [Balai Besar POM|kesehatan daerah] di
      {capital} untuk [diuji|diperiksa].
    Polisi [memeriksa|meminta keterangan] [penyedia katering|juru masak] [acara|hajatan] [tersebut|
      itu].
    [Korban|Warga yang keracunan] [dilarikan|dibawa] ke {puskesmas_nama} dan {rsud} [menggunakan|
      dengan] [mobil bak terbuka|ambulans dan kendaraan pribadi].
    [Sebagian|Beberapa] korban [sudah|telah] diperbolehkan pulang setelah [menjalani|mendapat]
      perawatan [sehari|beberapa jam].
    Makanan [diduga|disebut] [sudah basi|tercemar bakteri] karena [dimasak|disiapkan] [sejak malam
      sebelumnya|terlalu lama sebelum disajikan].
    Dinas kesehatan [mengimbau|meminta] [penyelenggara hajatan|penyedia katering] [memperhatikan|
      menjaga] kebersihan [dapur|pengolahan makanan].
    Kejadian [ini|tersebut] [ditetapkan|dinyatakan] sebagai kejadian luar biasa keracunan pangan.
    [Mushala|Balai desa] {village} [dijadikan|difungsikan sebagai] tempat perawatan darurat karena
      [ruang puskesmas|tempat tidur] tidak mencukupi.
    Pemilik [hajatan|acara], {pemilik_hajat}, [mengaku|menyebut] [tidak menyangka|terkejut]
      [makanan|
      hidangan] [yang disajikannya|dari acaranya] [membuat|menyebabkan] [banyak|ratusan] orang
      sakit.
    """,
)


# Words the templates write in lower case: a sentence starting with one of them can be
# lower-cased when it is reported ("Menurut Dwi, pesawat ...").
LOWER_WORDS = frozenset(
    w
    for pool in [
        COMMON,
        LOCAL,
        LOCAL_CITY,
        QUOTE_FORMS,
        *(p for g in GENRES.values() for p in g.values()),
    ]
    for group in pool
    for t in group
    for w in re.findall(r"(?<![{\w])[a-z][a-z-]+", t)
) | set(
    words(
        "sebanyak sedikitnya hingga sejak selain sebelumnya saat pada dari dalam para yang"
        " intinya prinsipnya sejauh untuk jadi tentu perlu pokoknya terus jujur"
    )
)

# Words the templates write capitalized in mid-sentence and never in lower case: names.
PROPER = frozenset(
    w
    for pool in [
        COMMON,
        LOCAL,
        LOCAL_CITY,
        *(p for g in GENRES.values() for part, p in g.items() if not part.startswith("titles")),
    ]
    for group in pool
    for t in group
    for w in re.findall(r"(?<=[\w,)] )[A-Z][a-z][\w-]*", re.sub(r"\{\w+\}", "X", t))
    if w.lower() not in LOWER_WORDS
) | set(
    words(
        "Harbolnas Kemenhub Kemenkes Kemendag Kemensos Komdis Organda Pemprov Polres Ombudsman"
        " Disnaker Presiden Panpel Dinkes"
    )
)

# Titles of officials who speak in a genre, drawn per story; filled with the story's slots.
ROLES = {
    "bencana": (
        "Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB",
        "Kepala Pelaksana BPBD {prov}",
        "Kepala Pelaksana BPBD {kab}",
        "{head}",
        "Kepala Kantor SAR {capital}",
        "Gubernur {prov}",
        "Kepala Dinas Sosial {prov}",
        "Kapolres {city}",
        "Camat {kec_name}",
        "{kades}",
        "Kepala BNPB",
        "Komandan Kodim {city}",
    ),
    "penerbangan": (
        "Kepala Basarnas",
        "Direktur Operasi Basarnas",
        "Ketua KNKT",
        "Investigator KNKT",
        "Menteri Perhubungan",
        "Direktur Jenderal Perhubungan Udara",
        "Direktur Utama {airline}",
        "Kepala Komunikasi Korporat {airline}",
        "General Manager Bandara {airport}",
        "Kepala Pusat Kedokteran dan Kesehatan Polri",
        "Kepala Dinas Penerangan TNI AL",
        "Kepala Kantor SAR {capital}",
    ),
    "bbm": (
        "Corporate Secretary Pertamina Patra Niaga",
        "Direktur Utama PT Pertamina",
        "Menteri Energi dan Sumber Daya Mineral",
        "Kepala BPH Migas",
        "Ketua Organda {prov}",
        "Menteri Keuangan",
        "Area Manager Communication Pertamina Patra Niaga wilayah {prov}",
        "Kepala Dinas Perhubungan {prov}",
        "Ketua Hiswana Migas {prov}",
        "Menteri Koordinator Bidang Perekonomian",
        "Gubernur {prov}",
    ),
    "bps": (
        "Deputi Bidang Statistik Distribusi dan Jasa BPS",
        "Deputi Bidang Neraca dan Analisis Statistik BPS",
        "Menteri Keuangan",
        "Gubernur Bank Indonesia",
        "Kepala Perwakilan Bank Indonesia {prov}",
        "Kepala Biro Perekonomian Setda {prov}",
        "Menteri Perdagangan",
        "Kepala Dinas Perindustrian dan Perdagangan {prov}",
    ),
    "politik": (
        "Ketua {kpu}",
        "Komisioner {kpu}",
        "Ketua Bawaslu {where}",
        "Sekretaris Jenderal {party}",
        "Ketua DPD {party} {prov}",
        "Ketua {dprd}",
        "Menteri Dalam Negeri",
        "Ketua tim pemenangan {cand}",
        "kuasa hukum pasangan {rival}",
        "Kapolda {provk}",
    ),
    "pengadilan": (
        "Juru Bicara {penuntut}",
        "Kepala Seksi Penerangan Hukum Kejati {provk}",
        "kuasa hukum {def_}",
        "pimpinan {penuntut}",
        "Humas Pengadilan Negeri {capital}",
        "peneliti Indonesia Corruption Watch (ICW)",
    ),
    "olahraga": (
        "kapten {club}",
        "manajer {club}",
        "gelandang {club}",
        "Direktur Operasional PT Liga Indonesia Baru",
        "Ketua Panitia Pelaksana Pertandingan {club}",
        "Kapolres {city}",
        "manajer {club2}",
    ),
    "ecommerce": (
        "Ketua Umum Asosiasi E-commerce Indonesia (idEA)",
        "Menteri Perdagangan",
        "Direktur Jenderal Perlindungan Konsumen dan Tertib Niaga Kemendag",
        "Menteri Koperasi dan UKM",
        "Head of Public Affairs {shop}",
        "Presiden Direktur {shop}",
        "Kepala Komunikasi {shop}",
        "Menteri Komunikasi dan Informatika",
        "Ketua Yayasan Lembaga Konsumen Indonesia (YLKI)",
        "Kepala Dinas Koperasi dan UMKM {prov}",
    ),
    "kesehatan": (
        "Menteri Kesehatan",
        "Kepala Dinas Kesehatan {prov}",
        "Kepala Dinas Kesehatan {kab}",
        "Direktur {rsud}",
        "Direktur Pencegahan dan Pengendalian Penyakit Menular Kemenkes",
        "Juru Bicara Kementerian Kesehatan",
        "{head}",
        "Kepala Puskesmas {kec_name}",
        "Kepala Bidang Pencegahan dan Pengendalian Penyakit Dinkes {kab}",
    ),
}
# People a story happened to ({name}, {age} filled in), and analysts' fields.
VOICES = {
    "bencana": (
        "{name} ({age}), warga {desa}",
        "{name} ({age}), pengungsi di {shelter}",
        "{name} ({age}), korban selamat asal {desa}",
    ),
    "penerbangan": (
        "{name} ({age}), kerabat salah seorang penumpang",
        "{name}, orangtua salah seorang awak kabin",
        "{name} ({age}), warga {desa}",
    ),
    "penerbangan_insiden": (
        "{name} ({age}), salah seorang penumpang {airline} {flight}",
        "{name} ({age}), penumpang asal {dest}",
        "{name} ({age}), calon penumpang di Bandara {airport}",
    ),
    "bbm": (
        "{name} ({age}), pengemudi ojek daring di {capital}",
        "{name} ({age}), sopir angkot di {capital}",
        "{name}, pemilik warung di {city}",
        "{name} ({age}), nelayan di {city}",
    ),
    "bps": ("{name} ({age}), pedagang di {pasar}", "{name} ({age}), ibu rumah tangga di {capital}"),
    "politik": (
        "{name} ({age}), pemilih di {desa}",
        "{name}, pendukung pasangan {cand}",
        "{name} ({age}), petugas KPPS di {desa}",
    ),
    "pengadilan": (
        "{name}, koordinator Masyarakat Antikorupsi {provk}",
        "{name} ({age}), warga {kab} yang mengikuti sidang",
    ),
    "olahraga": ("{name} ({age}), suporter {club}", "{name}, anggota {supporter}"),
    "ecommerce": (
        "{name} ({age}), pembeli asal {city}",
        "{name}, pemilik toko daring di {city}",
        "{name} ({age}), kurir di {capital}",
    ),
    "kesehatan": (
        "{name} ({age}), orangtua pasien di {rsud}",
        "{name} ({age}), warga {desa}",
        "{name}, kader posyandu di {desa}",
    ),
}
ANALYSTS = {
    "bencana": ("ahli geologi", "pakar kebencanaan", "peneliti hidrologi"),
    "penerbangan": ("pengamat penerbangan", "pakar keselamatan penerbangan"),
    "bbm": ("pengamat energi", "ekonom"),
    "bps": ("ekonom", "peneliti ekonomi"),
    "politik": ("pengamat politik", "peneliti politik"),
    "pengadilan": ("pakar hukum pidana", "pengamat hukum"),
    "olahraga": ("pengamat sepak bola",),
    "ecommerce": ("pengamat ekonomi digital", "ekonom"),
    "kesehatan": ("epidemiolog", "pakar kesehatan masyarakat"),
}
UNIVERSITIES = (
    "Universitas Indonesia",
    "Universitas Gadjah Mada",
    "Institut Teknologi Bandung",
    "Universitas Airlangga",
    "IPB University",
    "Universitas Brawijaya",
    "Universitas Sebelas Maret",
    "Universitas Padjadjaran",
)

AIRLINES = (
    ("Lion Air", "JT"),
    ("Sriwijaya Air", "SJ"),
    ("Garuda Indonesia", "GA"),
    ("Wings Air", "IW"),
    ("Citilink", "QG"),
    ("Batik Air", "ID"),
    ("Trigana Air", "IL"),
    ("NAM Air", "IN"),
    ("Susi Air", "SI"),
)
AIRCRAFT = (
    "Boeing 737 MAX 8",
    "Boeing 737-500",
    "Airbus A320",
    "ATR 72-600",
    "Boeing 737-800",
    "ATR 42-500",
    "Boeing 737-300",
)
SEAS = (
    "perairan Tanjung Karawang",
    "perairan Kepulauan Seribu",
    "Selat Makassar",
    "perairan Teluk Bone",
    "Selat Sunda",
    "Laut Jawa",
    "perairan Pulau Bangka",
    "Laut Banda",
    "perairan Selat Bali",
)
FUELS = ("Pertalite", "Pertamax", "Pertamax Turbo", "Dexlite", "Solar", "Pertamina Dex")
PARTIES = (
    "PDI-P",
    "Golkar",
    "Gerindra",
    "PKB",
    "Nasdem",
    "PKS",
    "Demokrat",
    "PAN",
    "PPP",
    "Hanura",
    "Perindo",
)
SURVEYS = (
    "Lingkar Survei Nusantara",
    "Pusat Kajian Opini Publik",
    "Lembaga Riset Suara Rakyat",
    "Indeks Politika Nusantara",
    "Jaringan Survei Daerah",
    "Cakra Data Indonesia",
)
CAREERS = (
    "wakil gubernur",
    "anggota DPR",
    "wali kota dua periode",
    "bupati",
    "pengusaha properti",
    "rektor universitas negeri",
    "perwira tinggi TNI",
    "ketua DPRD",
    "birokrat di pemerintah provinsi",
    "pengusaha tambang",
)
# (club, stadium, province, regency or city, supporters)
CLUBS = (
    ("Persib Bandung", "Gelora Bandung Lautan Api", "Jawa Barat", "Kota Bandung", "Bobotoh"),
    ("Persija Jakarta", "Gelora Bung Karno", "DKI Jakarta", "Kota Jakarta Pusat", "The Jakmania"),
    ("Arema FC", "Kanjuruhan", "Jawa Timur", "Malang", "Aremania"),
    ("Persebaya Surabaya", "Gelora Bung Tomo", "Jawa Timur", "Kota Surabaya", "Bonek"),
    ("PSM Makassar", "Gelora BJ Habibie", "Sulawesi Selatan", "Kota Parepare", "The Macz Man"),
    ("Bali United", "Kapten I Wayan Dipta", "Bali", "Gianyar", "Semeton Dewata"),
    ("PSS Sleman", "Maguwoharjo", "DI Yogyakarta", "Sleman", "Brigata Curva Sud"),
    ("Borneo FC", "Segiri", "Kalimantan Timur", "Kota Samarinda", "Pusamania"),
    ("Madura United", "Gelora Ratu Pamelingan", "Jawa Timur", "Pamekasan", "K-Conk Mania"),
    ("Persik Kediri", "Brawijaya", "Jawa Timur", "Kota Kediri", "Persikmania"),
    ("PSIS Semarang", "Jatidiri", "Jawa Tengah", "Kota Semarang", "Panser Biru"),
    ("Persis Solo", "Manahan", "Jawa Tengah", "Kota Surakarta", "Pasoepati"),
    ("Persita Tangerang", "Indomilk Arena", "Banten", "Tangerang", "La Viola"),
    ("Barito Putera", "Demang Lehman", "Kalimantan Selatan", "Banjar", "Bartman"),
    ("Semen Padang", "Haji Agus Salim", "Sumatera Barat", "Kota Padang", "The Kmers"),
    (
        "Sriwijaya FC",
        "Gelora Sriwijaya Jakabaring",
        "Sumatera Selatan",
        "Kota Palembang",
        "Singa Mania",
    ),
    ("Persipura Jayapura", "Mandala", "Papua", "Kota Jayapura", "Persipuramania"),
    ("Persela Lamongan", "Surajaya", "Jawa Timur", "Lamongan", "LA Mania"),
)
SHOPS = ("Tokopedia", "Shopee", "Bukalapak", "Lazada", "Blibli", "JD.ID", "Zalora", "Bhinneka")
DISEASES = {
    "dbd": ("demam berdarah dengue (DBD)", "DBD"),
    "imunisasi": ("campak", "difteri", "polio"),
    "air": ("diare", "hepatitis A", "kolera"),
    "keracunan": ("keracunan makanan",),
}
CRIMES = (
    ("korupsi pengadaan alat kesehatan", "Korupsi Alkes"),
    ("suap perizinan proyek", "Suap Perizinan"),
    ("korupsi dana desa", "Korupsi Dana Desa"),
    ("korupsi pembangunan jalan", "Korupsi Proyek Jalan"),
    ("korupsi dana hibah", "Korupsi Dana Hibah"),
    ("suap pengadaan barang dan jasa", "Suap Pengadaan"),
    ("korupsi pembangunan pasar", "Korupsi Pembangunan Pasar"),
    ("gratifikasi dan pencucian uang", "Gratifikasi dan TPPU"),
    ("korupsi pengadaan lahan", "Korupsi Pengadaan Lahan"),
)
COMMODITIES = (
    "beras",
    "cabai merah",
    "bawang merah",
    "minyak goreng",
    "daging ayam ras",
    "telur ayam ras",
    "cabai rawit",
    "bawang putih",
    "gula pasir",
    "bensin",
)
COMPANY = (
    words("Karya Bumi Sinar Mitra Cipta Putra Jaya Graha Artha Prima Bangun Tirta Mega Duta"),
    words("Nusantara Abadi Perkasa Sejahtera Mandiri Utama Konstruksi Persada Lestari Makmur"),
)


def base(
    rng: random.Random, event: dt.date, prov: str | None = None, entry: str | None = None
) -> dict[str, str]:
    """The place slots of a story, and those every genre uses."""
    prov = prov or rng.choice(PROVINCES)
    p = PLACES[prov]
    entry = entry or rng.choice(p.cities)
    kota = entry.startswith("Kota ")
    city = entry.removeprefix("Kota ")
    kab = ("Kota " if kota else "Kabupaten ") + city
    village, kec, kec2 = (
        v + rng.choice(("", "", f" {rng.choice(QUARTERS)}"))
        for v in rng.sample(VILLAGES[p.villages], 3)
    )
    if p.villages in VILLAGE_PARTS:  # most villages have names made of parts
        starts, ends, joiner = VILLAGE_PARTS[p.villages]
        made = [rng.choice(starts) + joiner + rng.choice(ends) for _ in range(3)]
        village, kec, kec2 = (
            m if rng.random() < 0.65 else c for m, c in zip(made, (village, kec, kec2), strict=True)
        )
        if kec2 == kec:
            kec2 = rng.choice(VILLAGES[p.villages])
    vword, kades = VILLAGE_WORDS.get(prov, ("Desa", "Kepala Desa"))
    hamlet = rng.choice(VILLAGES[p.villages])
    if p.villages in VILLAGE_PARTS:
        starts, ends, joiner = VILLAGE_PARTS[p.villages]
        hamlet = rng.choice(starts) + joiner + rng.choice(ends)
    dusun = {"DKI Jakarta": f"RW {rng.randint(1, 15):02d} Kelurahan {village}"}.get(
        prov, {"Bali": "Banjar", "Sumatera Barat": "Jorong"}.get(prov, "Dusun") + " " + hamlet
    )
    kword = "Distrik" if prov == "Papua" else "Kecamatan"
    christian = p.people in CHRISTIAN or (p.people == "maluku" and rng.random() < 0.5)
    worship = f"Gereja {rng.choice(CHURCHES)}" if christian else f"Masjid {rng.choice(MOSQUES)}"
    if prov == "Bali":
        worship = f"Wantilan {vword} {village}"
    shelter = rng.choice(
        (
            f"Balai {vword} {village}",
            f"halaman Kantor {kword} {kec}",
            f"GOR {city}",
            f"SD Negeri {rng.randint(1, 9)} {village}",
            worship,
        )
    )
    rsud = f"RSUD {city}" if rng.random() < 0.5 else f"RSUD dr. {short(name(rng, p.people))}"
    univ = p.university if rng.random() < 0.6 else rng.choice(UNIVERSITIES)
    starts = VILLAGE_PARTS.get(p.villages, (VILLAGES[p.villages], (), ""))[0]
    flourish = rng.choice(("", " Indah", " Biru", " Sari", ""))
    landmark = f"{rng.choice(LANDMARKS)} {rng.choice(starts).strip()}{flourish}"
    produk = rng.sample(PRODUK, 2)
    return {
        "pekerjaan": rng.choice(PEKERJAAN),
        "produk": produk[0],
        "produk2": produk[1],
        "landmark": landmark,
        "km": str(rng.randint(5, 90)),
        "km2": count(rng, rng.randint(1, 10)),
        "jiwa": fmt_int(rng.randint(800, 9000)),
        "kk2": fmt_int(rng.randint(200, 2500)),
        "dusun_n": count(rng, rng.randint(3, 9)),
        "jalan_desa": f"Jalan {rng.choice(starts).strip()}",
        "tokoh": name(rng, p.people, local=0.9, single=0.3),
        "desa_induk": f"{vword} {rng.choice(starts).strip()} {rng.choice(QUARTERS)}",
        "sd": count(rng, rng.randint(1, 6)),
        "masjid_n": count(rng, rng.randint(1, 9)),
        "hari_pasar": rng.choice(HARI_PASAR),
        "sungai_lokal": f"{rng.choice(('Sungai', 'Kali', 'Sungai'))} {rng.choice(starts).strip()}",
        "tradisi": rng.choice(TRADISI),
        "kuliner": rng.choice(KULINER),
        "landmark2": f"{rng.choice(('Bukit', 'Puncak', 'Gunung'))} {rng.choice(starts).strip()}",
        "mdpl": fmt_int(rng.randint(5, 1800)),
        "nama_kades": name(rng, p.people, local=0.9, single=0.2),
        "oldyear3": str(event.year - rng.randint(1, 9)),
        "desa_n": str(rng.randint(6, 30)),
        "jiwa_kec": fmt_int(rng.randint(8, 90) * 1000),
        "rantau": rng.choice(RANTAU),
        "sekolah_lokal": f"SMP Negeri {rng.randint(1, 5)} {kec}",
        "jiwa_kab": fmt_int(rng.randint(150, 3500) * 1000),
        "kec_n": str(rng.randint(8, 40)),
        "sektor_lokal": rng.choice(SEKTOR_LOKAL),
        "umk": fmt_int(rng.randint(150, 500) * 10000),
        "pad": fmt_int(rng.randint(50, 2500)),
        "apbd": fmt_dec(rng.uniform(0.8, 6), 1),
        "nama_bupati": name(rng, p.people, local=0.8, single=0.05),
        "luas_kab": fmt_int(rng.randint(150, 9000)),
        "km_ibu": str(rng.randint(20, 200)),
        "tpt_kab": fmt_dec(rng.uniform(2, 9)),
        "hari_jadi": str(rng.randint(50, 700)),
        "bulan_jadi": MONTHS[rng.randrange(12)],
        "industri": rng.choice(INDUSTRI),
        "prov": prov,
        "provk": p.short,
        "capital": p.capital,
        "city": city,
        "CITY": city.upper(),
        "kab": kab,
        "pemkab": "Pemerintah " + kab,
        "head": ("Wali Kota " if kota else "Bupati ") + city,
        "village": village,
        "desa": f"{vword} {village}",
        "kades": f"{kades} {village}",
        "kec_name": kec,
        "kecamatan_short": kec,
        "dusun": dusun,
        "kecamatan": f"{kword} {kec}",
        "kecamatan2": f"{kword} {kec2}",
        "zone": p.zone,
        "region": p.people,
        "univ": univ,
        "airport": p.airport,
        "shelter": shelter,
        "rsud": rsud,
        "pasar": rng.choice(("Pasar Induk ", "Pasar Raya ", "Pasar Baru ", "Pasar ")) + city,
        "jalan": f"Jalan {rng.choice(HEROES)}",
        "mp": name(rng, p.people),
        "oldyear": str(event.year - rng.randint(3, 20)),
        "kec": count(rng, rng.randint(2, 9)),
        "bulan": MONTHS[(event.month - 2) % 12],
        "tahun": str(event.year if event.month > 1 else event.year - 1),
        "bulan_lalu": MONTHS[(event.month - 3) % 12],
        "ev_title": f"{event.day} {MONTHS[event.month - 1]}",
    }


People = dict[str, tuple[str, str]]  # key: (named in full, short name)


def person(rng: random.Random, region: str, title: str = "", **kw: float) -> tuple[str, str]:
    """(title and name, short name)."""
    full = name(rng, region, **kw)
    return (f"{title} {full}" if title else full, short(full))


# Details a story draws from, so that stories of one genre differ in their facts.
FASUM = (
    "puskesmas pembantu",
    "kantor desa",
    "pasar tradisional",
    "jembatan gantung",
    "saluran irigasi",
    "balai pertemuan",
    "gedung PAUD",
    "pondok pesantren",
    "madrasah",
    "pos kamling",
    "kantor kecamatan",
    "gudang Bulog",
    "tanggul sungai",
    "jaringan pipa PDAM",
    "menara telekomunikasi",
    "terminal angkutan",
    "tempat pelelangan ikan",
    "gedung olahraga",
    "rumah dinas guru",
    "polsek",
    "kantor pos",
    "bendung irigasi",
)
LOGISTIK = (
    "beras",
    "mi instan",
    "terpal",
    "selimut",
    "tikar",
    "air mineral",
    "popok bayi",
    "susu formula",
    "pakaian layak pakai",
    "obat-obatan",
    "kelambu",
    "tenda keluarga",
    "makanan siap saji",
    "genset",
    "perlengkapan sekolah",
    "perlengkapan mandi",
    "minyak goreng",
    "sarden",
    "kasur lipat",
    "lampu tenaga surya",
)
RELAWAN = (
    ("Palang Merah Indonesia (PMI)", "PMI"),
    ("Taruna Siaga Bencana (Tagana)", "Tagana"),
    ("Badan Amil Zakat Nasional (Baznas)", "Baznas"),
    ("Dompet Dhuafa", "Dompet Dhuafa"),
    ("Muhammadiyah Disaster Management Center (MDMC)", "MDMC"),
    ("NU Care-LAZISNU", "NU Care-LAZISNU"),
    ("Rumah Zakat", "Rumah Zakat"),
    ("Gerakan Pramuka", "Pramuka"),
    ("Wahana Visi Indonesia", "Wahana Visi Indonesia"),
    ("Caritas Indonesia", "Caritas"),
    ("Human Initiative", "Human Initiative"),
    ("Forum Pengurangan Risiko Bencana (FPRB)", "FPRB"),
)
ALAT = (
    "ekskavator",
    "perahu karet",
    "anjing pelacak",
    "drone termal",
    "gergaji mesin",
    "pompa air",
    "truk tangki air",
    "buldoser",
)
TERNAK = ("sapi", "kambing", "ayam", "kerbau", "babi", "itik", "domba", "kuda")
TANAMAN = ("padi", "jagung", "cabai", "kopi", "kakao", "sayuran", "tembakau", "bawang merah")
SHIPS = words(
    "KRI_Rigel-933 KRI_Spica-934 KRI_Bung_Tomo-357 KRI_John_Lie-358 KRI_Usman_Harun-359"
    " KRI_Teluk_Banten-516 KRI_Cucut-866 KRI_Sultan_Thaha_Syaifuddin-376 KRI_Kurau-856"
    " KRI_Tjiptadi-381"
)
SAR_SHIPS = words(
    "KN_SAR_Basudewa KN_SAR_Karna KN_SAR_Wisnu KN_SAR_Arjuna KN_SAR_Kamajaya KN_SAR_Bima"
    " KN_SAR_Setyaki KN_SAR_Antareja"
)
TEMUAN = (
    "pelampung",
    "potongan kursi",
    "roda pesawat",
    "serpihan sayap",
    "tas penumpang",
    "telepon genggam",
    "kartu identitas",
    "potongan kabin",
    "sepatu anak",
    "dompet",
    "bagian ekor pesawat",
    "rompi pelampung",
)
GANGGUAN = (
    "gangguan pada mesin",
    "masalah pada roda pendarat",
    "tabrakan dengan burung (bird strike)",
    "gangguan sistem hidrolik",
    "indikasi asap di kabin",
    "ban pecah",
)
OTBAN = {"WIB": ("I", "II", "VI"), "WITA": ("III", "IV", "V"), "WIT": ("X", "VIII")}
PROFESI = (
    "nelayan",
    "petani",
    "sopir truk",
    "pengemudi ojek daring",
    "pedagang keliling",
    "pengusaha angkutan",
    "sopir angkot",
    "pengusaha penggilingan padi",
)
BARANG = ("cabai", "beras", "sayur-mayur", "telur", "bawang merah", "minyak goreng", "ikan")
KENDARAAN = ("angkutan kota", "truk barang", "bus antarkota", "bentor", "kapal nelayan")
SECTORS = (
    "transportasi dan pergudangan",
    "informasi dan komunikasi",
    "penyediaan akomodasi dan makan minum",
    "industri pengolahan",
    "pertambangan dan penggalian",
    "jasa kesehatan",
    "perdagangan besar dan eceran",
    "konstruksi",
    "pertanian, kehutanan, dan perikanan",
)
PROGRAMS = (
    "sekolah gratis",
    "kartu sehat",
    "perbaikan jalan desa",
    "bantuan modal UMKM",
    "insentif guru ngaji",
    "beasiswa kuliah",
    "air bersih untuk semua",
    "revitalisasi pasar tradisional",
    "lapangan kerja bagi anak muda",
    "digitalisasi layanan publik",
    "dana Rp 1 miliar per desa",
    "pupuk murah",
    "rumah layak huni",
    "transportasi gratis bagi pelajar",
)
PELANGGARAN = (
    "politik uang",
    "netralitas ASN",
    "kampanye di tempat ibadah",
    "perusakan alat peraga kampanye",
    "penggelembungan suara",
    "pemilih ganda",
    "mobilisasi kepala desa",
)
ISSUES = (
    "banjir tahunan",
    "kemacetan",
    "lapangan kerja",
    "infrastruktur jalan",
    "layanan kesehatan",
    "harga hasil panen",
    "tambang ilegal",
    "sampah",
)
ASET = (
    "mobil mewah",
    "sebidang tanah",
    "rumah mewah",
    "apartemen di Jakarta",
    "jam tangan mewah",
    "tas bermerek",
    "kapal motor",
    "deposito miliaran rupiah",
    "emas batangan",
    "kebun sawit",
    "ruko",
    "motor gede",
)
MODUS = (
    "menggelembungkan harga satuan barang",
    "membuat kegiatan fiktif",
    "memotong anggaran proyek",
    "meminta fee dari rekanan",
    "memalsukan laporan pertanggungjawaban",
    "memecah paket pekerjaan agar bisa ditunjuk langsung",
    "mengatur pemenang lelang",
)
FORMATIONS = ("4-3-3", "4-4-2", "3-5-2", "4-2-3-1", "3-4-3", "5-3-2")
COURIERS = ("JNE", "J&T Express", "SiCepat", "AnterAja", "Pos Indonesia", "Ninja Xpress")
WALLETS = ("GoPay", "OVO", "DANA", "ShopeePay", "LinkAja")
CATEGORIES = (
    "fesyen muslim",
    "gawai",
    "perawatan kulit",
    "peralatan rumah tangga",
    "makanan ringan",
    "perlengkapan bayi",
    "sepatu olahraga",
    "kerajinan tangan",
    "kopi lokal",
    "batik",
)
SCAMS = (
    ("tautan palsu", "Tautan Palsu"),
    ("kurir palsu", "Kurir Palsu"),
    ("toko fiktif", "Toko Fiktif"),
    ("pembayaran di luar aplikasi", "Pembayaran di Luar Aplikasi"),
    ("undian berhadiah palsu", "Undian Palsu"),
)
SCAM_GOODS = ("telepon genggam", "sepeda motor", "laptop", "tiket konser", "emas", "kamera")
SYMPTOMS = (
    "demam tinggi",
    "ruam merah",
    "mual",
    "nyeri sendi",
    "batuk",
    "diare",
    "mata merah",
    "sesak napas",
    "lemas",
    "muntah",
    "sakit kepala",
)
MEDICINES = ("parasetamol", "oralit", "cairan infus", "zinc", "antibiotik", "vitamin A")


def _bencana(rng: random.Random, event: dt.date) -> tuple[dict[str, str], People, str]:
    kind = rng.choice(("gempa", "banjir", "banjir", "longsor", "erupsi", "angin"))
    ri, rf = rng.randint, rng.uniform
    if kind == "erupsi":
        gunung, prov, entry = rng.choice(MOUNTAINS)
        s = base(rng, event, prov, entry)
        s |= {
            "gunung": gunung,
            "hazard": f"erupsi Gunung {gunung}",
            "Hazard": f"Erupsi Gunung {gunung}",
            "level": rng.choice(("III (Siaga)", "IV (Awas)", "III (Siaga)")),
            "radius": str(ri(3, 12)),
            "kolom": fmt_int(ri(5, 50) * 100),
            "luncur": fmt_dec(rf(1, 7), 1),
        }
        dead = (2, 40)
    else:
        s = base(rng, event)
        hazard = {
            "gempa": "gempa",
            "banjir": rng.choice(("banjir", "banjir bandang")),
            "longsor": "tanah longsor",
            "angin": "angin puting beliung",
        }[kind]
        s |= {"hazard": hazard, "Hazard": hazard.title()}
        dead = (3, 180) if kind != "angin" else (2, 12)
    relawan = rng.choice(RELAWAN)
    fasum, logistik = rng.sample(FASUM, 2), rng.sample(LOGISTIK, 3)
    style = PLACES[s["prov"]].villages
    s |= {
        "mag": fmt_dec(rf(4.8, 7.4), 1),
        "depth": str(ri(5, 60)),
        "jarak": str(ri(5, 90)),
        "arah": rng.choice(("barat daya", "tenggara", "timur laut", "barat laut", "selatan")),
        "susulan": str(ri(5, 120)),
        "mmi": rng.choice(("III-IV", "IV-V", "V", "V-VI", "VI")),
        "detik": str(ri(5, 40)),
        "sungai": rng.choice(RIVERS[style]),
        "tinggi": str(ri(5, 30) * 10),
        "jam": count(rng, ri(3, 10)),
        "tebing": str(ri(10, 80)),
        "panjang": str(ri(3, 30) * 10),
        "menit": count(rng, ri(5, 20)),
        "tewas": str(ri(*dead)),
        "luka": fmt_int(ri(10, 900)),
        "hilang": count(rng, ri(1, 40)),
        "ungsi": fmt_int(ri(300, 60000)),
        "posko": str(ri(5, 80)),
        "rusak": fmt_int(ri(20, 5000)),
        "rusakr": fmt_int(ri(50, 9000)),
        "sekolah": str(ri(3, 60)),
        "tim": fmt_int(ri(150, 2500)),
        "alat": count(rng, ri(2, 15)),
        "alatjenis": rng.choice(ALAT),
        "rugi": fmt_dec(rf(5, 900), 1),
        "oldtewas": str(ri(2, 90)),
        "bansos": fmt_int(ri(100, 2500)),
        "rawat": str(ri(5, 80)),
        "dapur": count(rng, ri(2, 12)),
        "kk": fmt_int(ri(40, 3000)),
        "sawah": fmt_int(ri(20, 2500)),
        "relawan": relawan[0],
        "relawan_short": relawan[1],
        "fasum1": fasum[0],
        "fasum2": fasum[1],
        "logistik1": logistik[0],
        "logistik2": logistik[1],
        "logistik3": logistik[2],
        "ternak": rng.choice(TERNAK),
        "tanaman": rng.choice(TANAMAN),
        "korban1": f"{name(rng, s['region'], local=0.8, single=0.3)} ({ri(4, 80)})",
        "jalur": rng.choice(
            (
                f"Jalan provinsi {s['city']}-{s['capital']}",
                f"Jalan lintas {s['city']}",
                f"Jalan raya {s['kec_name']}",
            )
        ),
    }
    return s, {}, kind


def _penerbangan(rng: random.Random, event: dt.date) -> tuple[dict[str, str], People, str]:
    kind = rng.choice(("jatuh+laut", "jatuh+laut", "jatuh+darat", "insiden", "insiden"))
    s = base(rng, event)
    ri, rf = rng.randint, rng.uniform
    airline, code = rng.choice(AIRLINES)
    others = [p for p in PROVINCES if p != s["prov"]]
    dest, asal1, asal2 = (PLACES[p] for p in rng.sample(others, 3))
    pen = ri(40, 190)
    anak, bayi = ri(1, 8), ri(0, 3)
    sea = kind.endswith("laut")
    site = rng.choice(SEAS) if sea else f"kawasan hutan {s['desa']}, {s['kab']}"
    region = s["region"]
    style = PLACES[s["prov"]].villages
    island = rng.choice(VILLAGE_PARTS.get(style, (VILLAGES[style], ("",), ""))[0])
    s |= {
        "airline": airline,
        "flight": f"{code}{ri(100, 999)}",  # as news writes it: "JT610"
        "aircraft": rng.choice(AIRCRAFT),
        "reg": "PK-" + "".join(rng.choice("ABCDFGHJKLMNPQRSTWY") for _ in range(3)),
        "origin_airport": s["airport"],
        "dest": dest.capital,
        "dairport": dest.airport,
        "asal1": asal1.capital,
        "asal2": asal2.capital,
        "site": site,
        "site_short": site.removeprefix("perairan ") if sea else s["city"],
        "pulau": f"Pulau {island.split()[-1]}",
        "menit": str(ri(2, 25)),
        "penumpang": str(pen),
        "dewasa": str(pen - anak - bayi),
        "anak": count(rng, anak),
        "bayi": count(rng, bayi),
        "awak": count(rng, ri(4, 8)),
        "kapal": count(rng, ri(3, 30)),
        "kri": rng.choice(SHIPS),
        "knsar": rng.choice(SAR_SHIPS),
        "heli": count(rng, ri(1, 6)),
        "dna": str(ri(50, 250)),
        "dalam": str(ri(20, 60)),
        "santunan": fmt_int(ri(5, 15) * 100),
        "umur": count(rng, ri(1, 25)),
        "pilot": name(rng, region, local=0.2, single=0, women=0.05),
        "copilot": name(rng, region, local=0.2, single=0),
        "jam": fmt_int(ri(20, 250) * 100),
        "alt": fmt_int(ri(10, 110) * 100),
        "teridentifikasi": str(ri(3, 60)),
        "hari": str(ri(2, 10)),
        "sektor": count(rng, ri(3, 9)),
        "luas": fmt_int(ri(50, 900)),
        "armada": str(ri(3, 60)),
        "pandang": str(ri(5, 10)),
        "rspolri": "RS Polri Kramat Jati"
        if rng.random() < 0.5
        else f"RS Bhayangkara {s['capital']}",
        "temuan1": (t := rng.sample(TEMUAN, 2))[0],
        "temuan2": t[1],
        "posko_sar": rng.choice(
            ("Pelabuhan Tanjung Priok", f"Dermaga {island}", f"Lanud di {s['capital']}")
        )
        if sea
        else f"lapangan {s['desa']}",
        "gangguan": rng.choice(GANGGUAN),
        "luka_ringan": count(rng, ri(0, 12)),
        "tunda": str(ri(8, 60)),
        "alih": count(rng, ri(2, 9)),
        "otban": rng.choice(OTBAN[s["zone"]]),
        "pergerakan": fmt_int(ri(40, 1200)),
        "umur_armada": fmt_dec(rf(3, 18), 1),
        "korban1": name(rng, rng.choice(NATIONAL_GROUPS), local=1, single=0.1),
    }
    return s, {}, kind


def _bbm(rng: random.Random, event: dt.date) -> tuple[dict[str, str], People, str]:
    kind = rng.choice(("harga", "harga", "langka"))
    s = base(rng, event)
    ri, rf = rng.randint, rng.uniform
    lama = ri(60, 160) * 100
    up = rng.random() < 0.7
    baru = lama + (ri(2, 30) if up else -ri(2, 15)) * 50
    streets = rng.sample(HEROES, 2)
    profesi = rng.sample(PROFESI, 2)
    barang = rng.sample(BARANG, 2)
    s |= {
        "fuel": rng.choice(FUELS if kind == "harga" else ("Pertalite", "Solar", "Solar")),
        "lama": fmt_int(lama),
        "baru": fmt_int(baru),
        "arah": "naik" if up else "turun",
        "Arah": "Naik" if up else "Turun",
        "perubahan": "kenaikan" if up else "penurunan",
        "Perubahan": "Kenaikan" if up else "Penurunan",
        "brent": str(ri(45, 120)),
        "kurs": fmt_int(ri(12500, 16500)),
        "inflasi": fmt_dec(rf(0.1, 1.9)),
        "blt": fmt_dec(rf(5, 25), 1),
        "konsumsi": fmt_dec(rf(2, 30), 1),
        "stok": str(ri(15, 25)),
        "kuota": fmt_dec(rf(15, 32), 1),
        "realisasi": str(ri(40, 95)),
        "subsidi": fmt_int(ri(150, 550)),
        "spbu": fmt_int(ri(80, 900)),
        "ojol": str(ri(5, 20)),
        "ekonomis": fmt_int(baru + ri(5, 60) * 100),
        "eceran": fmt_int(baru + ri(10, 30) * 100),
        "depot": rng.choice((f"Integrated Terminal {s['capital']}", f"Fuel Terminal {s['city']}")),
        "spbu1": f"SPBU di Jalan {streets[0]}, {s['city']}",
        "spbu2": f"SPBU di Jalan {streets[1]}",
        "tangki": str(ri(20, 140)),
        "profesi1": profesi[0][:1].upper() + profesi[0][1:],
        "profesi2": profesi[1],
        "barang1": barang[0],
        "barang2": barang[1],
        "kendaraan": rng.choice(KENDARAAN),
        "tambah": str(ri(10, 60)),
        "jam_antre": count(rng, ri(2, 8)),
        "jeriken": str(ri(15, 300)),
        "batas": str(rng.choice((20, 30, 40, 60))),
        "pertashop": str(ri(5, 120)),
        "ongkos": str(ri(5, 30)),
        "tarif_angkot": fmt_int(ri(4, 10) * 1000),
        "kuota_kab": fmt_int(ri(10, 300)),
        "spbu_kab": str(ri(6, 80)),
        "naik_konsumsi": fmt_dec(rf(1, 15), 1),
        "jarak_spbu": str(ri(8, 60)),
    }
    return s, {}, kind


def _bps(rng: random.Random, event: dt.date) -> tuple[dict[str, str], People, str]:
    kind = rng.choice(("inflasi", "pdb", "neraca", "kemiskinan", "kerja", "wisata"))
    s = base(rng, event)
    ri, rf = rng.randint, rng.uniform
    national = rng.random() < 0.25
    prov = s["prov"]
    bps = "BPS" if national else f"BPS {prov}"
    q = (event.month - 1) // 3  # the quarter just ended
    tq, ty = (q, event.year) if q else (4, event.year - 1)
    k1, k2, k3 = rng.sample(COMMODITIES, 3)
    cities = [PLACES[p].capital for p in rng.sample(PROVINCES, 2)]
    up = rng.random() < 0.6
    surplus = rng.random() < 0.7
    scale = "juta" if national else "ribu"
    sectors = rng.sample(SECTORS, 2)
    exports = rng.sample(("batu bara", "minyak kelapa sawit", "besi dan baja", "karet", "nikel"), 2)
    s |= {
        "bps": bps,
        "Bps": bps,
        "bps_full": "Badan Pusat Statistik (BPS)" + ("" if national else f" Provinsi {prov}"),
        "bps_city": "Jakarta" if national else s["capital"],
        "where": "Indonesia" if national else prov,
        "wilayah": "nasional" if national else f"di {prov}",
        "inflasi": fmt_dec(rf(0.05, 1.2)),
        "kalender": fmt_dec(rf(0.5, 3.5)),
        "tahunan": fmt_dec(rf(1.5, 5.5)),
        "inti": fmt_dec(rf(1.5, 3.5)),
        "komoditas": k1,
        "Komoditas": k1[0].upper() + k1[1:],
        "komoditas2": k2,
        "Komoditas2": k2[0].upper() + k2[1:],
        "komoditas3": k3,
        "harga_lama": fmt_int(ri(10, 60) * 1000),
        "harga_baru": fmt_int(ri(61, 120) * 1000),
        "andil": fmt_dec(rf(0.05, 0.3)),
        "andil2": fmt_dec(rf(0.01, 0.05)),
        "kelompok": rng.choice(
            (
                "makanan, minuman, dan tembakau",
                "transportasi",
                "perumahan, air, listrik, dan bahan bakar rumah tangga",
                "pendidikan",
            )
        ),
        "kota": str(rng.choice((82, 90, 150))) if national else count(rng, ri(2, 6)),
        "kotainf": str(ri(40, 80)) if national else count(rng, ri(1, 2)),
        "kota_tinggi": cities[0] if national else s["city"],
        "kota_rendah": cities[1] if national else s["capital"],
        "tinggi": fmt_dec(rf(1, 3)),
        "ihk": fmt_dec(rf(100, 130)),
        "ntp": fmt_dec(rf(0.1, 1.5)),
        "growth": fmt_dec(rf(2.9, 5.9)),
        "growthold": fmt_dec(rf(2.9, 5.9)),
        "target_growth": f"{ri(4, 5)}-{ri(6, 7)}",
        "qoq": fmt_dec(rf(-2, 4)),
        "konsumsi": fmt_dec(rf(50, 58)),
        "konsumsi_pem": fmt_dec(rf(1, 9)),
        "pmtb": fmt_dec(rf(1, 8)),
        "sektor": sectors[0],
        "Sektor": sectors[0].title(),
        "sektor2": sectors[1],
        "sektor_growth": fmt_dec(rf(6, 15)),
        "triwulan": f"triwulan {ROMAN[tq - 1]}-{ty}",
        "Triwulan": f"Triwulan {ROMAN[tq - 1]}-{ty}",
        "nominal": fmt_int(ri(3500, 5500)) if national else fmt_dec(rf(40, 700), 1),
        "ekspor_growth": fmt_dec(rf(1, 18)),
        "neraca": "surplus" if surplus else "defisit",
        "Neraca": "Surplus" if surplus else "Defisit",
        "nilai": fmt_dec(rf(0.1, 5)),
        "ekspor": fmt_dec(rf(10, 25)) if national else fmt_dec(rf(0.2, 4)),
        "impor": fmt_dec(rf(10, 24)) if national else fmt_dec(rf(0.1, 3)),
        "ekspor_arah": "naik" if up else "turun",
        "EksporArah": "Naik" if up else "Turun",
        "impor_growth": fmt_dec(rf(1, 20)),
        "negara": (
            n := rng.sample(("Tiongkok", "Amerika Serikat", "Jepang", "India", "Malaysia"), 2)
        )[0],
        "negara2": n[1],
        "komoditas_ekspor": exports[0],
        "Komoditas_ekspor": exports[0].title(),
        "komoditas_ekspor2": exports[1],
        "porsi": fmt_dec(rf(10, 25)),
        "migas": fmt_dec(rf(0.5, 2)),
        "miskin": f"{fmt_dec(rf(24, 29)) if national else fmt_dec(rf(60, 4500))} {scale} orang",
        "pmiskin": fmt_dec(rf(8.5, 11.5) if national else rf(4, 27)),
        "garis": fmt_int(ri(350, 600) * 1000 + ri(0, 999)),
        "gini": "0," + str(ri(310, 400)),
        "kedalaman": fmt_dec(rf(1, 3)),
        "perkotaan": fmt_dec(rf(6, 8)),
        "perdesaan": fmt_dec(rf(11, 14)),
        "turun": f"{fmt_dec(rf(0.1, 1.2)) if national else fmt_dec(rf(1, 60))} {scale} orang",
        "tpt": fmt_dec(rf(3, 9)),
        "upah": fmt_dec(rf(0.1, 1.5)),
        "gabah": fmt_int(ri(4000, 7000)),
        "tpk": fmt_dec(rf(30, 70)),
        "penumpang": fmt_dec(rf(2, 30)),
        "wisman": fmt_dec(rf(5, 900), 1),
        "beruntun": str(ri(3, 48)),
        "kumulatif": fmt_dec(rf(20, 200)) if national else fmt_dec(rf(1, 30)),
        "anggota_rt": fmt_dec(rf(4, 5.5)),
        "ekstrem": fmt_dec(rf(0.5, 4)),
        "kpm": fmt_int(ri(50, 2000)),
        "target_miskin": str(ri(5, 10)),
        "bulan_survei": rng.choice(("Februari", "Agustus")),
        "kota_list": listing(
            f"{c.removeprefix('Kota ')} sebesar {fmt_dec(rf(0.01, 1.5))} persen"
            for c in [
                PLACES[prov].capital,
                *rng.sample(PLACES[prov].cities, min(3, len(PLACES[prov].cities))),
            ]
        ),
        "pasar2": f"Pasar {rng.choice(('Sentral', 'Besar', 'Inpres', 'Lama'))} {s['capital']}",
        "kab2": rng.choice(PLACES[prov].cities).removeprefix("Kota "),
        "kab_list": listing(
            f"{c.removeprefix('Kota ')} ({fmt_dec(rf(1, 12))} persen)"
            for c in rng.sample(PLACES[prov].cities, min(3, len(PLACES[prov].cities)))
        ),
        "investasi": fmt_dec(rf(5, 150), 1),
        "tpt_muda": fmt_dec(rf(12, 20)),
        "penganggur": f"{fmt_dec(rf(6.5, 9.5) if national else rf(20, 900))} {scale} orang",
        "angkatan": f"{fmt_dec(rf(130, 150) if national else rf(300, 25000))} {scale} orang",
        "tpak": fmt_dec(rf(62, 71)),
        "tpt_smk": fmt_dec(rf(8, 13)),
        "informal": fmt_dec(rf(55, 65)),
        "paruh": fmt_int(ri(20, 900)),
        "upah_buruh": fmt_int(ri(20, 45) * 100000),
        "lowongan": fmt_int(ri(500, 9000)),
        "industri": rng.choice(INDUSTRI),
        "wisman_naik": fmt_dec(rf(2, 40)),
        "asal_wisman": (
            w := rng.sample(
                (
                    "Malaysia",
                    "Australia",
                    "Singapura",
                    "Tiongkok",
                    "Jepang",
                    "India",
                    "Korea Selatan",
                    "Amerika Serikat",
                    "Timor Leste",
                ),
                2,
            )
        )[0],
        "asal_wisman2": w[1],
        "porsi_wisman": fmt_dec(rf(10, 30)),
        "inap": fmt_dec(rf(1.5, 3.5)),
        "tpk_non": fmt_dec(rf(15, 35)),
        "target_wisman": fmt_int(ri(50, 6000)),
        "belanja_wisman": fmt_int(ri(700, 1700)),
    }
    s["daftar2"] = listing(rng.sample([c for c in COMMODITIES if c not in (k1, k2)], 3))
    others = [PLACES[p].capital for p in PROVINCES if p != prov]
    s["daftar"] = listing(rng.sample(others, rng.randint(3, 5)))
    people = {"a": person(rng, s["region"] if not national else "", f"Kepala {bps}")}
    return s, people, kind


def _politik(rng: random.Random, event: dt.date) -> tuple[dict[str, str], People, str]:
    kind = rng.choice(("hasil", "hasil", "sengketa", "pencalonan"))
    s = base(rng, event)
    ri, rf = rng.randint, rng.uniform
    region = s["region"]
    governor = rng.random() < 0.45
    where = s["prov"] if governor else s["kab"]
    c1, c2, r1, r2 = (name(rng, region, single=0) for _ in range(4))
    parties = rng.sample(PARTIES, 4)
    programs = rng.sample(PROGRAMS, 3)
    suara = rf(38, 65)
    kabkota = ri(9, 38) if governor else ri(8, 40)
    s |= {
        "where": where,
        "pilkada": f"Pilkada {s['prov'] if governor else s['city']}",
        "jabatan": f"gubernur dan wakil gubernur {s['prov']}"
        if governor
        else (
            "wali kota dan wakil wali kota "
            if s["kab"].startswith("Kota")
            else "bupati dan wakil bupati "
        )
        + s["city"],
        "kpu": f"KPU {where}",
        "dprd": f"DPRD {where}",
        "tingkat": "provinsi" if governor else "kabupaten/kota",
        "wilayah_tps": f"{kabkota} kabupaten/kota" if governor else f"{kabkota} kecamatan",
        "kabkota": str(kabkota),
        "menang_kab": str(ri(kabkota // 2 + 1, kabkota)),
        "cand": f"{short(c1)}-{short(c2)}",
        "cand1": c1,
        "cand2": c2,
        "rival": f"{short(r1)}-{short(r2)}",
        "nomor": str(ri(1, 4)),
        "nomor2": str(ri(1, 4)),
        "paslon": count(rng, ri(2, 5)),
        "party": parties[0],
        "party2": parties[1],
        "party3": parties[2],
        "rparty": parties[3],
        "program1": programs[0],
        "Program1": programs[0].title(),
        "program2": programs[1],
        "program3": programs[2],
        "pelanggaran": (v := rng.choice(PELANGGARAN)),
        "Pelanggaran": v.title(),
        "isu": rng.choice(ISSUES),
        "posko": f"posko pemenangan di {s['jalan']}, {s['capital']}",
        "pemula": str(ri(8, 25)),
        "lembaga": rng.choice(SURVEYS),
        "sampel": fmt_int(ri(3, 20) * 100),
        "moe": fmt_dec(rf(0.5, 2)),
        "suara": fmt_dec(suara),
        "suara2": fmt_dec(100 - suara - rf(0, 10)),
        "selisih": fmt_dec(rf(0.2, 12)),
        "votes": fmt_int(ri(500_000, 9_000_000) if governor else ri(60_000, 900_000)),
        "partisipasi": fmt_dec(rf(55, 82)),
        "kursi": str(ri(20, 60) if governor else ri(12, 35)),
        "aduan": str(ri(20, 400)),
        "tps": fmt_int(ri(3000, 40000) if governor else ri(400, 3500)),
        "dpt": fmt_int(ri(1_000_000, 33_000_000) if governor else ri(150_000, 2_000_000)),
        "karier": rng.choice(CAREERS),
        "anggaran": fmt_dec(rf(20, 900) if governor else rf(15, 90), 1),
        "psu": count(rng, ri(2, 12)),
        "aparat": fmt_int(ri(1000, 20000)),
        "saksi": count(rng, ri(3, 15)),
        "dptb": fmt_int(ri(500, 40000)),
        "kpps": fmt_int(ri(2000, 200000)),
        "dana_kampanye": fmt_dec(rf(0.5, 60), 1),
        "tidak_sah": fmt_dec(rf(1, 5)),
        "bukti": str(ri(20, 300)),
    }
    return s, {}, kind


def _pengadilan(rng: random.Random, event: dt.date) -> tuple[dict[str, str], People, str]:
    kind = rng.choice(("vonis", "vonis", "tuntutan", "penahanan"))
    s = base(rng, event)
    ri, rf = rng.randint, rng.uniform
    region = s["region"]
    kpk = rng.random() < 0.55
    crime, crime_title = rng.choice(CRIMES)
    instansi = rng.choice(
        (
            f"Dinas Pekerjaan Umum dan Penataan Ruang {s['kab']}",
            f"Dinas Kesehatan {s['kab']}",
            f"Sekretariat Daerah {s['kab']}",
            f"Dinas Pendidikan {s['prov']}",
            f"Badan Pengelolaan Keuangan Daerah {s['kab']}",
        )
    )
    role = rng.choice(
        (
            f"mantan {s['head']}",
            f"mantan Kepala {instansi}",
            "pejabat pembuat komitmen (PPK) proyek",
            f"mantan {s['kades']}",
            f"anggota DPRD {s['prov']}",
            "pengusaha",
        )
    )
    tuntut = ri(4, 15)
    defendant = person(rng, region, role, single=0.05)
    company = f"PT {rng.choice(COMPANY[0])} {rng.choice(COMPANY[1])}"
    hakim, jaksa = name(rng, region, single=0), name(rng, region, single=0)
    aset = rng.sample(ASET, 2)
    proyek = rng.choice(
        (
            (f"proyek pembangunan jalan lingkar {s['city']}", "Jalan Lingkar"),
            (f"pengadaan alat kesehatan {s['rsud']}", "Alkes"),
            (f"penyaluran dana hibah di {s['prov']}", "Dana Hibah"),
            (f"pembangunan {s['pasar']}", "Pasar"),
            (f"pengadaan lahan kantor {s['pemkab']}", "Pengadaan Lahan"),
            (f"pembangunan jembatan di {s['kecamatan']}", "Jembatan"),
            (f"pengadaan seragam sekolah di {s['kab']}", "Seragam Sekolah"),
        )
    )
    s |= {
        "def_": defendant[1],
        "crime": crime,
        "crime_title": crime_title,
        "penuntut": "KPK" if kpk else f"Kejati {s['provk']}",
        "penuntut_full": "Komisi Pemberantasan Korupsi (KPK)"
        if kpk
        else f"Kejaksaan Tinggi (Kejati) {s['prov']}",
        "instansi": instansi,
        "instansi_short": instansi.split(" ", 1)[0] + " " + instansi.rsplit(" ", 1)[-1],
        "proyek": proyek[0],
        "Proyek_short": proyek[1],
        "nilai": fmt_dec(rf(5, 400), 1),
        "company": company,
        "lain": count(rng, ri(1, 5)),
        "pasal": "Pasal 2 ayat (1) juncto Pasal 18 Undang-Undang Nomor 31 Tahun 1999 tentang"
        " Pemberantasan Tindak Pidana Korupsi",
        "rutan": "Rutan KPK" if kpk else f"Rutan Kelas I {s['capital']}",
        "hakim": hakim,
        "jaksa": jaksa,
        "saksi1": name(rng, region, single=0.1),
        "aset1": aset[0],
        "Aset1": aset[0].title(),
        "aset2": aset[1],
        "modus": rng.choice(MODUS),
        "fee": str(ri(5, 20)),
        "oldyear2": str(event.year - ri(1, 4)),
        "koper": count(rng, ri(2, 9)),
        "vonis": str(tuntut - ri(0, 3)),
        "tuntut": str(tuntut),
        "denda": fmt_int(ri(1, 10) * 100),
        "subsider": count(rng, ri(2, 6)),
        "ganti": fmt_dec(rf(0.5, 40), 1),
        "rugi": fmt_dec(rf(1, 200), 1),
        "saksi": str(ri(8, 40)),
        "sita": fmt_int(ri(50, 5000)),
        "selisih_harga": str(ri(20, 300)),
        "durasi_sidang": count(rng, ri(2, 6)),
    }
    people: People = {"def": defendant}
    if kind == "vonis":
        people["a"] = (f"hakim ketua {hakim}", short(hakim))
    elif kind == "tuntutan":
        people["a"] = (f"jaksa penuntut umum {jaksa}", short(jaksa))
    return s, people, kind


def _olahraga(rng: random.Random, event: dt.date) -> tuple[dict[str, str], People, str]:
    kind = rng.choice(("menang", "menang", "imbang"))
    c = rng.sample(CLUBS, 3)
    club, stadium, prov, entry, supporter = c[0]
    s = base(rng, event, prov, entry)
    ri, rf = rng.randint, rng.uniform
    region = s["region"]
    g1 = ri(1, 4)

    def player() -> str:
        if rng.random() < 0.7:
            return name(rng, region, local=0.3, single=0.2, women=0)
        return f"{rng.choice(FOREIGN[0])} {rng.choice(FOREIGN[1])}"

    def coach(club: str) -> tuple[str, str]:
        who = player() if rng.random() < 0.5 else name(rng, region, single=0, women=0)
        return f"pelatih {club} {who}", short(who)

    scorers = [player() for _ in range(3)]
    m1, m2, m3 = sorted(rng.sample(range(3, 90), 3))
    year = event.year
    s |= {
        "club": club,
        "club2": c[1][0],
        "club3": c[2][0],
        "stadium": stadium,
        "supporter": supporter,
        "liga": "Liga 1"
        if year >= 2017
        else ("Torabika Soccer Championship" if year == 2016 else "Indonesia Super League"),
        "g1": str(g1),
        "g2": str(ri(0, g1 - 1)),
        "scorer": scorers[0],
        "scorer2": scorers[1],
        "scorer3": scorers[2],
        "scorer_": short(scorers[0]),
        "scorer2_": short(scorers[1]),
        "scorer3_": short(scorers[2]),
        "kiper": player(),
        "absen": player(),
        "bintang": (star := player()),
        "bintang_": short(star),
        "debutan": player(),
        "formasi": rng.choice(FORMATIONS),
        "lapangan_latihan": rng.choice(
            (f"Lapangan {s['village']}", f"Stadion Mini {s['city']}", f"lapangan {s['kecamatan']}")
        ),
        "wasit": name(rng, region, local=0.2, single=0, women=0),
        "m1": str(m1),
        "m2": str(m2),
        "m3": str(m3),
        "pekan": str(ri(2, 34)),
        "penonton": fmt_int(ri(5, 60) * 1000),
        "rank": str(ri(1, 12)),
        "rank2": str(ri(6, 18)),
        "poin": str(ri(10, 60)),
        "kartu": count(rng, ri(2, 8)),
        "tanpa": count(rng, ri(3, 9)),
        "menit_henti": count(rng, ri(5, 30)),
        "possession": str(ri(52, 68)),
        "tembakan": count(rng, ri(8, 22)),
        "ganti": count(rng, ri(2, 5)),
        "aparat": fmt_int(ri(4, 30) * 100),
        "tiket": str(rng.choice((25, 35, 50, 75, 100))),
        "golsum": count(rng, ri(2, 18)),
        "main": str(ri(5, 33)),
        "tembakan2": count(rng, ri(1, 8)),
        "m_cedera": str(ri(10, 44)),
        "tiket_terjual": fmt_int(ri(5, 50) * 1000),
        "legenda": name(rng, region, local=0.6, single=0.2, women=0),
        "renovasi": fmt_dec(rf(2, 80), 1),
        "rank3": str(ri(1, 18)),
        "tahun_menang": count(rng, ri(2, 8)),
        "imbang_beruntun": count(rng, ri(2, 5)),
    }
    home = [scorers[0], scorers[2], s["bintang"], s["debutan"]] + [player() for _ in range(7)]
    away = [s["kiper"], scorers[1]] + [player() for _ in range(9)]
    s["lineup1"] = ", ".join(rng.sample(home, len(home)))
    s["lineup2"] = ", ".join([away[0], *rng.sample(away[1:], len(away) - 1)])
    people = {"a": coach(club), "b": coach(c[1][0])}
    s["coach_"] = people["a"][1]
    return s, people, kind


def promo(rng: random.Random, event: dt.date) -> str:
    """A shopping festival of the event's month: "promo 11.11", "Harbolnas 2019"."""
    m = event.month
    options = ["promo gajian", "promo akhir pekan", "promo ulang tahun platform"]
    if m >= 9:
        options += [f"promo tanggal kembar {m}.{m}"] * 3
    if m == 12:
        options += [f"Hari Belanja Online Nasional (Harbolnas) {event.year}"] * 4
    if m in (3, 4, 5):
        options += ["promo Ramadhan"] * 2
    return rng.choice(options)


def _ecommerce(rng: random.Random, event: dt.date) -> tuple[dict[str, str], People, str]:
    kind = rng.choice(("promo", "promo", "regulasi", "penipuan"))
    s = base(rng, event)
    ri, rf = rng.randint, rng.uniform
    cats = rng.sample(CATEGORIES, 3)
    buyers = [PLACES[p].capital for p in rng.sample(PROVINCES, 2)]
    scam = rng.choice(SCAMS)
    s |= {
        "shop": rng.choice(SHOPS),
        "promo_full": promo(rng, event),
        "trx": fmt_dec(rf(2, 30), 1),
        "persen": str(ri(10, 60)),
        "pengguna": str(ri(20, 150)),
        "umkm": str(ri(5, 300)),
        "lokal": fmt_dec(rf(30, 60), 1),
        "kurir": fmt_int(ri(1000, 20000)),
        "kurir_co": rng.choice(COURIERS),
        "dompet_co": rng.choice(WALLETS),
        "peserta": str(ri(50, 300)),
        "digital": str(ri(40, 150)),
        "keluhan": str(ri(5, 40)),
        "dompet": str(ri(30, 70)),
        "internet": str(ri(150, 220)),
        "ue": str(ri(10, 60)),
        "diskon": str(rng.choice((50, 70, 80, 90))),
        "kategori": cats[0],
        "Kategori": cats[0].title(),
        "kategori2": cats[1],
        "kategori3": cats[2],
        "kota_beli": buyers[0],
        "kota_beli2": buyers[1],
        "hari_kirim": count(rng, ri(4, 14)),
        "aturan": f"Peraturan Menteri Perdagangan Nomor {ri(5, 80)} Tahun {event.year}",
        "modus_tipu": scam[0],
        "Modus_tipu": scam[1],
        "barang_tipu": rng.choice(SCAM_GOODS),
        "kerugian": fmt_int(ri(5, 900)),
        "pelaku": count(rng, ri(2, 9)),
        "ponsel": count(rng, ri(3, 30)),
        "simcard": str(ri(10, 200)),
        "korban_tipu": fmt_int(ri(20, 3000)),
        "penjual": name(rng, s["region"], local=0.7, single=0.1),
        "umkm_prov": fmt_int(ri(2, 400) * 100),
        "trx_nas": fmt_int(ri(200, 550)),
        "penjual_asing": str(ri(5, 90)),
        "paket_naik": str(ri(10, 40)),
        "komisi": fmt_dec(rf(2, 12), 1),
        "paket_kurir": str(ri(80, 250)),
        "survei_persen": str(ri(40, 85)),
        "kunjungan": count(rng, ri(2, 6)),
        "terjual": fmt_int(ri(10, 900)),
        "rekening": str(ri(5, 120)),
        "buron": count(rng, ri(1, 6)),
        "oldyear2": str(event.year - ri(1, 5)),
        "tahun_depan": str(event.year + ri(2, 8)),
        "daftar2": listing(
            f"{rng.choice(starts)}{rng.choice(('', ' Craft', ' Kopi', ' Batik', ' Wear', ' Food'))}"
            for starts in (VILLAGE_PARTS["jawa"][0], VILLAGE_PARTS["sunda"][0], LANDMARKS)
        ),
    }
    return s, {}, kind


def _kesehatan(rng: random.Random, event: dt.date) -> tuple[dict[str, str], People, str]:
    kind = rng.choice(("dbd", "imunisasi", "air", "keracunan"))
    s = base(rng, event)
    ri, rf = rng.randint, rng.uniform
    disease = rng.choice(DISEASES[kind][:1] if kind == "dbd" else DISEASES[kind])
    kasus = ri(50, 4000)
    gejala = rng.sample(SYMPTOMS, 3)
    s |= {
        "disease": disease,
        "disease_short": "DBD" if kind == "dbd" else disease.title(),
        "acara": rng.choice(
            (
                f"pernikahan warga {s['village']}",
                f"syukuran di {s['dusun']}",
                f"peringatan Maulid Nabi di {s['desa']}",
                f"kegiatan sekolah di {s['kecamatan']}",
                f"tahlilan di rumah warga {s['village']}",
            )
        ),
        "menu1": (
            menu := rng.sample(
                (
                    "nasi kuning",
                    "ayam goreng",
                    "telur balado",
                    "mi goreng",
                    "ikan bumbu kuning",
                    "daging rendang",
                    "urap",
                    "tahu bacem",
                ),
                2,
            )
        )[0],
        "menu2": menu[1],
        "pemilik_hajat": name(rng, s["region"], local=0.9, single=0.3),
        "kasus": fmt_int(kasus),
        "mati": count(rng, ri(1, 30)),
        "kasuslama": fmt_int(kasus // ri(2, 5)),
        "usia": count(rng, rng.choice((5, 10, 15))),
        "rawat": str(ri(10, 300)),
        "bed": str(ri(10, 120)),
        "sasaran": fmt_int(ri(10, 500) * 1000),
        "anggaran": fmt_dec(rf(1, 50), 1),
        "rumahdata": fmt_int(ri(100, 5000)),
        "puskesmas": str(ri(5, 40)),
        "puskesmas_nama": f"Puskesmas {s['kec_name']}",
        "sekolah_nama": f"SD Negeri {ri(1, 12)} {s['village']}",
        "abj": str(ri(60, 90)),
        "cakupan": str(ri(40, 85)),
        "sampel": str(ri(10, 120)),
        "gejala1": gejala[0],
        "gejala2": gejala[1],
        "gejala3": gejala[2],
        "pasien1": f"{name(rng, s['region'], local=0.8, single=0.3)} ({ri(2, 70)})",
        "obat": rng.choice(MEDICINES),
        "cfr": fmt_dec(rf(0.2, 4), 1),
        "kab2": rng.choice(
            [c for c in PLACES[s["prov"]].cities if c.removeprefix("Kota ") != s["city"]]
        )
        if len(PLACES[s["prov"]].cities) > 1
        else s["capital"],
        "btt": fmt_int(ri(100, 5000)),
        "trombosit": str(ri(20, 100)),
    }
    return s, {}, kind


BUILDERS: dict[str, Callable[[random.Random, dt.date], tuple[dict[str, str], People, str]]] = {
    "bencana": _bencana,
    "penerbangan": _penerbangan,
    "bbm": _bbm,
    "bps": _bps,
    "politik": _politik,
    "pengadilan": _pengadilan,
    "olahraga": _olahraga,
    "ecommerce": _ecommerce,
    "kesehatan": _kesehatan,
}
PARTS = ("titles", "leads", "body", "quotes", "voices", "views", "lists", "crowd")


class Story(NamedTuple):
    """One event: its slots, people, and the templates its outlets draw from."""

    genre: str
    kind: str  # "gempa", "vonis" ...; "" for a genre without kinds
    event: dt.date
    slots: dict[str, str]
    people: People
    parts: dict[str, list[tuple[str, ...]]]
    body: list[tuple[float, tuple[str, ...]]]  # the story's facts, with their place (0-1)
    spare: list[tuple[float, tuple[str, ...]]]  # the genre's other facts
    officials: list[str]
    voices: list[str]
    analysts: list[str]


OFFICIALS, VOICE_KEYS, ANALYST_KEYS = tuple("abcdef"), ("w", "v", "u"), ("x", "y")


def listing(items: Iterable[str]) -> str:
    """ "A, B, dan C"."""
    items = list(items)
    if len(items) <= 2:
        return " dan ".join(items)
    return ", ".join(items[:-1]) + ", dan " + items[-1]


def voice(
    rng: random.Random, genre_name: str, fill: dict[str, str], kind: str = ""
) -> tuple[str, str]:
    """Someone the story happened to: "Rini (29), warga Desa Sukamaju"."""
    who = name(rng, fill["region"], local=0.8, single=0.3)
    desc = rng.choice(VOICES.get(f"{genre_name}_{kind}", VOICES[genre_name]))
    return desc.format_map(fill | {"name": who, "age": rng.randint(19, 72)}), short(who)


def analyst(
    rng: random.Random, genre_name: str, fill: dict[str, str], univ: str = ""
) -> tuple[str, str]:
    """An analyst: "ekonom Universitas Andalas Afrizal Koto"."""
    who = name(rng, fill["region"], local=0.3, single=0)
    field_ = rng.choice(ANALYSTS[genre_name])
    if genre_name == "olahraga":
        return f"{field_} {who}", short(who)
    return f"{field_} {univ or rng.choice(UNIVERSITIES)} {who}", short(who)


def story(rng: random.Random, genre_name: str, event: dt.date) -> Story:
    """A story of a genre on a day: place, numbers, people, and its share of the templates."""
    s, people, kind = BUILDERS[genre_name](rng, event)
    region = s["region"]
    fill = s | {k + "_": v[1] for k, v in people.items()}
    roles = rng.sample(ROLES[genre_name], sum(k not in people for k in OFFICIALS))
    for key in OFFICIALS:
        if key not in people:
            people[key] = person(rng, region, roles.pop().format_map(fill), single=0.05)
    if "daftar2" not in s:  # a second list: crew, judges, other candidates ...
        pairs = genre_name == "politik"
        s["daftar2"] = listing(
            (
                f"{short(name(rng, region))}-{short(name(rng, region))}"
                if pairs
                else name(rng, region)
            )
            for _ in range(rng.randint(2, 4))
        )
    if "daftar" not in s:  # people the story names in a list: victims, witnesses ...
        aged = genre_name in ("bencana", "penerbangan", "kesehatan")
        n = rng.randint(3, 6)
        if genre_name == "bencana":
            n = min(n, int(s["tewas"]))  # no more victims named than died
        s["daftar"] = listing(
            name(rng, region, local=0.7, single=0.2) + (f" ({rng.randint(2, 80)})" if aged else "")
            for _ in range(n)
        )
    for key in VOICE_KEYS:
        people[key] = voice(rng, genre_name, fill, kind)
    # The heads of the village and of the regency, who tell about their place.
    people["k"] = (f"{s['kades']} {s['nama_kades']}", short(s["nama_kades"]))
    people["h"] = (f"{s['head']} {s['nama_bupati']}", short(s["nama_bupati"]))
    for key in ANALYST_KEYS:
        people[key] = analyst(rng, genre_name, fill, s["univ"] if key == "x" else "")

    templates = GENRES[genre_name]
    tags = kind.split("+")  # "jatuh+laut": a plane crash at sea
    pools = {
        part: templates.get(part, ()) + sum((templates.get(f"{part}_{t}", ()) for t in tags), ())
        for part in PARTS
    }
    share = {"titles": 0.5, "leads": 0.5, "quotes": 0.5, "voices": 0.6, "views": 0.6}
    share |= {"lists": 1.0, "crowd": 1.0}
    parts = {
        part: rng.sample(pool, max(1, round(len(pool) * share[part])))
        for part, pool in pools.items()
        if part != "body"
    }
    parts["common"] = rng.sample(COMMON, 14)
    # Context about the place: the village for events that happen in one, the regency for
    # the economy, a match, a release; none for national figures.
    village = VILLAGE_CONTEXT[genre_name] if "darat" not in tags else 1.0
    n = rng.randint(4, 7) if s.get("where") == "Indonesia" else rng.randint(7, 12)
    near = round(n * village)
    inside = (  # "... dari Jakarta", a road to an island
        s["city"] == s["capital"] or s["prov"] == "DKI Jakarta" or "Kepulauan" in s["city"]
    )
    city_pool = [g for g in LOCAL_CITY if not (inside and "{capital}" in g[0])]
    village_pool = list(LOCAL)
    if s["prov"] == "DKI Jakarta":  # no farms, hills or village crafts in the capital
        city_pool = [g for g in city_pool if not RURAL.search(g[0])]
        village_pool = [g for g in village_pool if not RURAL.search(g[0])]
    near = min(near, len(village_pool))
    parts["local"] = rng.sample(village_pool, near) + rng.sample(
        city_pool, min(n - near, len(city_pool))
    )
    facts = pools["body"]
    places = [(i + rng.random()) / len(facts) for i in range(len(facts))]
    chosen = set(rng.sample(range(len(facts)), round(len(facts) * rng.uniform(*STORY_FACTS))))
    body = [(places[i], facts[i]) for i in sorted(chosen)]
    spare = [(places[i], facts[i]) for i in range(len(facts)) if i not in chosen]
    return Story(
        genre_name,
        kind,
        event,
        s,
        people,
        parts,
        body,
        spare,
        list(OFFICIALS),
        list(VOICE_KEYS),
        list(ANALYST_KEYS),
    )


RURAL = re.compile(
    r"\{(?:produk2?|pekerjaan|km|mdpl|landmark2?|tradisi|rantau|luas_kab)\}|perbukitan"
)
# How much of a story's context is about its village rather than its regency.
VILLAGE_CONTEXT = {
    "bencana": 1.0,
    "kesehatan": 0.8,
    "politik": 0.5,
    "pengadilan": 0.4,
    "bbm": 0.4,
    "penerbangan": 0.2,
    "olahraga": 0.0,
    "bps": 0.0,
    "ecommerce": 0.2,
}
STORY_FACTS = (0.28, 0.4)  # the share of its genre's facts a story has
ARTICLE_FACTS = 0.5  # the share of its story's facts an article tells
LIST_SHARE = 0.8  # how often an article prints each of its story's lists of names
LOCAL_SHARE = 0.8  # how often an article gives each of its story's local context
OWN_PEOPLE = 0.75  # how often an outlet quotes a resident or an analyst of its own


class Slots(dict):
    """A story's slots in one article: people named in full the first time and by short
    name after, and date phrases made fresh each time a template asks for one."""

    def __init__(self, story: Story, dates: Dates, own: People | None = None) -> None:
        super().__init__(story.slots)
        self.people = story.people | (own or {})
        self.dates, self.event = dates, story.event
        self.seen: set[str] = set()

    def __missing__(self, key: str) -> str:
        if key in self.people:
            full, short_ = self.people[key]
            if key in self.seen:
                return short_
            self.seen.add(key)
            return full
        if key.endswith("_") and key[:-1] in self.people:
            return self.people[key[:-1]][1]
        d = self.dates
        makers = {
            "ev": lambda: d.day(self.event),
            "evt": d.clock,
            "past": d.past,
            "future": d.future,
            "dur": d.duration,
            "period": d.period,
            "ev_next": lambda: d.day(self.event + dt.timedelta(days=1)),
            "recent": lambda: d.day(self.event - dt.timedelta(days=d.rng.randint(7, 45))),
            "soon": lambda: d.day(self.event + dt.timedelta(days=d.rng.randint(3, 10))),
            "ev_prev": lambda: d.day(self.event - dt.timedelta(days=d.rng.randint(1, 3))),
            "pub": lambda: d.day(d.pub),
            "yr": lambda: str(self.event.year),
            "lastyr": lambda: str(self.event.year - 1),
        }
        if key not in makers:
            raise KeyError(key)
        return makers[key]()


NUMBER_WORD = re.compile(r"\b(?:" + "|".join(WORDS[1:]) + r")\b")
PERSON_SLOT = re.compile(r"\{[a-fhkuvwxy]_?\}")
# A fact told as someone's: {f} the fact, {fl} the fact lower-cased.
ATTRIBUTIONS = (
    "{f}, kata {who}.",
    "{f}, ujar {who}.",
    "{f}, [jelas|terang|tutur|ungkap] {who}.",
    "Menurut {who}, {fl}.",
    "{who} mengatakan, {fl}.",
    "{who} [menjelaskan|menyebutkan|memaparkan], {fl}.",
    "[Selain itu|Di samping itu], {who} [menyebut|menyampaikan] {fl}.",
)
ATTRIBUTED = 0.75  # the share of facts an article tells as someone's
LOCAL_TOLD = 0.7  # ... of context told by the head of the village or of the regency
ATTRIBUTED_GENERAL = 0.9  # ... of facts true of any story, which news tells as someone's


# Words that start the names of institutions and places: "Badan Pusat Statistik".
NAME_HEADS = frozenset(
    words(
        "badan kementerian dinas bukit pantai danau goa telaga curug puncak air pemerintah bank"
        " komisi pengadilan mahkamah kejaksaan kepolisian universitas institut rumah pasar jalan"
        " desa kelurahan kecamatan kabupaten kota provinsi gunung sungai kali pulau tukad batang"
        " krueng gampong nagari dusun banjar jorong kampung distrik dewan balai asosiasi yayasan"
        " lembaga otoritas kantor stadion bandara pelabuhan tim satgas direktorat komite camat"
        " gubernur wakil sekretaris kepala ketua bupati wali menteri kapolres kapolda komandan"
    )
)


def lower(text: str, named: bool = False) -> str:
    """The text with its first letter lower-cased, unless it starts with a name (`named`:
    with a slot's value) or an acronym: "Pesawat itu ..." is "pesawat itu ...", "BMKG ..."
    and "Pertamina ..." stay."""
    first, _, rest = text.partition(" ")
    first = first.strip(",.")
    if named or not first[1:].islower() or first in PROPER:
        return text  # "BMKG", "Pertamina", "Rudi"
    if rest[:1].isupper() and first.lower() in NAME_HEADS:
        return text  # "Badan Pusat Statistik ...", "Bukit Kebon Pala ...": a name
    return text[0].lower() + text[1:]


def render(rng: random.Random, group: tuple[str, ...], slots: Slots) -> str:
    """One wording of a fact, filled in."""
    return fill(rng, group, slots)[0]


def fill(rng: random.Random, group: tuple[str, ...], slots: Slots) -> tuple[str, bool]:
    """One wording of a fact, filled in, and whether it starts with a slot's value."""
    template = pick(rng, rng.choice(group))
    text = template.format_map(slots)
    return text[:1].upper() + text[1:], template.startswith("{")


def attributed(rng: random.Random, text: str, who: str, slots: Slots, named: bool) -> str:
    """A fact told as someone's: "..., kata Dwi."; `named`: the fact starts with a name."""
    form = pick(rng, rng.choice(ATTRIBUTIONS))
    fact = text.rstrip(".")
    said = form.replace("{who}", slots[who])
    said = said.replace("{fl}", lower(fact, named)).replace("{f}", fact)
    return said[:1].upper() + said[1:]


# How people open what they say, by the kind of speaker.
OPENERS = {
    "quotes": words(
        "Yang_jelas,_ Intinya,_ Pada_prinsipnya,_ Sejauh_ini_ Untuk_saat_ini,_ Jadi,_ Tentu_"
        " Prinsipnya,_ Perlu_kami_sampaikan,_"
    ),
    "voices": words("Ya,_ Pokoknya_ Terus_terang,_ Jujur_saja,_ Sekarang_ Intinya_ Ya_begitulah,_"),
    "views": words(
        "Menurut_saya,_ Saya_kira_ Pada_dasarnya_ Yang_perlu_dicermati,_ Dalam_pandangan_saya,_"
    ),
}


def quote(
    rng: random.Random,
    group: tuple[str, ...],
    speaker: str,
    slots: Slots,
    first: bool,
    part: str = "quotes",
) -> str:
    """A quote of a speaker, said directly or reported."""
    q = pick(rng, rng.choice(group)).format_map(slots)
    if rng.random() < 0.5:
        q = rng.choice(OPENERS[part]) + lower(q)
    forms = QUOTE_FORMS
    if FIRST_PERSON.search(q):  # "kami" cannot be reported as is
        forms = tuple(f for f in forms if "{ql}" not in f[0])
    if first:  # "Hal senada ..." follows another quote
        forms = tuple(f for f in forms if not f[0].startswith("Hal senada"))
    form = pick(rng, rng.choice(forms)[0]).replace("{who}", "{" + speaker + "}")
    slots["q"], slots["ql"] = q, lower(q)
    text = form.format_map(slots)
    return text[:1].upper() + text[1:]


# Words an outlet's house style chooses for a whole article ("daring" or "online").
STYLE = {
    "*": (("warga", "penduduk"), ("mengatakan", "menyatakan"), ("sejumlah", "beberapa")),
    "bencana": (("pengungsi", "warga terdampak"), ("evakuasi", "penyelamatan")),
    "penerbangan": (("maskapai", "perusahaan penerbangan"), ("penumpang", "penumpang pesawat")),
    "bbm": (("pengendara", "pemilik kendaraan"), ("antrean", "antrean panjang")),
    "bps": (("komoditas", "barang"), ("naik", "meningkat")),
    "politik": (("hitung cepat", "quick count"), ("pemilih", "konstituen")),
    "pengadilan": (("penasihat hukum", "kuasa hukum", "pengacara"), ("penyidik", "tim penyidik")),
    "olahraga": (
        ("pertandingan", "laga", "duel"),
        ("(?<!Susunan )pemain", "penggawa", "punggawa"),
        ("pelatih", "juru taktik", "arsitek tim"),
        ("suporter", "pendukung"),
    ),
    "ecommerce": (("daring", "online"), ("pembeli", "konsumen"), ("kurir", "petugas pengantar")),
    "kesehatan": (("pasien", "penderita"), ("dirawat", "menjalani perawatan")),
}


def house_style(rng: random.Random, genre_name: str) -> Callable[[str], str]:
    """The outlet's choice of words for one article: a function applied to its text."""
    chosen = []
    for pattern, *others in STYLE["*"] + STYLE[genre_name]:
        word = re.sub(r"\(\?<!.*?\)", "", pattern)  # "(?<!Susunan )pemain": "pemain"
        choice = rng.choice([word, *others])
        if choice != word:
            chosen.append((re.compile(rf"\b{pattern}\b"), choice))

    def apply(text: str) -> str:
        for word, variant in chosen:
            text = word.sub(variant, text)
        return text

    return apply


def article(
    rng: random.Random, story: Story, published: dt.datetime, outlet: tuple[str, str, str]
) -> tuple[str, str]:
    """The title and text of one outlet's article of a story."""
    # Each outlet talks to people of its own besides the story's officials: residents,
    # analysts, now and then another official.
    known = story.slots | {k + "_": v[1] for k, v in story.people.items()}
    own: People = {}
    for key in VOICE_KEYS[1:]:
        if rng.random() < OWN_PEOPLE:
            own[key] = voice(rng, story.genre, known, story.kind)
    for key in ANALYST_KEYS:
        if rng.random() < OWN_PEOPLE:
            own[key] = analyst(rng, story.genre, known)
    roles = [r.format_map(known) for r in ROLES[story.genre]]
    roles = [r for r in roles if not any(v[0].startswith(r) for v in story.people.values())]
    if roles and rng.random() < 0.5:
        own["g"] = person(rng, known["region"], rng.choice(roles), single=0.05)
    slots = Slots(story, Dates(rng, published.date(), story.slots["zone"]), own)
    style = house_style(rng, story.genre)
    parts = story.parts
    title = render(rng, rng.choice(parts["titles"]), slots)
    title = NUMBER_WORD.sub(lambda m: m.group().title(), title)
    slots.seen.clear()
    _source, dateline, tag = outlet
    where = story.slots["capital"] if rng.random() < 0.5 else story.slots["city"]
    lead = render(rng, rng.choice(parts["leads"]), slots)
    paragraphs = [dateline.format(City=where, CITY=where.upper()) + style(lead)]
    # The people the outlet talked to: the first official most often.
    officials = [k for k in story.officials if rng.random() < (0.8 if k == "a" else 0.3)]
    officials = (officials or story.officials[:1]) + (["g"] if "g" in own else [])
    # The outlet's material, each item with its place in the article (0 top, 1 bottom).
    items: list[tuple[float, int, str, tuple[str, ...], str]] = []
    for place, group in story.body:
        if rng.random() < ARTICLE_FACTS:
            items.append((place + rng.gauss(0, 0.12), len(items), "fact", group, ""))
    for place, group in rng.sample(story.spare, min(len(story.spare), rng.randint(1, 4))):
        items.append((place + rng.gauss(0, 0.12), len(items), "fact", group, ""))
    for part, speakers, n, low in (
        ("quotes", officials, rng.randint(2, 5), 0.05),
        ("voices", rng.sample(story.voices, rng.randint(1, 2)), rng.randint(0, 3), 0.3),
        ("views", rng.sample(story.analysts, 1), rng.randint(0, 2), 0.4),
    ):
        pool = parts[part]
        for group in rng.sample(pool, min(n, len(pool))):
            who = speakers[min(int(rng.expovariate(1.0)), len(speakers) - 1)]
            items.append((rng.uniform(low, 1.0), len(items), "quote:" + part, group, who))
    for group in parts["lists"]:
        if rng.random() < LIST_SHARE:
            items.append((rng.uniform(0.3, 0.9), len(items), "context", group, ""))
    if parts["crowd"] and rng.random() < 0.6:  # the residents this outlet met, by name
        crowd = (
            name(rng, known["region"], local=0.8, single=0.3) for _ in range(rng.randint(2, 3))
        )
        slots["crowd"] = listing(f"{who} ({rng.randint(19, 70)})" for who in crowd)
        items.append((rng.uniform(0.3, 0.9), len(items), "context", rng.choice(parts["crowd"]), ""))
    for group in parts["local"]:
        if rng.random() < LOCAL_SHARE:
            who = "k" if group in LOCAL else "h"
            items.append((rng.uniform(0.2, 1.0), len(items), "context", group, who))
    for group in rng.sample(parts["common"], rng.randint(3, 6)):
        items.append((rng.uniform(0.3, 1.1), len(items), "common", group, ""))
    items.sort()
    queue = [(kind, group, who) for _, _, kind, group, who in items]
    # If the article is still short when its material runs out: more of the story's facts
    # and context, then facts of the genre.
    told = {id(group) for _, group, _ in queue}
    for kind, pool in (
        ("fact", [g for _, g in story.body]),
        ("context:", parts["local"]),
        ("fact", [g for _, g in story.spare]),
    ):
        extra = [g for g in pool if id(g) not in told]
        rng.shuffle(extra)
        queue += [
            (kind.rstrip(":"), g, ("k" if g in LOCAL else "h") if kind[-1] == ":" else "")
            for g in extra
        ]
    target = rng.randint(2500, 4000)
    size = len(paragraphs[0])
    at, quoted = 0, False
    while size < target and at < len(queue):
        kind, group, who = queue[at]
        at += 1
        if kind.startswith("quote"):
            text = quote(rng, group, who, slots, not quoted, kind.removeprefix("quote:"))
            quoted = True
        else:
            general = all("{" not in t for t in group)  # true of any story of the genre
            told_by = (
                kind == "fact"
                and rng.random() < (ATTRIBUTED_GENERAL if general else ATTRIBUTED)
                and not any(PERSON_SLOT.search(t) for t in group)
            )
            text, named = fill(rng, group, slots)
            if kind == "context" and who and not PERSON_SLOT.search(group[0]):
                if rng.random() < LOCAL_TOLD:  # the village head tells about the village
                    text = attributed(rng, text, who, slots, named)
            elif told_by:  # "..., kata Dwi."
                who = officials[min(int(rng.expovariate(0.7)), len(officials) - 1)]
                text = attributed(rng, text, who, slots, named)
            elif (
                kind == "fact" and at < len(queue) and queue[at][0] == "fact" and rng.random() < 0.3
            ):
                text += " " + render(rng, queue[at][1], slots)  # two facts in one paragraph
                at += 1
        text = style(text)
        paragraphs.append(text)
        size += len(text) + 1
    limit = 4000 - len(tag) - 1
    while size > limit and size - len(paragraphs[-1]) - 1 >= 2500:
        size -= len(paragraphs.pop()) + 1  # no longer than a Kompas article
    if tag:
        paragraphs[-1] += " " + tag
    return title, "\n".join(paragraphs)


def stories(seed: int) -> Iterator[dict[str, str]]:
    """Articles, story by story, forever: dicts with id, text, published, source, title."""
    names = sorted(GENRES)
    span = (END - START).days
    number = 0
    while True:
        rng = random.Random(seed * 1_000_003 + number)
        genre_name = names[number % len(names)] if number < len(names) else rng.choice(names)
        event = START + dt.timedelta(days=rng.randrange(span))
        told = story(rng, genre_name, event)
        outlets = rng.sample(OUTLETS, rng.randint(3, 8))
        for k, outlet in enumerate(outlets):
            lag = 0 if k == 0 else rng.choice((0, 0, 1, 1, 1, 2, 3, 5, 8))
            if told.kind in ("harga", "promo", "regulasi") and rng.random() < 0.4:
                lag = -rng.randint(1, 10)  # announced before the day
            published = dt.datetime.combine(
                event + dt.timedelta(days=lag), dt.time(rng.randint(5, 23), rng.randrange(60))
            )
            title, text = article(rng, told, published, outlet)
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
