//! Measures the engine against the hand-judged evaluation sets and the word-overlap baseline.
//!
//! `cargo run -p matching --release --example evaluate` prints the tables;
//! `-- --write docs/benchmarks.md` also replaces them in that file;
//! `-- --details` lists every need of the main set with its suggestions and judgments;
//! `-- --sweep` prints the main set's metrics for a range of thresholds;
//! `-- --set NAME` (any set of `examples/support/eval_sets.rs`) applies `--details` and
//! `--sweep` to that set instead; `-- --holdout` is short for `--set holdout`;
//! `-- --calibrate` fits the score calibration on all hundred and forty-five sets and writes `data/calibration.txt`;
//! `-- --curve` prints precision and recall per calibrated threshold, pooled over the hundred and forty-five sets;
//! `-- --loso` runs the leave-one-set-out choice of weights and threshold and prints each set's
//! figures when it was held out;
//! `-- --fit` measures the per-need decision whether anything fits (`matching::fit`) by
//! leave-one-set-out against one global threshold, for several floors, sets of facts and bands
//! (`EVAL_FIT_DUMP=FILE` also writes every need with candidates: set, whether a fitting offer is
//! among them, its facts);
//! `-- --fit-write FLOOR` fits it on all sets at that floor and writes `data/fit.txt`;
//! `-- --fit-diff` lists the needs whose suggestions the shipped decision changes against the
//! global threshold (first fitting rank, or a no-fit need gaining or losing its suggestions);
//! `-- --misses` lists, on every training set, the needs with a fitting offer that get no
//! suggestion at all, and why each fitting offer was left out (the hard rule, or the raw score
//! and the soft rule that lowered it most);
//! `-- --causes` tells, per set and in total, why judged fitting pairs are not among the first ten
//! suggestions (hard rule and its source, raw score below the threshold by how much, no shared
//! subject, ranked below ten others) and what comes first for needs without a fitting offer;
//! `-- --padded` first adds side remarks to every description (see `pad`), the way long formal
//! profile texts carry them, to measure how the engine holds up on texts longer than the sets'.

use matching::calibration::Calibration;
use matching::cli::{parse_input, MatchInput};
use matching::eval::{evaluate, parse_judgments, word_overlap_baseline, Judgments, Metrics, Rankings};
use matching::fit::{fit_weights, FitModel, NeedFacts, FEATURES};
use matching::ItemId;
use matching::{Engine, Params, Suggestion};

#[path = "support/eval_sets.rs"]
mod eval_sets;
use eval_sets::SETS;

/// How each set is introduced in the tables of `docs/benchmarks.md`.
const TITLES: [&str; 145] = [
    "Main set `eval/lindenau.json` (used to tune the engine)",
    "Held-out set `eval/holdout.json` (written and judged after tuning; see above for what its first run changed)",
    "Third set `eval/rivershire.json` (written and judged before its first run; see above for what that run changed)",
    "Fourth set `eval/auenfeld.json` (cards of a network meeting, written and judged before its first run; see above)",
    "Fifth set `eval/hafenstadt.json` (formal website texts; a blind test set of issue 18, training set since branch `match2`)",
    "Sixth set `eval/marktkarten.json` (telegraphic meeting cards; a blind test set of issue 18, training set since branch `match2`)",
    "Seventh set `eval/weltweit.json` (mostly English, Arabic, Turkish, Ukrainian; a blind test set of issue 18, training set since branch `match2`)",
    "Eighth set `eval/flussau.json` (web-form texts with typos and padding; a blind test set of issue 18, training set since branch `match3`)",
    "Ninth set `eval/bergheim.json` (hard negatives, 46 % of needs without a fitting offer; a blind test set of issue 18, training set since branch `match3`)",
    "Tenth set `eval/steppenweg.json` (mostly Russian, Farsi, Arabic, Ukrainian; a blind test set of issue 18, training set since branch `match3`)",
    "Eleventh set `eval/lindwurm.json` (phone-typed web-form entries, typos, some English and Turkish; a blind test set of issue 18, training set since branch `match8`)",
    "Twelfth set `eval/kesselbach.json` (formal brochure texts, hard negatives in one field or a stated quantity/audience; a blind test set of issue 18, training set since branch `match8`)",
    "Thirteenth set `eval/morgenhafen.json` (63 % of needs in English, Arabic, Ukrainian, Russian, Farsi, Turkish against German offers; a blind test set of issue 18, training set since branch `match8`)",
    "Fourteenth set `eval/lindenbrueck_karten.json` (typed-up meeting cards, sibling-subject look-alikes; a blind test set of issue 18, training set since branch `match9`)",
    "Fifteenth set `eval/hohenstade_profile.json` (formal website profiles, hard negatives by audience, capacity, district; a blind test set of issue 18, training set since branch `match9`)",
    "Sixteenth set `eval/westerkamp_mehrsprachig.json` (mostly English, Arabic, Turkish, Ukrainian, Russian, Farsi; a blind test set of issue 18, training set since branch `match9`)",
    "Seventeenth set `eval/kesselbrueck_umfrage.json` (survey answers as list-like half sentences; a blind test set of issue 18, training set since branch `match10`)",
    "Eighteenth set `eval/brackenstedt_hart.json` (56 % of needs without a fit, look-alikes failing on one thing; a blind test set of issue 18, training set since branch `match10`)",
    "Nineteenth set `eval/falkenried_handy.json` (phone-typed Arabic script, Arabizi, Turkish without diacritics, Finglish, broken German; a blind test set of issue 18, training set since branch `match10`)",
    "Twentieth set `eval/tannhoff_flipchart.json` (a meeting's flipcharts and sticky notes typed up, descriptions often empty; a blind test set of issue 18, training set since branch `match11`)",
    "Twenty-first set `eval/ostermoor_mails.json` (items pasted from e-mails and newsletters, the one sentence that matters among background; a blind test set of issue 18, training set since branch `match11`)",
    "Twenty-second set `eval/quellental_alltag.json` (an ordinary network after a year of use, all 15 categories, 22 % in other languages; a blind test set of issue 18, training set since branch `match11`)",
    "Twenty-third set `eval/birkenau_telefon.json` (the office's entries after phone calls, structured fields filled carefully; a blind test set of issue 18, training set since branch `match12`)",
    "Twenty-fourth set `eval/moorwinkel_jugend.json` (youth initiatives in a social-media tone, German and English mixed; a blind test set of issue 18, training set since branch `match12`)",
    "Twenty-fifth set `eval/sandhagen_vielsprachig.json` (55 % of the items in Turkish, Arabic, Ukrainian, Russian, Farsi, English, Polish, Romanian; a blind test set of issue 18, training set since branch `match12`)",
    "Twenty-sixth set `eval/rabenau_diktat.json` (entries dictated into a phone, no punctuation, numbers as words, split words, fillers; a blind test set of issue 18, training set since branch `match13`)",
    "Twenty-seventh set `eval/eichwald_landkreis.json` (a rural county where place, transport and on-site vs online decide; a blind test set of issue 18, training set since branch `match13`)",
    "Twenty-eighth set `eval/sonnberg_leicht.json` (every entry in plain language, a third in simple English, Arabic, Ukrainian, Turkish; a blind test set of issue 18, training set since branch `match13`)",
    "Twenty-ninth set `eval/amtshausen_antrag.json` (the official language of grant applications and association registers, formal conditions; a blind test set of issue 18, training set since branch `match14`)",
    "Thirtieth set `eval/kornfeld_tippfehler.json` (entries typed in haste, misspellings, categories chosen loosely; a blind test set of issue 18, training set since branch `match14`)",
    "Thirty-first set `eval/weidenbach_termine.json` (a network where seasons, holidays and date ranges decide; a blind test set of issue 18, training set since branch `match14`)",
    "Thirty-second set `eval/grenzfeld_zahlen.json` (numbers decide: group sizes, capacities, ages, amounts of funding, look-alikes failing on a number; a blind test set of issue 18, training set since branch `match16`)",
    "Thirty-third set `eval/altbrunn_vage.json` (vague one-line entries of small associations, sparse fields, categories chosen loosely; a blind test set of issue 18, training set since branch `match16`)",
    "Thirty-fourth set `eval/hafenring_fachsprache.json` (social-work and administrative jargon, half English and half German, some French and Spanish; a blind test set of issue 18, training set since branch `match16`)",
    "Thirty-fifth set `eval/seeblick_senioren.json` (older people and care: senior clubs, carers' groups, home visits, in long polite letters; look-alikes by mobility, carers vs the cared-for, one-off vs regular; a blind test set of issue 18, training set since branch `match21`)",
    "Thirty-sixth set `eval/lohmark_vereinsleben.json` (sports, music and culture clubs in club jargon; look-alikes by kind of equipment or venue, sport, level; a blind test set of issue 18, training set since branch `match21`)",
    "Thirty-seventh set `eval/riedstadt_eltern.json` (parents' initiatives with children's ages and school types everywhere, a third not in German; a blind test set of issue 18, training set since branch `match21`)",
    "Thirty-eighth set `eval/auwald_alltagshilfe.json` (newcomers' everyday practical help: accompaniment to offices, letters from authorities, certified vs informal translation; a blind test set of issue 18, training set since branch `match21`)",
    "Thirty-ninth set `eval/muehlbach_nachbarschaft.json` (neighbourhood and environment initiatives in a newsletter tone, loose fields; a blind test set of issue 18, training set since branch `match21`)",
    "Fortieth set `eval/rosenhain_gemeinden.json` (faith communities, cultural centres and diaspora associations, a quarter in eight languages; a blind test set of issue 18, training set since branch `match21`)",
    "Forty-first set `eval/nordhafen_ehrenamt.json` (a volunteering exchange in classified-ad style with certificates, licences and hours per week; a blind test set of issue 18, training set since branch `match21`)",
    "Forty-second set `eval/lindholm_digital.json` (associations' digital matters, tech jargon next to plain descriptions of problems; a blind test set of issue 18, training set since branch `match21`)",
    "Forty-third set `eval/wiesental_foerderung.json` (money and funding with amounts, purposes, deadlines and who may apply; a blind test set of issue 18, training set since branch `match21`)",
    "Forty-fourth set `eval/brunnenfeld_festival.json` (associations preparing festivals — stages, sound, permits, performers — in logistics German with numbers and artists' texts; 21 % English, Turkish, Ukrainian, Arabic, Spanish; a blind test set of issue 18, training set since 2026-12-07, session 20)",
    "Forty-fifth set `eval/kranichsee_sprachkurse.json` (language courses by level, with or without childcare, women only, exams, heritage languages; 33 % not German; a blind test set of issue 18, training set since 2026-12-07, session 20)",
    "Forty-sixth set `eval/talweg_frauengesundheit.json` (women's health, family and protection in careful phrasing; 35 % in ten languages; a blind test set of issue 18, training set since 2026-12-07, session 20)",
    "Forty-seventh set `eval/hirschberg_arbeit.json` (work and vocational training for newcomers, offers in job-centre and HR jargon, needs in plain words; 34 % English, Arabic, Ukrainian, Turkish, Farsi, Russian; a blind test set of issue 18, training set since 2026-12-07, session 20)",
    "Forty-eighth set `eval/steinfurt_oeffentlichkeit.json` (associations' public relations, media and culture (design vs print, photo vs video, press, stages), marketing speak beside clumsy entries; 26 % in six languages; a blind test set of issue 18, training set since 2026-12-07, session 20)",
    "Forty-ninth set `eval/ulmenhof_sport.json` (sport and youth in a multi-ethnic district in a messenger style, code-switching; 41 % mostly not in German; a blind test set of issue 18, training set since 2026-12-07, session 20)",
    "Fiftieth set `eval/eschenhain_wohnen.json` (housing and arrival on a notice board (flats vs rooms for events, furniture, moves, tenancy letters, deposit loans), terse entries with prices and m²; 32 % in seven languages; a blind test set of issue 18, training set since 2026-12-07, session 20)",
    "Fifty-first set `eval/fichtenau_material.json` (material, equipment and transport between associations — lend vs give away vs do the job, quantities and capacities decide — in inventory-list style; 26 % in six languages; a blind test set of issue 18, training set since 2026-12-07, session 20)",
    "Fifty-second set `eval/wolfsgrund_beratung.json` (counselling of every kind (asylum, debts vs benefits, school, tenancy, psychosocial, pensions, discrimination); online vs on site, the counsellor's language, audience; 56 % not German; a blind test set of issue 18, training set since 2026-12-07, session 20)",
    "Fifty-third set `eval/weidenau_alltag.json` (an ordinary city network after two years of use, all 15 categories, volunteers from careful to rambling; 27 % in seven languages; a blind test set of issue 18, training set since 2026-12-07, session 20)",
    "Fifty-fourth set `eval/kastanienhof_lernen.json` (learning and education by grade, age, level, subject and language; course-catalogue offers against plain needs; 33 % in seven languages; a blind test set of issue 18, training set since 2026-12-07, session 20)",
    "Fifty-fifth set `eval/seewinkel_karten.json` (cards typed up after a network meeting's rounds: very short, abbreviations, many empty fields; 47 % in seven languages; many hard negatives; a blind test set of issue 18, training set since 2026-12-07, session 20)",
    "Fifty-sixth set `eval/birkenhof_netzwerk.json` (an ordinary mid-sized city's network after two years, modelled on Ludwigsburg, all 15 categories; 30 % in English, Ukrainian, Arabic, Turkish; a blind test set of issue 18, training set since 2026-12-07, session 21)",
    "Fifty-seventh set `eval/lerngarten_zweitsprache.json` (items written by volunteers for whom German is a second language: learner German with calques and words of their own languages; 22 % in six languages; a blind test set of issue 18, training set since 2026-12-07, session 21)",
    "Fifty-eighth set `eval/schlossberg_raeume.json` (places and things for events (rooms, halls, kitchens, stages, sound, furniture, transport) with capacities, step-free access, kitchen and alcohol rules, rent vs free, lends vs runs; 21 % in four languages; a blind test set of issue 18, training set since 2026-12-07, session 21)",
    "Fifty-ninth set `eval/ahornweiler_stadtteil.json` (a city where place matters: offers on site in one of nine districts, needs near their own district or on their premises; 26 % in six languages; a blind test set of issue 18, training set since 2026-12-07, session 21)",
    "Sixtieth set `eval/rosenhang_mehrsprachig.json` (59 % of the items not in German, written by migrant self-organisations in their own languages, most fitting pairs in two languages; a blind test set of issue 18, training set since 2026-12-07, session 21)",
    "Sixty-first set `eval/kiesgrube_fallstricke.json` (hard negatives: 43 % of the needs without a fit, each with look-alikes failing on one thing; 22 % in four languages; a blind test set of issue 18, training set since 2026-12-07, session 21)",
    "Sixty-second set `eval/buchenau_profile.json` (formal registration texts of registered associations, the essential fact often in the middle; 21 % in five other languages; a blind test set of issue 18, training set since 2026-12-07, session 22)",
    "Sixty-third set `eval/feldmark_kurzinfo.json` (very short entries typed on a phone form, many fields empty, typos and abbreviations; 36 % in six other languages; a blind test set of issue 18, training set since 2026-12-07, session 22)",
    "Sixty-fourth set `eval/grauwacke_netzwerktreffen.json` (a network meeting's rounds typed up by the office with the participants' conditions; 26 % in five other languages; a blind test set of issue 18, training set since 2026-12-07, session 22)",
    "Sixty-fifth set `eval/dornbusch_international.json` (newcomer initiatives writing 45 % of the items in English and 26 % in Arabic, most fitting pairs in two languages; a blind test set of issue 18, training set since 2026-12-07, session 22)",
    "Sixty-sixth set `eval/erlenbruch_landkreis.json` (a rural district of eight small towns and villages where coming to you, online or needing a car decide; 20 % in five other languages; a blind test set of issue 18, training set since 2026-12-07, session 22)",
    "Sixty-seventh set `eval/lerchenfeld_jahreslauf.json` (a network's posts over a year where dates and seasons decide; 26 % in six other languages; a blind test set of issue 18, training set since 2026-12-07, session 22)",
    "Sixty-eighth set `eval/haselbach_stichworte.json` (telegraphic cards of a network meeting's rounds, 3–12 words each, abbreviations, many empty fields; 37 % in six other languages; a blind test set of issue 18, training set since 2026-12-07, session 22)",
    "Sixty-ninth set `eval/kleeberg_vereinsregister.json` (long formal profiles as in an association register or annual report, the deciding fact buried; 24 % in five other languages; a blind test set of issue 18, training set since 2026-12-07, session 22)",
    "Seventieth set `eval/mistelhain_luecken.json` (an ordinary city network where 45 % of the needs have no fit, look-alikes failing on one condition stated only in the text; 26 % in five other languages; a blind test set of issue 18, training set since 2026-12-07, session 22)",
    "Seventy-first set `eval/quittenhof_umfrage.json` (the associations' answers to the office's yearly survey pasted as typed: half-sentences, lists, hedges, loose categories; 25 % in six other languages; a blind test set of issue 18, training set since 2026-12-07, session 22)",
    "Seventy-second set `eval/ebereschen_ukrainisch.json` (Ukrainian initiatives beside the older associations, 50 % of the items in Ukrainian, Russian or English, German words inside Ukrainian texts; a blind test set of issue 18, training set since 2026-12-07, session 22)",
    "Seventy-third set `eval/nesselgrund_bedingungen.json` (money, time, access, capacity and audience decide, 44 % of the needs without a fit; 20 % in six other languages; a blind test set of issue 18, training set since 2026-12-07, session 22)",
    "Seventy-fourth set `eval/wacholder_arabisch_farsi.json` (a city where Syrian, Iraqi and Afghan communities are the largest, 55 % of the items in Arabic, Farsi/Dari or English, most fitting pairs across languages; a blind test set of issue 18, training set since 2026-12-07, session 22)",
    "Seventy-fifth set `eval/schilfrohr_kooperationen.json` (associations seeking partners for joint projects in project language, beside ordinary offers; 23 % in six other languages; a blind test set of issue 18, training set since 2026-12-07, session 22)",
    "Seventy-sixth set `eval/kornblumen_kurzfristig.json` (urgent short-notice posts against offers with lead times and availability, all 15 categories; 28 % in six other languages; a blind test set of issue 18, training set since 2026-12-07, session 22)",
    "Seventy-seventh set `eval/birkenweg_eu_zuwanderung.json` (newcomers from EU countries and their associations beside the established ones, 42 % of the items in Bulgarian, Romanian, Polish, Greek or Croatian; a blind test set of issue 18, training set since 2026-12-07, session 23)",
    "Seventy-eighth set `eval/tannenhof_tuerkisch.json` (a district where Turkish-German associations of several generations are the backbone, 51 % of the items in Turkish, some Kurmancî and English; a blind test set of issue 18, training set since 2026-12-07, session 23)",
    "Seventy-ninth set `eval/lindenhain_vereine_offen.json` (long-established German clubs opening to newcomers in their own club jargon, beside migrant associations in plain or learner German; 21 % in six other languages; a blind test set of issue 18, training set since 2026-12-07, session 23)",
    "Eightieth set `eval/akazien_afrika.json` (associations of the African diaspora beside the established ones and the city's services, 46 % of the items in English, French, Somali, Tigrinya or Amharic; a blind test set of issue 18, training set since 2026-12-07, session 23)",
    "Eighty-first set `eval/olivenhain_erste_generation.json` (the associations of the first Gastarbeiter generation, now mostly retired, beside seniors' and care services, 41 % in Italian, Turkish, Spanish, Greek, Portuguese, Bosnian, Croatian or Serbian; a blind test set of issue 18, training set since 2026-12-07, session 23)",
    "Eighty-second set `eval/ginsterweg_verleih.json` (lending, borrowing and sharing rooms, vehicles and equipment where numbers decide, 42 % of the needs without a fit; 20 % in six other languages; a blind test set of issue 18, training set since 2026-12-07, session 23)",
    "Eighty-third set `eval/pappelallee_alltag.json` (an ordinary mid-size city's network after two years of use, all 15 categories, written by many hands; 29 % in six other languages; a blind test set of issue 18, training set since 2026-12-07, session 23)",
    "Eighty-fourth set `eval/lerchenberg_sport_freizeit.json` (sports clubs, leisure and youth work where sport, age group, gender, time and place decide; 27 % in six other languages; a blind test set of issue 18, training set since 2026-12-07, session 23)",
    "Eighty-fifth set `eval/mohnfeld_beratung.json` (counselling and help with authorities where fine distinctions decide: asylum, residence or naturalisation, Jobcenter, family benefits or pension, counselling, accompaniment or interpreting; 35 % in seven other languages; a blind test set of issue 18, training set since 2026-12-07, session 23)",
    "Eighty-sixth set `eval/holunder_aussiedler.json` (a city where Russian-speaking Germans, Vietnamese and Polish communities are the largest, beside the established associations and the city's services; 46 % of the items in Russian, Vietnamese, Polish or English; a blind test set of issue 18, training set since 2026-12-07, session 24)",
    "Eighty-seventh set `eval/schlehdorn_uebersetzt.json` (items volunteers ran through an online translator or wrote with one's help: literal translations, false friends, idioms word by word, beside native German items; 32 % left in eleven other languages; a blind test set of issue 18, training set since 2026-12-07, session 24)",
    "Eighty-eighth set `eval/hagebutten_kleinstadt.json` (an ordinary small town of 25,000 with incorporated villages after a year of use, all 15 categories, items by many hands; 24 % in six other languages; a blind test set of issue 18, training set since 2026-12-07, session 24)",
    "Eighty-ninth set `eval/brombeer_familien.json` (families with children: daycare places and settling-in, school starts, homework, parents' cafés, holiday care, family counselling, pregnancy and babies, fathers, single parents; age, language and times decide; 32 % in six other languages; a blind test set of issue 18, training set since 2026-12-07, session 24)",
    "Ninetieth set `eval/weidenroeschen_nachhaltig.json` (community gardens, repair cafés, cooking and food sharing, bicycle workshops, sewing and upcycling, second-hand goods, environmental education, beside ordinary offers; 26 % in six other languages; a blind test set of issue 18, training set since 2026-12-07, session 24)",
    "Ninety-first set `eval/ringelblume_flyer.json` (items pasted from flyers, websites and social-media posts: slogans, emojis, opening hours, contact lines, hashtags, bullet lists, several offers in one post; all 15 categories; 33 % in six other languages; a blind test set of issue 18, training set since 2026-12-07, session 24)",
    "Ninety-second set `eval/mehlbeere_alltag.json` (an ordinary mid-size city's network after three years of use, all 15 categories, items by many hands, careful, hasty or with typos; 28 % in six other languages; a blind test set of issue 18, training set since 2026-12-07, session 24)",
    "Ninety-third set `eval/faulbaum_osten.json` (a city in eastern Germany where young, small, volunteer-run Vietnamese, Russian-speaking, Syrian, Afghan and Ukrainian organisations have few rooms and little money, villages far out; 39 % in Vietnamese, Russian, Arabic, Dari, Ukrainian or English; a blind test set of issue 18, training set since 2026-12-07, session 24)",
    "Ninety-fourth set `eval/eibisch_jugend.json` (youth-led initiatives, student groups and young migrants' associations writing colloquially, with English words and in messenger style, beside formal youth services; 33 % in six other languages; a blind test set of issue 18, training set since 2026-12-07, session 24)",
    "Ninety-fifth set `eval/schafgarbe_alltag.json` (an ordinary city of 120,000 after two years of use, all 15 categories, items by the office's staff, volunteers with little time and newcomers; 27 % in six other languages; a blind test set of issue 18, training set since 2026-12-07, session 24)",
    "Ninety-sixth set `eval/wermut_kurdisch.json` (Kurdish associations from Turkey, Syria, Iraq and Iran beside Turkish, Arabic and Persian-speaking ones, Yazidi and Alevi groups; 41 % in Kurmanji, Sorani, Turkish, Arabic or Persian; a blind test set of issue 18, training set since 2026-12-07, session 24)",
    "Ninety-seventh set `eval/hopfen_verwaltung.json` (items of the city administration, welfare organisations and job-centre staff in bureaucratic German beside associations and newcomers writing plainly; 22 % in five other languages; a blind test set of issue 18, training set since 2026-12-07, session 24)",
    "Ninety-eighth set `eval/kornelkirsche_alltag.json` (an ordinary town of 60,000 after eighteen months of use, all 15 categories; 28 % in six other languages; a blind test set of issue 18, training set since 2026-12-07, session 25)",
    "Ninety-ninth set `eval/silberdistel_barrierefrei.json` (health, care and disability: disabled children, deaf members, wheelchair users, step-free rooms, sign and easy language, care for the elderly; 30 % in six other languages; a blind test set of issue 18, training set since 2026-12-07, session 25)",
    "Hundredth set `eval/rainfarn_hochschule.json` (a university town where international students' groups, student services and scholarship programmes meet the migrant associations; 36 % in English, Arabic, Turkish, Ukrainian, Farsi, Chinese and others; a blind test set of issue 18, training set since 2026-12-07, session 25)",
    "Hundred-and-first set `eval/wegwarte_alltag.json` (an ordinary mid-sized city after two years of use, all 15 categories, volunteers of mixed digital literacy; 31 % in six other languages; a blind test set of issue 18, training set since 2026-12-07, session 25)",
    "Hundred-and-second set `eval/spitzwegerich_kueche.json` (food and cooking: kitchens, catering vs lending vs giving food away, cooking courses, food sharing, dietary rules, hygiene certificates, portions, cooling and transport; 28 % in six other languages; a blind test set of issue 18, training set since 2026-12-07, session 25)",
    "Hundred-and-third set `eval/baldrian_suedosteuropa.json` (Romanian, Bulgarian, Albanian, Bosnian/Croatian/Serbian and Greek associations beside Turkish and Arabic ones; 44 % not in German; a blind test set of issue 18, training set since 2026-12-07, session 25)",
    "Hundred-and-fourth set `eval/beifuss_grossstadt.json` (one borough of a large city with a dense network after three years, all 15 categories, busy volunteers, welfare staff and newcomers; 32 % in six other languages; a blind test set of issue 18, training set since 2026-12-07, session 25)",
    "Hundred-and-fifth set `eval/knoeterich_unterkunft.json` (the network around shared refugee accommodation centres: social workers' and residents' needs against associations', volunteer circles', faith communities' and businesses' offers; 39 % in eight other languages; a blind test set of issue 18, training set since 2026-12-07, session 25)",
    "Hundred-and-sixth set `eval/klatschmohn_kultur.json` (arts and culture: lessons vs bands for hire vs choirs seeking singers, rehearsal rooms, instruments, dance, theatre, exhibitions, film, crafts, costumes, stage technique, festivals and funding; 30 % in six other languages; a blind test set of issue 18, training set since 2026-12-07, session 25)",
    "Hundred-and-seventh set `eval/schneeball_kleinstadt.json` (a small town of 40,000 with villages after one year, all 15 categories, few but very active associations; 30 % in six other languages; a blind test set of issue 18, training set since 2026-12-07, session 25)",
    "Hundred-and-eighth set `eval/wiesenknopf_mehrsprachig.json` (migrant self-organisations writing in their own languages, short and informal; 58 % not in German, most fitting pairs in two languages; a blind test set of issue 18, training set since 2026-12-07, session 25)",
    "Hundred-and-ninth set `eval/wegerich_vereinsgruendung.json` (new and small initiatives building themselves up: founding, statutes, bookkeeping, insurance, board work, data protection, members, websites, small grants, beside those who help; 31 % in seven other languages; a blind test set of issue 18, training set since 2026-12-07, session 25)",
    "Hundred-and-tenth set `eval/holzapfel_alltag.json` (an ordinary district town of 90,000 whose office coordinates about 45 associations, after two years, all 15 categories; 30 % in six other languages; a blind test set of issue 18, training set since 2026-12-07, session 25)",
    "Hundred-and-eleventh set `eval/hirtentaeschel_nachbarschaft.json` (everyday neighbourhood help: moving, carrying, small repairs, lending tools vs doing the job, errands, childcare swaps, bicycle repair, gardening, forms, lifts; 34 % in six other languages; a blind test set of issue 18, training set since 2026-12-07, session 25)",
    "Hundred-and-twelfth set `eval/gundermann_felder.json` (an ordinary network whose structured fields are filled carelessly while the texts say what matters; 34 % in other languages; a blind test set of issue 18, training set since 2026-12-07, session 25)",
    "Hundred-and-thirteenth set `eval/sauerampfer_alltag.json` (an ordinary city of 150,000 after four years of use, all 15 categories, many hands; 33 % in six other languages; a blind test set of issue 18, training set since 2026-12-07, session 26)",
    "Hundred-and-fourteenth set `eval/engelwurz_jugendhilfe.json` (children, youth and schools: school social work, youth centres, mentoring, school-to-training, holiday programmes, young refugees; ages, school types and audiences deciding; 32 % in six other languages; a blind test set of issue 18, training set since 2026-12-07, session 26)",
    "Hundred-and-fifteenth set `eval/bitterklee_termine.json` (dates, weekdays, times, deadlines and seasons decide many pairs, in the fields or only in the texts; 32 % in six other languages; a blind test set of issue 18, training set since 2026-12-07, session 26)",
    "Hundred-and-sixteenth set `eval/wiesensalbei_alltag.json` (an ordinary town of 70,000 after three years of use, all 15 categories, volunteers of mixed digital literacy; 33 % in six other languages; a blind test set of issue 18, training set since 2026-12-07, session 26)",
    "Hundred-and-seventeenth set `eval/ackerwinde_arbeit.json` (work and training: recognition of qualifications, applications, internships, language for the job, driving licences, self-employment, employers seeking staff, childcare so parents can work; 32 % in six other languages; a blind test set of issue 18, training set since 2026-12-07, session 26)",
    "Hundred-and-eighteenth set `eval/frauenmantel_frauen.json` (women and families: women's groups, courses with childcare, women-only swimming, self-defence, pregnancy support, protection from violence, female staff required, girls' groups; 33 % in six other languages; a blind test set of issue 18, training set since 2026-12-07, session 26)",
    "Hundred-and-nineteenth set `eval/kamille_alltag.json` (an ordinary city of 110,000 after two years of use, all 15 categories; 31 % in eight other languages; a blind test set of issue 18, training set since 2026-12-07, session 26)",
    "Hundred-and-twentieth set `eval/kerbel_sport.json` (sport and movement: clubs opening up, swimming lessons vs lanes vs women-only times, martial arts, cricket, dance, trainers and licences, halls and pitches, kit, tournaments, transport, fees; 31 % in six other languages; a blind test set of issue 18, training set since 2026-12-07, session 26)",
    "Hundred-and-twenty-first set `eval/beinwell_gesundheit.json` (health and care: doctors and therapists who speak a language, health interpreters, psychosocial support, addiction, disability, insurance questions, prevention courses, first aid, vaccination, mothers' health; 34 % in six other languages; a blind test set of issue 18, training set since 2026-12-07, session 26)",
    "Hundred-and-twenty-second set `eval/malve_alltag.json` (an ordinary city of 85,000 after three years of use, all 15 categories, busy volunteers; 32 % in six other languages; a blind test set of issue 18, training set since 2026-12-07, session 26)",
    "Hundred-and-twenty-third set `eval/labkraut_senioren.json` (older migrants and their families: home visits, pensions and care insurance, care at home vs day care, dementia, appointments with interpreting, lifts, digital help, elders' cafés, grief, family carers; 33 % in six other languages; a blind test set of issue 18, training set since 2026-12-07, session 26)",
    "Hundred-and-twenty-fourth set `eval/gamander_formal.json` (long formal profile texts of welfare organisations, foundations and public services, the deciding sentence in the middle, many hard negatives failing on a stated condition; 28 % in six other languages; a blind test set of issue 18, training set since 2026-12-07, session 26)",
    "Hundred-and-twenty-fifth set `eval/ysop_alltag.json` (an ordinary small town of 55,000 after eighteen months, all 15 categories; 31 % in six other languages; a blind test set of issue 18, training set since 2026-12-07, session 26)",
    "Hundred-and-twenty-sixth set `eval/hauhechel_karten.json` (a network meeting's cards typed up as written: titles of two to five words, one-line notes with abbreviations, fields empty or loosely filled; 30 % in six other languages; a blind test set of issue 18, training set since 2026-12-07, session 26)",
    "Hundred-and-twenty-seventh set `eval/baerlauch_mehrsprachig.json` (61 % in English, Arabic, Ukrainian and Turkish, most fitting pairs across two languages; a blind test set of issue 18, training set since 2026-12-07, session 26)",
    "Hundred-and-twenty-eighth set `eval/augentrost_alltag.json` (an ordinary city of 120,000 after three years, all 15 categories; 32 % in six other languages; a blind test set of issue 18, training set since 2026-12-07, session 26)",
    "Hundred-and-twenty-ninth set `eval/rainkohl_raeume_material.json` (rooms, equipment and transport where size, day, time, district, price, lending vs giving vs doing and driver decide; 30 % in six other languages; a blind test set of issue 18, training set since 2026-12-07, session 26)",
    "Hundred-and-thirtieth set `eval/wiesenklee_tuerkisch_arabisch.json` (Turkish- and Arabic-speaking associations the majority, 60 % not in German; a blind test set of issue 18, training set since 2026-12-07, session 26)",
    "Hundred-and-thirty-first set `eval/mariendistel_alltag.json` (an ordinary city of 90,000 after two years, all 15 categories; 31 % in six other languages; a blind test set of issue 18, training set since 2026-12-08, session 27)",
    "Hundred-and-thirty-second set `eval/odermennig_bildung.json` (education, learning and language with look-alikes by age, subject, level, language of instruction, online vs on site and weekday; 32 % in six other languages; a blind test set of issue 18, training set since 2026-12-08, session 27)",
    "Hundred-and-thirty-third set `eval/lungenkraut_englisch_farsi.json` (64 % in English, Farsi/Dari and Russian, newer initiatives beside older German associations, most fitting pairs across two languages; a blind test set of issue 18, training set since 2026-12-08, session 27)",
    "Hundred-and-thirty-fourth set `eval/hasenklee_alltag.json` (an ordinary town of 70,000 after eighteen months, all 15 categories; 34 % in six other languages; a blind test set of issue 18, training set since 2026-12-08, session 27)",
    "Hundred-and-thirty-fifth set `eval/sumpfdotterblume_beratung.json` (counselling and everyday paperwork: social, legal, debt, housing, residence, school and health-insurance questions, accompaniment, form-filling, with look-alikes by topic, audience, language, place, appointment vs open hours, doing vs explaining; 32 % in six other languages; a blind test set of issue 18, training set since 2026-12-08, session 27)",
    "Hundred-and-thirty-sixth set `eval/natternkopf_karten_mehrsprachig.json` (a network meeting's cards typed up as written, short titles and one- or two-line notes with abbreviations; 45 % in Turkish, English, Arabic, Farsi, Ukrainian and Russian; a blind test set of issue 18, training set since 2026-12-08, session 27)",
    "Hundred-and-thirty-seventh set `eval/wasserdost_alltag.json` (an ordinary city of 150,000 after three years, all 15 categories; 32 % in six other languages; a blind test set of issue 18, training set since 2026-12-08, session 27)",
    "Hundred-and-thirty-eighth set `eval/zittergras_frauen_familie.json` (women's and family work: mothers' groups, pregnancy and babies, childcare during courses, women-only sport, protection from violence, fathers' groups, with look-alikes by audience, children's ages, language, place, weekday and doing vs lending; 30 % in six other languages; a blind test set of issue 18, training set since 2026-12-08, session 27)",
    "Hundred-and-thirty-ninth set `eval/kreuzkraut_arabisch_kurdisch.json` (64 % in Arabic, Kurmanji and Turkish, Syrian, Iraqi, Kurdish and Turkish associations beside German ones, most fitting pairs across languages; a blind test set of issue 18, training set since 2026-12-08, session 27)",
    "Hundred-and-fortieth set `eval/wiesenkerbel_alltag.json` (a small town of 45,000 with surrounding villages a year after the start, all 15 categories, place and transport weigh more; 30 % in six other languages; a blind test set of issue 18, training set since 2026-12-08, session 27)",
    "Hundred-and-forty-first set `eval/goldrute_jugend_arbeit.json` (young people between school and work: apprenticeships, internships, job coaching, application help, vocational German, with look-alikes by age, trade, level, language, place, weekday and doing vs explaining; 33 % in six other languages; a blind test set of issue 18, training set since 2026-12-08, session 27)",
    "Hundred-and-forty-second set `eval/storchschnabel_handy.json` (posts typed quickly on a phone: very short, lower case, no diacritics, abbreviations, fields often empty; 46 % in Ukrainian, Russian, Arabic, Turkish, Dari and English; a blind test set of issue 18, training set since 2026-12-08, session 27)",
    "Hundred-and-forty-third set `eval/ehrenpreis_alltag.json` (an ordinary city of 100,000 after two years, all 15 categories; 31 % in six other languages; a blind test set of issue 18, training set since 2026-12-08, session 27)",
    "Hundred-and-forty-fourth set `eval/tausendgulden_kultur_feste.json` (culture, festivals and events: music, dance, choirs, theatre, exhibitions, festival equipment, catering, stages, tents, sound, photographers, with look-alikes by size, date or season, indoor vs outdoor, lending vs doing, language, place and audience; 31 % in six other languages; a blind test set of issue 18, training set since 2026-12-08, session 27)",
    "Hundred-and-forty-fifth set `eval/sumpfkresse_ukrainisch_russisch.json` (59 % in Ukrainian and Russian, Ukrainian initiatives founded since 2022 and older Russian-speaking associations beside German ones, most fitting pairs across languages; a blind test set of issue 18, training set since 2026-12-08, session 27)",
];
const START: &str = "<!-- matching-eval:start -->";
const END: &str = "<!-- matching-eval:end -->";

/// One need of a set as the per-need decision sees it: its candidates down to the floor (raw
/// scores, best first), their facts, and whether a fitting offer is among them.
struct NeedRun {
    need: String,
    ids: Vec<String>,
    raw: Vec<f32>,
    /// Whether the model may add each candidate below the threshold (`Engine::addable_below`: in
    /// the need's category field, and not only of a neighbouring subject).
    same_category: Vec<bool>,
    facts: NeedFacts,
    fits: bool,
}

/// Every need of every set with its candidates down to `floor` (default weights, no decision).
fn need_runs(sets: &[Set], floor: f32) -> Result<Vec<Vec<NeedRun>>, Box<dyn std::error::Error>> {
    let mut out = Vec::new();
    for (_, input, judgments) in sets {
        let engine = engine_for(input, Params { threshold: floor, calibrated: false, fit: None, ..Params::default() });
        let mut runs = Vec::new();
        for (need, list) in engine.all_suggestions(10) {
            let facts = engine.need_facts(&need, &list)?;
            let same_category = engine.addable_below(&need, &list)?;
            let grades = judgments.get(&need.0);
            let fits = list.iter().any(|s| grades.and_then(|g| g.get(&s.offer.0)).is_some_and(|g| *g > 0));
            runs.push(NeedRun {
                need: need.0.clone(),
                ids: list.iter().map(|s| s.offer.0.clone()).collect(),
                raw: list.iter().map(|s| s.score).collect(),
                same_category,
                facts,
                fits,
            });
        }
        out.push(runs);
    }
    Ok(out)
}

/// How a need's list is cut in a variant of `--fit`.
#[derive(Clone, Copy)]
enum Cut {
    /// One raw threshold for every need (today's rule).
    Global(f32),
    /// The per-need model.
    Model(FitModel),
}

fn cut_rankings(runs: &[NeedRun], cut: Cut) -> Rankings {
    runs.iter()
        .map(|r| {
            let mask: Vec<bool> = match cut {
                Cut::Global(t) => r.raw.iter().map(|s| *s >= t).collect(),
                Cut::Model(m) => m.shown_mask(&r.facts, &r.raw, &r.same_category),
            };
            (r.need.clone(), r.ids.iter().zip(mask).filter(|(_, k)| *k).map(|(id, _)| id.clone()).collect())
        })
        .collect()
}

/// Mean figures over sets, and pooled counts (no-match needs with a suggestion, no-match needs,
/// fitting needs with none).
fn summarise(ms: &[Metrics]) -> String {
    let n = ms.len() as f64;
    let mean = |f: fn(&Metrics) -> f64| ms.iter().map(f).sum::<f64>() / n;
    let nm: usize = ms.iter().map(|m| (m.no_match_suggested * m.needs_without_match as f64).round() as usize).sum();
    let nm_total: usize = ms.iter().map(|m| m.needs_without_match).sum();
    let none: usize = ms.iter().map(|m| m.with_match_empty).sum();
    format!(
        "| {:.3} | {:.3} | {:.3} | {:.3} ({nm} of {nm_total}) | {none} |",
        mean(|m| m.ndcg_at_10),
        mean(|m| m.mrr),
        mean(|m| m.recall_at_10),
        mean(|m| m.no_match_suggested)
    )
}

/// `used` with the facts of the indices `on` (of `FEATURE_NAMES`) added.
const fn with(mut used: [bool; FEATURES], on: &[usize]) -> [bool; FEATURES] {
    let mut i = 0;
    while i < on.len() {
        used[on[i]] = true;
        i += 1;
    }
    used
}

/// The facts of the indices `on`.
const fn facts_of(on: &[usize]) -> [bool; FEATURES] {
    with([false; FEATURES], on)
}

/// The facts of the default decision (`FACT_SETS[4]`).
const DEFAULT_FACTS: [usize; 7] = [0, 1, 3, 6, 9, 10, 11];

/// The default facts and `more`.
const fn default_and(more: &[usize]) -> [bool; FEATURES] {
    with(facts_of(&DEFAULT_FACTS), more)
}

const FACT_SETS: [(&str, [bool; FEATURES]); 19] = [
    ("best raw score only", facts_of(&[0])),
    ("best and margin", facts_of(&[0, 1])),
    ("best, margin, anchored, cross-language", facts_of(&[0, 1, 3, 6])),
    ("the first nine facts", facts_of(&[0, 1, 2, 3, 4, 5, 6, 7, 8])),
    ("best, margin, anchored, cross-language, topic, words, soft cut", facts_of(&DEFAULT_FACTS)),
    ("the first twelve facts", facts_of(&[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])),
    ("default facts + second and third scores", default_and(&[12, 13])),
    ("default facts + title read", default_and(&[14])),
    ("default facts + need length", default_and(&[15])),
    ("default facts + top-3 category share", default_and(&[16])),
    ("default facts + known fits, same category, need meaning", default_and(&[5, 7, 8])),
    ("default facts + the five of match19", default_and(&[12, 13, 14, 15, 16])),
    ("every fact (nineteen)", [true; FEATURES]),
    ("best, anchored, words, soft cut, title read", facts_of(&[0, 3, 10, 11, 14])),
    ("default facts + second score and title read", default_and(&[12, 14])),
    ("default facts + known fits", default_and(&[5])),
    ("default facts + best if anchored", default_and(&[17])),
    ("default facts + best if no soft cut", default_and(&[18])),
    ("default facts + best if anchored, best if no soft cut", default_and(&[17, 18])),
];
const L2: f32 = 0.01;
const BANDS: [f32; 5] = [1.0, 0.2, 0.15, 0.1, 0.05];

fn model_cuts() -> Vec<f32> {
    (1..=38).map(|i| 0.025 * i as f32).collect()
}

/// The cut (and band, if `bands` has more than one) best on the sets `train`: by the objective,
/// or with `max_no_match` the highest mean nDCG@10 whose mean no-match share stays at most that.
fn choose(runs: &[Vec<NeedRun>], sets: &[Set], train: &[usize], model: FitModel, bands: &[f32], max_no_match: Option<f64>) -> FitModel {
    let mut best = (model, f64::MIN);
    for &band in bands {
        for cut in model_cuts() {
            let m = FitModel { cut, band, ..model };
            let ms: Vec<Metrics> = train.iter().map(|&i| evaluate(&cut_rankings(&runs[i], Cut::Model(m)), &sets[i].2)).collect();
            let n = ms.len().max(1) as f64;
            let score = match max_no_match {
                None => ms.iter().map(objective).sum::<f64>() / n,
                Some(limit) if ms.iter().map(|m| m.no_match_suggested).sum::<f64>() / n <= limit + 1e-9 => {
                    ms.iter().map(|m| m.ndcg_at_10).sum::<f64>() / n
                }
                Some(_) => continue,
            };
            if score > best.1 + 1e-9 {
                best = (m, score);
            }
        }
    }
    best.0
}

/// The global raw threshold best by the objective on the sets `train`, and their mean no-match share with it.
fn global_choice(runs: &[Vec<NeedRun>], sets: &[Set], train: &[usize], floor: f32) -> (f32, f64) {
    let ts: Vec<f32> = (0..=25).map(|i| floor + 0.01 * i as f32).collect();
    let mut best = (floor, f64::MIN, 0.0);
    for t in ts {
        let ms: Vec<Metrics> = train.iter().map(|&j| evaluate(&cut_rankings(&runs[j], Cut::Global(t)), &sets[j].2)).collect();
        let n = ms.len().max(1) as f64;
        let score = ms.iter().map(objective).sum::<f64>() / n;
        if score > best.1 + 1e-9 {
            best = (t, score, ms.iter().map(|m| m.no_match_suggested).sum::<f64>() / n);
        }
    }
    (best.0, best.2)
}

/// How the per-need decision is combined with the global threshold in a variant of `--fit`.
#[derive(Clone, Copy, PartialEq)]
enum Keep {
    /// The model decides every need alone (`keep_above` 1).
    Alone,
    /// A need whose best candidate reaches the global threshold is kept; the model, fitted on
    /// every need with candidates, only adds needs below it.
    OrThreshold,
    /// As `OrThreshold`, the model fitted only on the needs it decides (best below the threshold).
    OrThresholdFittedBelow,
}

impl Keep {
    fn name(self) -> &'static str {
        match self {
            Keep::Alone => "",
            Keep::OrThreshold => ", or the global threshold",
            Keep::OrThresholdFittedBelow => ", or the global threshold (model fitted below it)",
        }
    }

    /// From `EVAL_FIT_KEEP`: `alone`, `or`, `below` (comma-separated); all three when unset.
    fn from_env() -> Vec<Keep> {
        match std::env::var("EVAL_FIT_KEEP") {
            Ok(v) => v
                .split(',')
                .filter_map(|k| match k.trim() {
                    "alone" => Some(Keep::Alone),
                    "or" => Some(Keep::OrThreshold),
                    "below" => Some(Keep::OrThresholdFittedBelow),
                    _ => None,
                })
                .collect(),
            Err(_) => vec![Keep::Alone, Keep::OrThreshold, Keep::OrThresholdFittedBelow],
        }
    }
}

/// The samples a model of variant `keep` is fitted on (needs with candidates of the sets
/// `train`), with the global threshold `t` the variant keeps.
fn samples_for(runs: &[Vec<NeedRun>], train: &[usize], keep: Keep, t: f32) -> Vec<(NeedFacts, bool)> {
    train
        .iter()
        .flat_map(|&j| runs[j].iter().filter(|r| !r.ids.is_empty()))
        .filter(|r| keep != Keep::OrThresholdFittedBelow || r.facts.best < t)
        .map(|r| (r.facts, r.fits))
        .collect()
}

/// `EVAL_FIT_SLACK=X` (with `EVAL_FIT_MATCH`): the model's cut may let the mean no-match share of
/// the training sets exceed the global threshold's by X (0 when unset).
fn slack() -> f64 {
    std::env::var("EVAL_FIT_SLACK").ok().and_then(|v| v.parse().ok()).unwrap_or(0.0)
}

/// `EVAL_FIT_CATEGORY=1`: with the threshold, candidates below it only in the need's category field.
fn category_rule() -> bool {
    std::env::var_os("EVAL_FIT_CATEGORY").is_some()
}

/// `EVAL_FIT_FACTSET=i,j,…`: only those of `FACT_SETS` (all when unset).
fn fact_sets_from_env() -> Vec<(&'static str, [bool; FEATURES])> {
    match std::env::var("EVAL_FIT_FACTSET") {
        Ok(v) => v.split(',').filter_map(|i| i.trim().parse::<usize>().ok()).filter_map(|i| FACT_SETS.get(i).copied()).collect(),
        Err(_) => FACT_SETS.to_vec(),
    }
}

/// Leave-one-set-out of the per-need decision against one global threshold, at several floors.
fn fit_loso() -> Result<(), Box<dyn std::error::Error>> {
    let sets = all_sets()?;
    println!("| floor | variant | nDCG@10 | MRR | recall@10 | no-match (pooled) | fit, no suggestion |");
    println!("|---|---|---|---|---|---|---|");
    let floors: Vec<f32> = match std::env::var("EVAL_FIT_FLOORS") {
        Ok(v) => v.split(',').filter_map(|f| f.parse().ok()).collect(),
        Err(_) => vec![0.4, 0.45, 0.5, 0.55],
    };
    let bands_tried: &[&[f32]] = if std::env::var_os("EVAL_FIT_BAND").is_some() { &[&BANDS[..1], &BANDS[..]] } else { &[&BANDS[..1]] };
    for floor in floors {
        let runs = need_runs(&sets, floor)?;
        if let Ok(path) = std::env::var("EVAL_FIT_DUMP") {
            let mut out = String::new();
            for (i, rs) in runs.iter().enumerate() {
                for r in rs.iter().filter(|r| !r.ids.is_empty()) {
                    let v: Vec<String> = r.facts.vector().iter().map(|x| format!("{x:.4}")).collect();
                    out.push_str(&format!("{}\t{}\t{}\n", sets[i].0, u8::from(r.fits), v.join("\t")));
                }
            }
            std::fs::write(path, out)?;
        }
        let all: Vec<usize> = (0..sets.len()).collect();
        let held = |i: usize| -> Vec<usize> { all.iter().copied().filter(|j| *j != i).collect() };
        // No cut at all: the ranking alone.
        let open: Vec<Metrics> = (0..sets.len()).map(|i| evaluate(&cut_rankings(&runs[i], Cut::Global(0.0)), &sets[i].2)).collect();
        println!("| {floor:.2} | no cut (ranking alone) {} ", summarise(&open));
        // One global threshold, chosen on the other sets.
        let choices: Vec<(f32, f64)> = (0..sets.len()).map(|i| global_choice(&runs, &sets, &held(i), floor)).collect();
        let global: Vec<Metrics> =
            (0..sets.len()).map(|i| evaluate(&cut_rankings(&runs[i], Cut::Global(choices[i].0)), &sets[i].2)).collect();
        println!("| {floor:.2} | one global threshold {} ", summarise(&global));
        // `EVAL_FIT_MATCH=1`: the model's cut keeps the no-match share of the global threshold
        // chosen on the same sets, instead of the objective.
        let matched = std::env::var_os("EVAL_FIT_MATCH").is_some();
        for keep in Keep::from_env() {
            for (name, used) in fact_sets_from_env() {
                for bands in bands_tried.iter().copied() {
                    let ms: Vec<Metrics> = (0..sets.len())
                        .map(|i| {
                            let train = held(i);
                            let (t, limit) = choices[i];
                            let keep_above = if keep == Keep::Alone { 1.0 } else { t };
                            let (weights, bias) = fit_weights(&samples_for(&runs, &train, keep, t), &used, L2);
                            let category_below = keep != Keep::Alone && category_rule();
                            let m0 = FitModel { weights, bias, cut: 0.5, floor, band: 1.0, keep_above, category_below };
                            let m = choose(&runs, &sets, &train, m0, bands, matched.then_some(limit + slack()));
                            evaluate(&cut_rankings(&runs[i], Cut::Model(m)), &sets[i].2)
                        })
                        .collect();
                    let band = format!(
                        "{}{}{}{}",
                        keep.name(),
                        if keep != Keep::Alone && category_rule() { ", below it only in the need's category" } else { "" },
                        if bands.len() > 1 { ", band chosen" } else { "" },
                        if matched { ", cut at the global no-match share" } else { "" }
                    );
                    println!("| {floor:.2} | per need: {name}{band} {} ", summarise(&ms));
                    if std::env::var_os("EVAL_FIT_SETS").is_some() {
                        for (((n, _, _), m), g) in sets.iter().zip(&ms).zip(&global) {
                            println!(
                                "    {n}: nDCG@10 {:.3} ({:+.3}), MRR {:.3} ({:+.3}), recall@10 {:.3}, no-match {:.3} ({:+.3})",
                                m.ndcg_at_10,
                                m.ndcg_at_10 - g.ndcg_at_10,
                                m.mrr,
                                m.mrr - g.mrr,
                                m.recall_at_10,
                                m.no_match_suggested,
                                m.no_match_suggested - g.no_match_suggested
                            );
                        }
                    }
                }
            }
        }
    }
    Ok(())
}

/// Fits the per-need decision on all sets at `floor` (the facts `EVAL_FIT_FACTS`, cut and band
/// by the objective or `EVAL_FIT_MATCH`) and writes `data/fit.txt`; with `EVAL_FIT_KEEP=or|below`
/// every need whose best candidate reaches the engine's threshold is kept (`below`: the model
/// fitted only on the needs below it) and the file is `data/fit_below.txt`, the engine's default.
/// Prints each set's figures with it beside the global threshold's.
fn fit_write(floor: f32) -> Result<(), Box<dyn std::error::Error>> {
    let sets = all_sets()?;
    let runs = need_runs(&sets, floor)?;
    let used =
        std::env::var("EVAL_FIT_FACTS").ok().and_then(|v| v.parse::<usize>().ok()).and_then(|i| FACT_SETS.get(i)).unwrap_or(&FACT_SETS[5]);
    let bands: &[f32] = if std::env::var_os("EVAL_FIT_BAND").is_some() { &BANDS } else { &BANDS[..1] };
    let keep = match std::env::var("EVAL_FIT_KEEP").as_deref() {
        Ok("or") => Keep::OrThreshold,
        Ok("below") => Keep::OrThresholdFittedBelow,
        _ => Keep::Alone,
    };
    let threshold = Params::default().threshold;
    let keep_above = if keep == Keep::Alone { 1.0 } else { threshold };
    let all: Vec<usize> = (0..sets.len()).collect();
    let samples = samples_for(&runs, &all, keep, threshold);
    let (weights, bias) = fit_weights(&samples, &used.1, L2);
    // The no-match share to keep: that of the global threshold chosen on all sets, or with
    // `EVAL_FIT_KEEP` that of the engine's threshold, which keeps every need it shows.
    let limit = std::env::var_os("EVAL_FIT_MATCH").is_some().then(|| {
        if keep == Keep::Alone {
            global_choice(&runs, &sets, &all, floor).1
        } else {
            all.iter().map(|&i| evaluate(&cut_rankings(&runs[i], Cut::Global(threshold)), &sets[i].2).no_match_suggested).sum::<f64>()
                / all.len() as f64
        }
    });
    let limit = limit.map(|l| l + slack());
    let category_below = keep != Keep::Alone && category_rule();
    let m = choose(&runs, &sets, &all, FitModel { weights, bias, cut: 0.5, floor, band: 1.0, keep_above, category_below }, bands, limit);
    let ms: Vec<Metrics> = (0..sets.len()).map(|i| evaluate(&cut_rankings(&runs[i], Cut::Model(m)), &sets[i].2)).collect();
    let env = format!(
        "{}{}{}{}{}",
        if bands.len() > 1 { "EVAL_FIT_BAND=1 " } else { "" },
        if limit.is_some() { "EVAL_FIT_MATCH=1 " } else { "" },
        if limit.is_some() && slack() != 0.0 { format!("EVAL_FIT_SLACK={} ", slack()) } else { String::new() },
        if category_below { "EVAL_FIT_CATEGORY=1 " } else { "" },
        match keep {
            Keep::Alone => "",
            Keep::OrThreshold => "EVAL_FIT_KEEP=or ",
            Keep::OrThresholdFittedBelow => "EVAL_FIT_KEEP=below ",
        }
    );
    let text = format!(
        "# The per-need decision whether anything fits (see src/fit.rs): a logistic model over the\n\
         # facts of a need's candidates ({}), fitted on {} needs with candidates of the {} training\n\
         # sets (L2 {L2}), its cut (and band) chosen by nDCG@10 - 0.5 x no-match share (with\n\
         # EVAL_FIT_MATCH: the best nDCG@10 at the no-match share of the global threshold). Written by\n\
         # EVAL_FIT_FACTS={} {}cargo run -p matching --release --example evaluate -- --fit-write {floor}\n\
         # On the sets it was fitted on (not held out): {}\n{}",
        used.0,
        samples.len(),
        sets.len(),
        FACT_SETS.iter().position(|f| f.0 == used.0).unwrap_or(5),
        env,
        summarise(&ms),
        m.to_text()
    );
    let path = if keep == Keep::Alone {
        concat!(env!("CARGO_MANIFEST_DIR"), "/data/fit.txt")
    } else {
        concat!(env!("CARGO_MANIFEST_DIR"), "/data/fit_below.txt")
    };
    std::fs::write(path, &text)?;
    println!("wrote {path}:\n{text}");
    println!("each set, the engine's threshold {threshold} → the decision (not held out):");
    for ((name, _, judgments), (runs, d)) in sets.iter().zip(runs.iter().zip(&ms)) {
        let g = evaluate(&cut_rankings(runs, Cut::Global(threshold)), judgments);
        println!(
            "  {name}: nDCG@10 {:.3} → {:.3}, MRR {:.3} → {:.3}, recall@10 {:.3} → {:.3}, no-match {:.3} → {:.3}",
            g.ndcg_at_10, d.ndcg_at_10, g.mrr, d.mrr, g.recall_at_10, d.recall_at_10, g.no_match_suggested, d.no_match_suggested
        );
    }
    Ok(())
}

/// The needs of every set for which the engine's default decision (`data/fit_below.txt`; with
/// `EVAL_PER_NEED=1` the model alone, `data/fit.txt`) and the global threshold differ: a need with
/// a fitting offer whose first fitting rank changes, a need without one that gains or loses its
/// suggestions; with the facts and the model's probability.
fn fit_diff() -> Result<(), Box<dyn std::error::Error>> {
    let model = if std::env::var_os("EVAL_PER_NEED").is_some() { FitModel::builtin() } else { FitModel::below_threshold() }
        .ok_or("no model in data/")?;
    let sets = all_sets()?;
    let runs = need_runs(&sets, model.floor)?;
    let threshold = Params::default().threshold;
    for ((name, _, judgments), runs) in sets.iter().zip(&runs) {
        for r in runs {
            let grades = judgments.get(&r.need);
            let first_fit = |mask: &[bool]| {
                r.ids
                    .iter()
                    .zip(mask)
                    .filter(|(_, k)| **k)
                    .position(|(o, _)| grades.and_then(|g| g.get(o)).is_some_and(|g| *g > 0))
                    .map(|p| p + 1)
            };
            let before_mask: Vec<bool> = r.raw.iter().map(|s| *s >= threshold).collect();
            let after_mask = model.shown_mask(&r.facts, &r.raw, &r.same_category);
            let (before, after) = (before_mask.iter().filter(|k| **k).count(), after_mask.iter().filter(|k| **k).count());
            let judged_fit = grades.is_some_and(|g| !g.is_empty());
            let (fb, fa) = (first_fit(&before_mask), first_fit(&after_mask));
            let changed = if judged_fit { fb != fa } else { (before > 0) != (after > 0) };
            if !changed || grades.is_none() {
                continue;
            }
            let f = r.facts;
            println!(
                "{name} {} {}: first fit {:?} → {:?}, shown {before} → {after}; p {:.3}, best {:.3}, margin {:.3}, topic {:.2}, words {:.2}, cross {}, soft {}, anchored {}, known {}, category {}",
                r.need,
                if judged_fit { "FIT" } else { "no-fit" },
                fb,
                fa,
                model.probability(&f),
                f.best,
                f.best - f.second,
                f.topic,
                f.lexical,
                u8::from(f.cross_language),
                u8::from(f.soft_cut),
                u8::from(f.anchored),
                f.known_fits,
                u8::from(f.same_category)
            );
        }
    }
    Ok(())
}

fn engine_for(input: &MatchInput, params: Params) -> Engine {
    let mut e = Engine::new(params);
    e.set_districts(input.districts.clone());
    for org in input.organisations.clone() {
        e.upsert_organisation(org);
    }
    for item in input.items.clone() {
        e.upsert_item(item);
    }
    e
}

fn rankings(all: &[(ItemId, Vec<Suggestion>)], min_score: f32) -> Rankings {
    all.iter()
        .map(|(need, list)| (need.0.clone(), list.iter().filter(|s| s.score >= min_score).map(|s| s.offer.0.clone()).collect()))
        .collect()
}

/// Engine and baseline metrics for one set.
fn measure(set: (&str, &str)) -> Result<(Metrics, Metrics), Box<dyn std::error::Error>> {
    let judgments = parse_judgments(set.1)?;
    let input = read_input(set.0)?;
    let baseline = evaluate(&word_overlap_baseline(&input, 10), &judgments);
    let all = engine_for(&input, Params::default()).all_suggestions(10);
    Ok((evaluate(&rankings(&all, 0.0), &judgments), baseline))
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let has = |flag: &str| args.iter().any(|a| a == flag);
    let name = match args.iter().position(|a| a == "--set") {
        Some(pos) => args.get(pos + 1).map(String::as_str).ok_or("--set needs a name")?,
        None if has("--holdout") => "holdout",
        None => "lindenau",
    };
    let focus = SETS.iter().find(|(n, _)| *n == name).map(|(_, set)| *set).ok_or_else(|| {
        let names: Vec<&str> = SETS.iter().map(|(n, _)| *n).collect();
        format!("unknown set `{name}` (known: {})", names.join(", "))
    })?;
    if has("--calibrate") {
        calibrate()?;
    }
    if has("--curve") {
        curve()?;
    }
    if has("--loso") {
        loso()?;
    }
    if has("--fit") {
        return fit_loso();
    }
    if has("--fit-diff") {
        return fit_diff();
    }
    if let Some(pos) = args.iter().position(|a| a == "--fit-write") {
        let floor: f32 = args.get(pos + 1).ok_or("--fit-write needs a floor")?.parse()?;
        return fit_write(floor);
    }
    if has("--misses") {
        misses()?;
    }
    if has("--causes") {
        let mut total = matching::causes::Causes::default();
        for (name, input, judgments) in all_sets()? {
            // The engine's default decision; `EVAL_PER_NEED=1`: the per-need model alone
            // (`data/fit.txt`); `EVAL_THRESHOLD_ONLY=1`: the global threshold alone.
            let fit = if std::env::var_os("EVAL_PER_NEED").is_some() {
                FitModel::builtin()
            } else if std::env::var_os("EVAL_THRESHOLD_ONLY").is_some() {
                None
            } else {
                Params::default().fit
            };
            let params = Params { fit, ..Params::default() };
            let c = matching::causes::causes_with(&input, &judgments, params);
            println!("{}", matching::causes::render(name, &c));
            total.add(&c);
        }
        println!("{}", matching::causes::render("all sets", &total));
        return Ok(());
    }
    if has("--details") || has("--sweep") {
        let judgments = parse_judgments(focus.1)?;
        let input = read_input(focus.0)?;
        // Suggestions down to 0.35, so that higher thresholds can be tried on the same run.
        let engine = engine_for(&input, Params { threshold: 0.35, calibrated: false, fit: None, ..Params::default() });
        let all = engine.all_suggestions(10);
        if has("--details") {
            print_details(&engine, &all, &judgments, Params::default().threshold);
        }
        if has("--sweep") {
            for step in 0..12 {
                let t = 0.35 + 0.025 * step as f32;
                let m = evaluate(&rankings(&all, t), &judgments);
                println!(
                    "threshold {t:.3}: nDCG {:.3} P@5 {:.3} shown-P {:.3} R@10 {:.3} MRR {:.3} no-match {:.3}",
                    m.ndcg_at_10, m.precision_at_5, m.shown_precision_at_5, m.recall_at_10, m.mrr, m.no_match_suggested
                );
            }
        }
    }

    let mut table = String::new();
    for (i, ((_, set), title)) in SETS.iter().zip(TITLES).enumerate() {
        let (engine, baseline) = measure(*set)?;
        if i > 0 {
            table.push('\n');
        }
        table.push_str(&render(title, &engine, &baseline));
    }
    println!("{table}");
    if let Some(pos) = args.iter().position(|a| a == "--write") {
        let path = args.get(pos + 1).ok_or("--write needs a path")?;
        let doc = std::fs::read_to_string(path)?;
        let (Some(s), Some(e)) = (doc.find(START), doc.find(END)) else {
            return Err(format!("{path} has no {START} … {END} block").into());
        };
        let updated = format!("{}{START}\n{table}{}", &doc[..s], &doc[e..]);
        std::fs::write(path, updated)?;
        println!("updated {path}");
    }
    Ok(())
}

/// Every need with its suggestions (grade in brackets), marking those below the engine's threshold.
fn print_details(engine: &Engine, all: &[(ItemId, Vec<Suggestion>)], judgments: &Judgments, threshold: f32) {
    for (need, list) in all {
        let grades = judgments.get(&need.0).cloned().unwrap_or_default();
        let title = engine.item(need).map(|i| i.title.clone()).unwrap_or_default();
        println!("{need} {title}  judged: {grades:?}");
        for s in list {
            let g = grades.get(&s.offer.0).copied().unwrap_or(0);
            let t = engine.item(&s.offer).map(|i| i.title.clone()).unwrap_or_default();
            let reasons: Vec<String> = s.reasons.iter().map(|r| r.to_german()).collect();
            let shown = if s.score >= threshold { "" } else { " (below threshold)" };
            println!("   {} [{g}] {:.3} {t}  ({}){shown}", s.offer, s.score, reasons.join("; "));
        }
    }
}

fn render(title: &str, engine: &Metrics, baseline: &Metrics) -> String {
    let row = |name: &str, f: fn(&Metrics) -> f64| format!("| {name} | {:.3} | {:.3} |\n", f(engine), f(baseline));
    if std::env::var_os("EVAL_EXACT").is_some() {
        println!("exact: {engine:?}");
    }
    let mut out = format!(
        "{title}: {} needs with judged matches, {} needs without a match.\n\n",
        engine.needs_with_match, engine.needs_without_match
    );
    out.push_str("| metric | engine | word-overlap baseline |\n|---|---|---|\n");
    out.push_str(&row("precision@5 (relevant in first 5 places ÷ 5)", |m| m.precision_at_5));
    out.push_str(&row("precision of shown suggestions in first 5", |m| m.shown_precision_at_5));
    out.push_str(&row("recall@10", |m| m.recall_at_10));
    out.push_str(&row("MRR", |m| m.mrr));
    out.push_str(&row("nDCG@10", |m| m.ndcg_at_10));
    out.push_str(&row("needs without a match that get a suggestion", |m| m.no_match_suggested));
    out
}

/// Raw scores below this are never kept by any threshold tried here.
const LOWEST_RAW: f32 = 0.4;
/// No calibration point rests on fewer pairs.
const MIN_BLOCK: usize = 25;

/// A set by name, parsed.
type Set = (&'static str, MatchInput, Judgments);
/// All suggestions of one run over a set.
type Run<'a> = (&'a str, Vec<(ItemId, Vec<Suggestion>)>, &'a Judgments);

/// The training sets, parsed (padded with side remarks under `--padded`).
fn all_sets() -> Result<Vec<Set>, Box<dyn std::error::Error>> {
    SETS.iter().map(|(name, (input, judgments))| Ok((*name, read_input(input)?, parse_judgments(judgments)?))).collect()
}

/// A set's input, with side remarks added to every description under `--padded`.
fn read_input(json: &str) -> Result<MatchInput, Box<dyn std::error::Error>> {
    let mut input = parse_input(json)?;
    if std::env::args().any(|a| a == "--padded") {
        pad(&mut input);
    }
    Ok(input)
}

/// Side remarks of long formal profile texts: the association's history, its other activities,
/// its office hours, its funders. They name other subjects, days, numbers and audiences, and say
/// nothing about what the item offers or seeks, so the judgments stay valid. Written for this
/// robustness check, not taken from any evaluation set.
const SIDE_REMARKS_DE: [&str; 12] = [
    "Der Verein wurde 1987 gegründet und hat heute rund 250 Mitglieder.",
    "Neben diesem Angebot betreiben wir einen Chor, eine Hausaufgabenhilfe und ein jährliches Sommerfest.",
    "Unser Büro ist dienstags und donnerstags von 10 bis 14 Uhr besetzt.",
    "Wir danken der Stadt und der Bürgerstiftung herzlich für die Förderung unserer Arbeit.",
    "Weitere Informationen finden Sie auf unserer Website und in unserem monatlichen Newsletter.",
    "Unsere Arbeit wird überwiegend von Ehrenamtlichen getragen, die sich in ihrer Freizeit engagieren.",
    "Seit vielen Jahren arbeiten wir eng mit Schulen, Kitas und Beratungsstellen im Stadtteil zusammen.",
    "Im vergangenen Jahr haben wir mit unseren Projekten über 1.200 Menschen erreicht.",
    "Der Vorstand trifft sich einmal im Monat, Gäste sind dabei jederzeit willkommen.",
    "Wir sind parteipolitisch und konfessionell unabhängig und offen für alle Menschen.",
    "Das Vereinsheim liegt verkehrsgünstig, ist aber leider noch nicht barrierefrei.",
    "Zu unseren Angeboten gehören außerdem eine Seniorengruppe, ein Nähcafé und Deutschkurse für Frauen.",
];
const SIDE_REMARKS_EN: [&str; 6] = [
    "Our association was founded in 2003 and is run entirely by volunteers.",
    "We also organise a summer festival, a youth football team and a weekly language café.",
    "Our office is open on Mondays from 9 to 12.",
    "Our work is funded by the city and a local foundation; donations are always welcome.",
    "Last year our projects reached more than 800 people from over 30 countries.",
    "Our members meet once a month for a board meeting and a shared dinner.",
];

/// Appends two side remarks to every description (German, or English for English texts),
/// chosen by the item's id so that every run is the same.
fn pad(input: &mut MatchInput) {
    for item in &mut input.items {
        let h = item.id.0.bytes().fold(2166136261u32, |h, b| (h ^ u32::from(b)).wrapping_mul(16777619)) as usize;
        let pool: &[&str] = if item.text_lang.as_deref() == Some("en") { &SIDE_REMARKS_EN } else { &SIDE_REMARKS_DE };
        let (a, b) = (h % pool.len(), (h / pool.len()) % (pool.len() - 1));
        let b = if b >= a { b + 1 } else { b };
        let sep = if item.description.trim_end().ends_with(['.', '!', '?']) || item.description.trim().is_empty() { " " } else { ". " };
        item.description = format!("{}{sep}{} {}", item.description.trim_end(), pool[a], pool[b]).trim().to_string();
    }
}

/// Every suggestion down to `LOWEST_RAW` with its raw score and whether it was judged relevant.
fn raw_samples(engine: &mut Engine, judgments: &Judgments, params: Params) -> Vec<(f32, bool)> {
    engine.set_params(Params { threshold: LOWEST_RAW, calibrated: false, fit: None, ..params });
    let mut out = Vec::new();
    for (need, list) in engine.all_suggestions(10) {
        let grades = judgments.get(&need.0);
        for s in list {
            out.push((s.score, grades.and_then(|g| g.get(&s.offer.0)).is_some_and(|g| *g > 0)));
        }
    }
    out
}

/// Fits the calibration on every suggestion of the training sets and writes `data/calibration.txt`.
fn calibrate() -> Result<(), Box<dyn std::error::Error>> {
    let mut samples = Vec::new();
    for (_, input, judgments) in all_sets()? {
        let mut engine = engine_for(&input, Params::default());
        samples.extend(raw_samples(&mut engine, &judgments, Params::default()));
    }
    let fitted = Calibration::fit(&samples, MIN_BLOCK);
    let relevant = samples.iter().filter(|s| s.1).count();
    let text = format!(
        "# Calibration of raw scores (see src/calibration.rs): `raw share`, the share of suggestions judged\n\
         # relevant at that raw score, isotonic fit over {} suggestions ({relevant} relevant) of the\n\
         # training sets, raw scores from {LOWEST_RAW}, blocks of at least {MIN_BLOCK}. Written by\n\
         # cargo run -p matching --release --example evaluate -- --calibrate\n{}",
        samples.len(),
        fitted.to_text()
    );
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/calibration.txt");
    std::fs::write(path, text)?;
    println!("wrote {path}:\n{}", fitted.to_text());
    Ok(())
}

fn ranked_at(all: &[(ItemId, Vec<Suggestion>)], min_score: f32) -> Rankings {
    rankings(all, min_score)
}

/// Precision and recall per calibrated threshold, per set and pooled (shown suggestions in the
/// first 10 that are relevant; judged matches found in the first 10; no-match needs with a suggestion).
fn curve() -> Result<(), Box<dyn std::error::Error>> {
    let sets = all_sets()?;
    let runs: Vec<Run<'_>> = sets
        .iter()
        .map(|(name, input, judgments)| {
            let engine = engine_for(input, Params { threshold: LOWEST_RAW, fit: None, ..Params::default() });
            (*name, engine.all_suggestions(10), judgments)
        })
        .collect();
    println!("| calibrated threshold | raw threshold | precision (shown, top 10) | recall@10 | no-match needs with a suggestion | nDCG@10 (mean of sets) |");
    println!("|---|---|---|---|---|---|");
    let cal = Calibration::builtin();
    for step in 0..=12 {
        let t = 0.2 + 0.05 * step as f32;
        let (mut shown, mut hits, mut found, mut wanted, mut nm, mut nm_total, mut ndcg) =
            (0usize, 0usize, 0usize, 0usize, 0usize, 0usize, 0.0);
        for (_, all, judgments) in &runs {
            let r = ranked_at(all, t);
            for (need, grades) in judgments.iter() {
                let list = r.get(need).cloned().unwrap_or_default();
                if grades.is_empty() {
                    nm_total += 1;
                    nm += usize::from(!list.is_empty());
                    continue;
                }
                let rel = list.iter().take(10).filter(|o| grades.get(*o).is_some_and(|g| *g > 0)).count();
                shown += list.len().min(10);
                hits += rel;
                found += rel;
                wanted += grades.len();
            }
            ndcg += evaluate(&r, judgments).ndcg_at_10 / runs.len() as f64;
        }
        // The raw threshold that this calibrated one stands for.
        let raw = (0..=200).map(|i| i as f32 / 200.0).find(|r| cal.apply(*r) >= t).unwrap_or(1.0);
        println!(
            "| {t:.2} | {raw:.3} | {:.3} | {:.3} | {:.3} | {ndcg:.3} |",
            hits as f64 / shown.max(1) as f64,
            found as f64 / wanted.max(1) as f64,
            nm as f64 / nm_total.max(1) as f64
        );
    }
    Ok(())
}

/// What the weights and threshold are chosen for: nDCG@10 less half the share of no-match needs
/// that get a suggestion (the two targets in one number).
fn objective(m: &Metrics) -> f64 {
    m.ndcg_at_10 - 0.5 * m.no_match_suggested
}

/// The weights tried by the leave-one-set-out choice.
fn grid() -> Vec<Params> {
    // `EVAL_CROSS=1` also tries the stand-in of shared concepts for words across languages
    // (`Params::cross_language_words`), which is off by default (see docs/benchmarks.md).
    let cross_values: Vec<f32> = if std::env::var_os("EVAL_CROSS").is_some() {
        vec![0.0, 0.25, 0.5, 0.75, 1.0]
    } else {
        vec![Params::default().cross_language_words]
    };
    let mut out = Vec::new();
    for lexical_weight in [0.2, 0.35, 0.5] {
        for shared_words_weight in [0.0, 0.15, 0.3, 0.5] {
            for context_weight in [0.15, 0.2, 0.3] {
                for cross_language_words in cross_values.iter().copied() {
                    out.push(Params {
                        lexical_weight,
                        shared_words_weight,
                        context_weight,
                        cross_language_words,
                        fit: None,
                        ..Params::default()
                    });
                }
            }
        }
    }
    out
}

/// Thresholds tried, on the raw scale (the calibration is fitted after the choice).
fn thresholds() -> Vec<f32> {
    (0..=10).map(|i| 0.55 + 0.01 * i as f32).collect()
}

/// Leave-one-set-out: for each set, the weights and threshold best on the other sets (mean
/// objective), and that set's figures with them; then the choice on all of them.
fn loso() -> Result<(), Box<dyn std::error::Error>> {
    let sets = all_sets()?;
    let mut engines: Vec<Engine> = sets.iter().map(|(_, input, _)| engine_for(input, Params::default())).collect();
    let grid = grid();
    let ts = thresholds();
    // metrics[g][t][set]
    let mut metrics: Vec<Vec<Vec<Metrics>>> = Vec::new();
    for p in &grid {
        let mut per_t = vec![Vec::new(); ts.len()];
        for (engine, (_, _, judgments)) in engines.iter_mut().zip(&sets) {
            engine.set_params(Params { threshold: LOWEST_RAW, calibrated: false, ..*p });
            let all = engine.all_suggestions(10);
            for (ti, t) in ts.iter().enumerate() {
                per_t[ti].push(evaluate(&rankings(&all, *t), judgments));
            }
        }
        metrics.push(per_t);
    }
    let best_without = |held: Option<usize>| -> (usize, usize) {
        let mut best = (0, 0, f64::MIN);
        for (g, per_t) in metrics.iter().enumerate() {
            for (ti, per_set) in per_t.iter().enumerate() {
                let (sum, n) =
                    per_set.iter().enumerate().filter(|(i, _)| Some(*i) != held).fold((0.0, 0), |(s, n), (_, m)| (s + objective(m), n + 1));
                let mean = sum / f64::from(n);
                if mean > best.2 + 1e-9 {
                    best = (g, ti, mean);
                }
            }
        }
        (best.0, best.1)
    };
    let show = |p: &Params, t: f32| {
        format!(
            "lexical {:.2}, shared words {:.2}, context {:.2}, across languages {:.2}, raw threshold {t:.2}",
            p.lexical_weight, p.shared_words_weight, p.context_weight, p.cross_language_words
        )
    };
    println!("| held-out set | chosen on the other sets | nDCG@10 | MRR | recall@10 | no-match with suggestion | fit, no suggestion | with today's defaults: nDCG@10 | no-match |");
    println!("|---|---|---|---|---|---|---|---|---|");
    let default_g = grid.iter().position(|p| *p == Params { fit: None, ..Params::default() });
    let default_t = ts.iter().position(|t| (*t - Params::default().threshold).abs() < 1e-6);
    let mut mean = [0.0f64; 4];
    // Pooled counts: no-match needs with a suggestion, no-match needs, fitting needs with none.
    let mut counts = [0usize; 3];
    let n_sets = sets.len() as f64;
    for (i, (name, _, _)) in sets.iter().enumerate() {
        let (g, ti) = best_without(Some(i));
        let m = metrics[g][ti][i];
        let d = match (default_g, default_t) {
            (Some(dg), Some(dt)) => format!("{:.3} | {:.3}", metrics[dg][dt][i].ndcg_at_10, metrics[dg][dt][i].no_match_suggested),
            _ => "– | –".to_string(),
        };
        println!(
            "| {name} | {} | {:.3} | {:.3} | {:.3} | {:.3} | {} of {} | {d} |",
            show(&grid[g], ts[ti]),
            m.ndcg_at_10,
            m.mrr,
            m.recall_at_10,
            m.no_match_suggested,
            m.with_match_empty,
            m.needs_with_match
        );
        counts[0] += (m.no_match_suggested * m.needs_without_match as f64).round() as usize;
        counts[1] += m.needs_without_match;
        counts[2] += m.with_match_empty;
        mean[0] += m.ndcg_at_10 / n_sets;
        mean[1] += m.mrr / n_sets;
        mean[2] += m.recall_at_10 / n_sets;
        mean[3] += m.no_match_suggested / n_sets;
    }
    println!("| mean | | {:.3} | {:.3} | {:.3} | {:.3} | {} | |", mean[0], mean[1], mean[2], mean[3], counts[2]);
    println!("pooled: no-match needs with a suggestion {} of {}; needs with a fitting offer and none {}", counts[0], counts[1], counts[2]);
    if std::env::var_os("EVAL_GRID").is_some() {
        for (g, per_t) in metrics.iter().enumerate() {
            for (ti, per_set) in per_t.iter().enumerate() {
                let cells: Vec<String> = per_set
                    .iter()
                    .map(|m| format!("{:.3}/{:.3}/{:.3}/{:.3}", m.ndcg_at_10, m.mrr, m.recall_at_10, m.no_match_suggested))
                    .collect();
                println!("grid {} | {}", show(&grid[g], ts[ti]), cells.join(" | "));
            }
        }
    }
    let (g, ti) = best_without(None);
    println!("\nChosen on all sets: {}", show(&grid[g], ts[ti]));
    for (i, (name, _, _)) in sets.iter().enumerate() {
        let m = metrics[g][ti][i];
        println!(
            "  {name}: nDCG@10 {:.3}, MRR {:.3}, recall@10 {:.3}, no-match {:.3}, fit but none {}",
            m.ndcg_at_10, m.mrr, m.recall_at_10, m.no_match_suggested, m.with_match_empty
        );
    }
    Ok(())
}

/// Needs with a fitting offer that get no suggestion, per set, with why each fitting offer is
/// left out; then the count per class.
fn misses() -> Result<(), Box<dyn std::error::Error>> {
    use std::collections::BTreeMap;
    let mut classes: BTreeMap<String, usize> = BTreeMap::new();
    let mut total = 0;
    for (name, input, judgments) in all_sets()? {
        let engine = engine_for(&input, Params::default());
        let open = engine_for(&input, Params { threshold: 0.0, min_relevance: 0.0, calibrated: false, fit: None, ..Params::default() });
        let all = engine.all_suggestions(10);
        let mut count = 0;
        for (need, list) in &all {
            let Some(grades) = judgments.get(&need.0) else { continue };
            if grades.is_empty() || !list.is_empty() {
                continue;
            }
            count += 1;
            let title = engine.item(need).map(|i| i.title.clone()).unwrap_or_default();
            println!("{name} {need} {title}");
            let scored = open.suggestions_for_need(need, 1000)?;
            let near = engine.near_misses(need, 10, 1000)?;
            let mut best: Option<String> = None;
            for (offer, g) in grades {
                let id = ItemId(offer.clone());
                let t = engine.item(&id).map(|i| i.title.clone()).unwrap_or_default();
                let why = match engine.violation(need, &id)? {
                    Some(v) => format!("excluded: {v:?}"),
                    None => match scored.iter().find(|s| s.offer == id) {
                        Some(s) => {
                            let short = near.iter().find(|m| m.offer == id).map(|m| format!("{:?}", m.why)).unwrap_or_default();
                            format!("below: raw {:.3} {short}", s.score)
                        }
                        None => "no shared subject (not a candidate)".to_string(),
                    },
                };
                println!("   {offer} [{g}] {t}: {why}");
                let class = why.split([':', '{', '(']).next().unwrap_or("").trim().to_string()
                    + &near
                        .iter()
                        .find(|m| m.offer == id)
                        .map(|m| match m.why {
                            matching::Miss::Excluded(v) => format!(" {v:?}"),
                            matching::Miss::BelowThreshold { shortfall, .. } => format!(" {shortfall:?}"),
                        })
                        .unwrap_or_default();
                if best.is_none() {
                    best = Some(class);
                }
            }
            *classes.entry(best.unwrap_or_default()).or_default() += 1;
        }
        println!("{name}: {count} needs with a fitting offer and no suggestion\n");
        total += count;
    }
    println!("total: {total}");
    for (c, n) in classes {
        println!("  {n:3} {c}");
    }
    Ok(())
}
