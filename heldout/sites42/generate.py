"""Held-out site set 42 for issue 13 (site learning): a quartet of made-up essay hosts, eighteen pages
apiece, from a 1996 dial-up homepage to a 2023 Nostr reader. Written without looking at the extractor's code.
Each essay gets assembled below from per-subject cards and from pools of sentence patterns.

    /work/main/.venv/bin/python heldout/sites42/generate.py OUTDIR [--seed 2042]

Output: OUTDIR/<host>/page-NN.html and OUTDIR/<host>/truth/page-NN.md (truth syntax of bench/scoring.py), and
OUTDIR/SOURCES.tsv beside those folders. Each host has two essayless pages, whose truths say
no_essay: true. A fixed seed gives identical bytes.

Hosts:
  hilbre  1996-97. "The Spectacle Cabinet", a retired optician's CompuServe OurWorld homepage on the history
          of eyeglasses, with papers by two friends from his collectors' circle. Four ways of making a page:
          Home Page Wizard pages that all share one <title>, Navigator Gold pages whose headings share a <P>
          with the text below them, Word 97 "Save as HTML" pages titled after the document template, and a
          newsletter piece retyped with a <BR> at every line end and paragraphs marked only by an indent.
          Undeclared Latin-1.
  mersea  2000. The eGroups web archive of a falconry-history mailing list: one e-mail per page, bodies as
          hard-wrapped text inside <tt>, titles in subject lines or in the first body line, quoted
          questions above essays, signatures, sponsor boxes and the list's own footer. ISO-8859-1.
  fidra   2011. Skiing history on Examiner.com from four city "Examiners": datelines glued to the first
          paragraph, RELATED links and ads inside the text, an "If you go" box that looks like a list, a
          <br><br> editor, long articles split over two pages.
  handa   2023. Kite history read through Habla, a Nostr long-form client: greetings and sign-offs, a TL;DR
          with a word count, series labels, hashtag lines, summaries, zaps, highlights and replies.

Reused verbatim from sets 1-3: truth writing, invented reference lists, escaping, insertion points,
thousands separators and plurals.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import importlib.util
import math
import random
import re
import textwrap
from datetime import date, datetime, timedelta
from pathlib import Path


def _load(name: str, folder: str):
    """Import generate.py from an older set's folder."""
    spec = importlib.util.spec_from_file_location(name, Path(__file__).resolve().parents[1] / folder / "generate.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


g = _load("sites1_generate", "sites")
g2 = _load("sites2_generate", "sites2")
g3 = _load("sites3_generate", "sites3")
norm, block_text, slug = g.norm, g.block_text, g.slug
fmt_int, esc, spot = g2.fmt_int, g2.esc, g2.spot
plural = g3.plural

PAGES_PER_SITE = 18

# Cards: a line each, thirteen "|"-separated fields: host | title | section (its shelf on the host) | x (a
# singular noun phrase) | who | place | span (contains a 3- or 4-digit year) | strands (three, split by
# ";") | thesis | rival (each continues a that-clause) | fact one | fact two (single sentences, one full stop,
# at the end) | today (something still to be seen, a noun phrase).

ESSAY_CARDS = """
hilbre | The Stone on the Page | Early Lenses | the reading stone | the monks who copied manuscripts, the crystal cutters of Venice and scholars praising magnifying glass | the monasteries and workshops of medieval Europe | 1000 to 1300 | a polished dome of glass laid flat on the page; beryl and rock crystal prized above glass; a magnifier with no frame to hold it | reading stones taught readers to trust a lens before anyone put one on the nose | reading stones were a side curiosity unrelated to spectacles | Reading stones were polished domes of glass or crystal laid flat on a page to enlarge the letters. | The German word for spectacles, Brille, is thought to come from beryl. | a reading stone or two in most large museums of glass
hilbre | A Sermon in Pisa | Early Lenses | the invention of spectacles | the preacher Giordano da Rivalto, the friar Alessandro della Spina and a nameless craftsman, maker of the first pair | Pisa and Florence | 1280 to 1320 | two lenses riveted together at the handles; a sermon that mentioned a recent invention; a maker who kept his method to himself | spectacles began in northern Italy as a craftsman's trade secret rather than a scholar's discovery | a single famous inventor gave spectacles to the world | In a sermon of 1306, Giordano da Rivalto said spectacles had been invented less than twenty years earlier. | The friar Alessandro della Spina reportedly made spectacles and taught others how. | the text of the Pisa sermon, quoted in every history of the subject
hilbre | The Tomb That Never Was | Early Lenses | the Armati legend | the Florentine nobleman Salvino degli Armati, an antiquarian promoting his claim and historians exposing it | Florence | 1317 to 1956 | a memorial naming an inventor; an antiquarian's report of a lost tombstone; a twentieth-century exposure of the story | the Armati story shows how civic pride could manufacture an inventor | Salvino degli Armati really did invent spectacles | A memorial in a Florentine church names Salvino degli Armati as the inventor of spectacles. | The historian Edward Rosen argued in 1956 that the Armati inscription was a seventeenth-century fabrication. | the memorial in the church of Santa Maria Maggiore in Florence
hilbre | The Cardinal's Borrowed Glasses | Early Lenses | the first painted spectacles | the painter Tommaso da Modena, the Dominican friars of Treviso and later artists who gave saints their glasses | the chapter house of San Nicolo in Treviso | 1352 to 1500 | a fresco of a cardinal reading with spectacles; saints and scholars painted wearing glasses; spectacles as a mark of learning | painters turned spectacles into a badge of learning within a few generations of their invention | early spectacles were hidden away as a sign of weakness | Tommaso da Modena painted a cardinal wearing spectacles at Treviso in 1352. | The cardinal in the fresco, Hugh of Saint-Cher, died before spectacles were invented. | the fresco in the chapter house at Treviso
hilbre | Wire and Horn in Nuremberg | Makers and Guilds | the Nuremberg spectacle trade | the craftsmen of Nuremberg, their guild masters and pedlars selling cheap glasses at fairs | Nuremberg and the fairs of southern Germany | 1480 to 1700 | cheap spectacles made by the thousand; frames bent from a single wire; pedlars selling from trays | Nuremberg turned spectacles into an everyday object through cheapness rather than quality | Nuremberg spectacles were luxury goods for the rich | Nuremberg spectacle makers were organised in a guild by the 1530s. | Nuremberg workshops bent whole frames out of one length of wire. | a few wire frames in German museum collections
hilbre | Smashed at the Guildhall | Makers and Guilds | the Spectacle Makers' Company | the London spectacle makers, a charter from King Charles, plus inspectors breaking bad spectacles | London's square mile | 1629 to 1800 | a royal charter; the right to search shops for poor work; faulty glasses broken in public | the London company's inspecting power outweighed its charter | the Company existed only for feasting and ceremony | London's Spectacle Makers' Company got its royal charter in 1629. | The Company had the power to seize and destroy badly made spectacles. | the Company's coat of arms, with three pairs of spectacles on it
hilbre | Arms That Grip the Head | Frames | the side-armed spectacle frame | the London optician Edward Scarlett, his customers and the satirists who mocked them | London shops | 1720 to 1800 | side pieces pressing on the temples; rings finishing each arm; wigs that hid the arms from view | spectacles that stayed on the face changed who wore them and where | side arms were an ancient idea | Edward Scarlett advertised spectacles with side arms in the 1720s. | Early side arms pressed against the temples instead of hooking over the ears. | ring-ended temple spectacles at London's Science Museum
hilbre | Two Lenses in One | Special Sight | the bifocal | Benjamin Franklin, his London optician and the later makers who fused the lenses | Philadelphia, London and Paris | 1760 to 1910 | lenses cut in half and joined in one frame; one pair for near and far work; fused bifocals after 1900 | Franklin popularised the bifocal more than he invented it | Franklin invented the bifocal without help from anyone | Benjamin Franklin wrote in 1784 that he wore spectacles with lenses cut in half for near and far sight. | Fused bifocals, with the reading segment melted into the main lens, appeared in the early 1900s. | Franklin's letter describing his double spectacles
hilbre | The Glass in the Eye | Frames | the monocle | Regency dandies, Prussian officers and the cartoonists who mocked both | London, Vienna and Berlin | 1800 to 1930 | a single lens on a ribbon; a lens gripped by the muscles around the eye; a badge of class and rank | the monocle survived a century as a badge of class, not a sight aid | the monocle was simply cheaper than a pair of spectacles | The monocle became fashionable in the early 1800s. | The monocle lost favour after 1918, partly through its link with German officers. | monocles on their black cords in antique shops
hilbre | Pinching the Nose | Frames | the pince-nez | Victorian wearers, the makers of spring bridges and the politicians who were photographed in them | Europe and America | 1840 to 1930 | a spring clip on the nose; frames with no arms at all; a chain to catch them when they fell | the pince-nez lasted because it could go on and off in a moment | pince-nez were worn because they were comfortable | Pince-nez stay in place by pinching the bridge of the nose. | Pince-nez were popular from the 1840s into the early 1900s. | pince-nez cases lined with velvet
hilbre | Shells of Glass | Special Sight | the contact lens | the physician Adolf Fick, the glassblowers of Wiesbaden and the plastics makers who came later | Germany, Czechoslovakia and America | 1887 to 1971 | blown glass shells laid on the eye; hard plastic lenses; soft lenses of hydrogel | the contact lens waited on new materials more than on new ideas | the contact lens was a recent idea | Adolf Fick fitted glass contact lenses in 1888. | Otto Wichterle developed soft contact lenses in Czechoslovakia around 1960. | early glass shells kept in optical museums
hilbre | Letters in Shrinking Rows | Modern Times | the sight-test chart | the Dutch eye doctor Herman Snellen, the opticians who used his chart and army recruiting boards | Utrecht, later everywhere | 1862 to 1950 | rows of letters getting smaller down a card; fixed testing distances; mass screening of recruits | the letter chart turned eyesight into a number and helped opticians become professionals | the chart simply measured something obvious | Herman Snellen published his letter chart in 1862. | The Snellen chart is read from six metres, or twenty feet. | the chart on the wall of every optician's room
hilbre | Free at the Point of Sight | Modern Times | the NHS spectacle scheme | health ministry officials, the opticians who dispensed the frames and patients queuing for free glasses | Britain | 1948 to 1990 | free spectacles from 1948; a standard round frame; charges introduced later | free NHS spectacles made glasses an ordinary sight in Britain | most people already owned glasses before 1948 | Britain's NHS supplied free spectacles from 1948. | Charges for NHS spectacles were introduced in 1951. | the round NHS frame, now sold again as a fashion item
hilbre | Tinted Against the Glare | Special Sight | the tinted lens | Chinese judges, the optician James Ayscough and modern sunglass firms | China, London and California | 1200 to 1940 | smoky quartz lenses; blue and green tints for weak eyes; polarising sun lenses | tinted glass began as medicine and concealment, and fashion came last | sunglasses began as a fashion | James Ayscough sold spectacles with tinted lenses in the 1750s. | Edwin Land's polarising filter was used in sunglasses from the 1930s. | smoky quartz spectacles from China in museum cases
hilbre | A Gift from the West | Early Lenses | the arrival of spectacles in China | Chinese scholars, Portuguese and Dutch traders and the lens makers of Suzhou | Chinese port cities and Suzhou | 1450 to 1750 | foreign spectacles as precious gifts; cords looped over the ears; local lens workshops | spectacles reached China as trade gifts and became a Chinese craft | spectacles were invented in China long before Europe | Spectacles were known in China by the 1400s, probably arriving through trade. | Chinese spectacles often had cords looped over the ears instead of side arms. | Chinese spectacle cases of carved wood and sharkskin
hilbre | Steel, Rubber and the Factory | Frames | the factory-made frame | the frame makers of Birmingham, the American firm of Bausch and Lomb and army quartermasters | Birmingham and Rochester, New York | 1850 to 1945 | steel wire frames made by machine; frames of hard rubber; spectacles issued to soldiers | cheap factory frames made spectacles a standard item of army kit | frames were always made by hand | Bausch and Lomb began in Rochester, New York, in 1853. | Vulcanite, a hard rubber, was used for spectacle frames in the 1800s. | wartime issue spectacles in their tin cases
hilbre | A Lens on a Handle | Frames | the lorgnette | ladies at the opera, the Paris makers and the actors who used them on stage | Paris and London | 1780 to 1910 | a lens held up by a side handle; frames that folded into the handle; use in theatres | the lorgnette was carried for display no less than for sight | the lorgnette was a purely practical tool | A lorgnette is a pair of spectacles raised to the eyes on a handle. | Folding lorgnettes were popular in the later 1800s. | lorgnettes of tortoiseshell and silver in auction catalogues
hilbre | Glasses off a Tray | Modern Times | the trade in ready-made reading glasses | the drapers and chemists who sold them, the mail-order firms and the opticians who objected | American and British towns | 1880 to 1990 | glasses chosen by trying on from a tray; mail-order catalogues with a test card; laws limiting sales | ready-made glasses survived by being cheap and adequate | ready-made glasses were banned outright | Mail-order catalogues of the late 1800s sold spectacles with a self-test card. | Ready-made reading glasses can be bought without a prescription in many countries. | racks of reading glasses by the till of any chemist
mersea | The Emperor's Book of Birds | Medieval | the emperor Frederick's falconry book | the emperor Frederick, his falconers and the scribes who copied his book | the court of Sicily and southern Italy | 1240 to 1600 | close watching of birds; a treatise in six books; drawings of hoods and jesses | the emperor's book was natural science, not a hunting manual | the treatise was merely a royal pastime | The emperor Frederick wrote a long Latin treatise on falconry, De arte venandi cum avibus. | Frederick reportedly learned hooding from Arab falconers. | the illustrated copy in the Vatican Library
mersea | A Cap for the Eyes | East and West | the falcon's hood | Arab falconers, crusading knights and the falconers of Europe | the Near East and Europe | 1100 to 1300 | a leather cap that calms the bird; knowledge carried west; hoods made as works of art | the hood came to Europe from Arabic practice through contact with the East | the hood was a European invention | A hood keeps a falcon calm by covering its eyes. | European falconers probably adopted the hood during the 1200s. | hoods of tooled leather in museum cases
mersea | A Kestrel for a Knave | Medieval | the list of hawks and ranks | the compiler of the Boke of St Albans, gentry readers and doubting historians | fifteenth-century England | 1486 to 1900 | a list matching birds to ranks; an eagle for an emperor; a kestrel for a knave | the famous list was a literary game rather than a rule anybody kept | the list was strictly enforced | The Boke of St Albans, printed in 1486, contains a list pairing hawks with ranks of people. | The list gives the kestrel to the knave. | the list itself, reprinted in almost every falconry book
mersea | Where the Hawks Moulted | Medieval | the royal mews | the royal falconers, their grooms and the officer styled Master of the Hawks | London near Charing Cross | 1300 to 1830 | buildings where birds were kept while moulting; a royal office; the site later used as stables | the royal mews shows that falconry was an office of state besides a sport | the mews were simply stables from the start | The word mews comes from the buildings where hawks were kept while they moulted. | The royal mews at Charing Cross stood where Trafalgar Square is now. | the word mews, still used for rows of old stables
mersea | Eagles on the Steppe | East and West | eagle hunting in Central Asia | Kazakh eagle hunters, their families, and modern festival organisers | western Mongolia's mountains | 1200 to 1999 | golden eagles trained to take foxes; skills passed from parent to child; festivals for visitors | eagle hunting lasted because it fed families through the winter, and the festivals came later | the tradition now lives purely as a show for tourists | Kazakh hunters in western Mongolia hunt foxes with golden eagles. | Eagle hunters keep their birds for some years and then release them. | the eagle hunters of Bayan-Olgii
mersea | White Falcons for Kings | Birds | the gyrfalcon trade | Icelandic and Norwegian trappers, the Danish kings and the rulers who received the birds | Iceland, Norway and Europe's royal courts | 1200 to 1800 | white birds caught in the far north; kings sending falcons as gifts; a ransom paid partly in falcons | gyrfalcons served as a currency of diplomacy | gyrfalcons were valued only for hunting | The gyrfalcon is the largest of the falcons. | Following the defeat at Nicopolis in 1396, the ransom paid to the Ottoman sultan reportedly included white gyrfalcons. | the gyrfalcon on the old Icelandic coat of arms
mersea | The Shogun's Goshawks | East and West | Japanese hawking | the shoguns, the hawk keepers of the court and the villagers shut out of the hunting grounds | Japan | 355 to 1868 | goshawks flown at game; hunting grounds closed to others; rules written by the Tokugawa | Japanese hawking served as an instrument of power over land, not only a sport | hawking in Japan was a private pleasure of nobles | The Tokugawa shoguns kept private hawking grounds around Edo. | Japanese falconers favoured the goshawk. | hawking scenes on Japanese folding screens
mersea | The Club on Salisbury Plain | Revival | the Old Hawking Club | the British enthusiasts who founded the club, their hired falconers and Salisbury Plain farmers | Salisbury Plain | 1864 to 1927 | rook hawking on open downland; Dutch professionals hired as falconers; a club formed to keep the art alive | the Old Hawking Club kept falconry alive in Britain by paying professionals, not by amateur zeal | falconry never died out in Britain | The Old Hawking Club began in 1864. | The Old Hawking Club flew its falcons at rooks on Salisbury Plain. | the downs near Shrewton where the club once flew
mersea | Nets on the Heath | Birds | the falcon-trapping trade of Valkenswaard | the trappers of Valkenswaard, buyers sent by distant courts, plus the heath's keepers | the heath around Valkenswaard in Brabant | 1600 to 1900 | nets spread on the heath; young peregrines caught on migration; birds sold to courts across Europe | a single Dutch village supplied Europe's falconers because it combined trapping skill with a migration route | falcons were always bred in captivity | Many professional falconers of the 1800s came from Valkenswaard in the Netherlands. | The trappers of Valkenswaard caught passage falcons on their autumn migration. | the falconry museum in Valkenswaard
mersea | Finding the Lost Bird | Revival | radio telemetry in falconry | the falconers who first fitted transmitters, the makers of tiny radio tags and field biologists tracking wild birds | open country in Britain and North America | 1965 to 1999 | tiny transmitters fixed to a tail feather or a leg; receivers with hand-held aerials; fewer birds lost for good | telemetry changed falconry by letting falconers fly birds over country they would never have risked before | falconers lose as many birds as they ever did | Falconers began fitting small radio transmitters to their hawks in the 1970s. | A falconer tracks a lost bird by swinging a hand-held aerial toward the strongest signal. | a receiver and aerial in almost every falconer's car
mersea | Clearing the Runway | Revival | the airfield falconer | falconers hired by air forces, airport managers and the pilots who feared bird strikes | airfields in Britain and North America | 1945 to 1999 | falcons flown to scatter gulls; trials at air bases; a regular paid job | falcons at airfields gave falconry its first steady modern employment | bird control at airports never used falcons | The Royal Navy tried falcons to clear birds from airfields in the 1940s. | Some airports still employ falconers to keep flocks away from runways. | falconers' vans parked beside the runway at some airports
mersea | Straps, Swivels and Lures | Birds | the falconer's gear | falconers, leather workers and swivel makers | workshops wherever hawks were kept | 1100 to 1999 | jesses fitted to the legs; lures swung to call the bird back; gloves thick enough to take the grip | falconry gear has changed so little because it was right almost from the start | the gear was modernised out of recognition | Jesses are leather straps fastened to a hawk's legs. | A lure is a bundle of feathers or a leather pad swung on a line to call a falcon back. | a gauntlet on every falconer's fist
mersea | Merlins on the Wrist | Medieval | the place of women in falconry | Mary, Queen of Scots, the noblewomen who carried merlins and modern women falconers | royal courts and country estates | 1300 to 1990 | merlins carried on the wrist; hawking couples carved on ivory; women in modern clubs | women never left falconry, though the books written by men left them out | falconry was a men's sport until recently | Mary, Queen of Scots, was a keen falconer. | Medieval ivory mirror cases often show couples hawking together. | ivory mirror cases at London's V&A museum
mersea | Sakers and Houbara | East and West | Arabian falconry | Bedouin falconers, Gulf rulers and modern breeders | the Arabian Peninsula | 600 to 1999 | sakers trapped on migration; hunts for the houbara bustard; hospitals for falcons | Arabian falconry survived modern wealth by turning it into breeding and medicine | Arabian falconry is a recent fashion of the rich | Arab falconers traditionally hunted the houbara bustard with saker falcons. | Bedouin falconers traditionally released their birds once the season ended. | the falcon hospital in Abu Dhabi
mersea | Hawks in the Law | Medieval | the law on hawks in England | medieval kings, the poachers they punished and the parliaments that wrote the rules | England | 1100 to 1600 | harsh penalties for stealing hawks; protection for eggs and nests; rules on who could keep which bird | hawking laws protected privilege more than birds | the laws existed to protect wild birds | Medieval English law punished the theft of a hawk severely. | Taking hawks' eggs from the nest was forbidden under medieval statutes. | the statute rolls in the National Archives
mersea | Hawking on the Wall | Medieval | falconry in medieval art | the weavers of great tapestries, the painters of books of hours and their noble patrons | the courts of France and Burgundy | 1350 to 1550 | tapestries of hawking parties; calendar pages for the summer months; hawks as signs of rank | falconry filled medieval art because a hawk on the fist announced status | the pictures were accurate records of hunting | The Devonshire Hunting Tapestries include scenes of falconry. | Calendar pages in books of hours often show hawking parties in the summer months. | the Devonshire Hunting Tapestries, now at London's V&A museum
mersea | The Persian Manuals | East and West | the tradition of Persian hawking manuals | Persian writers on hawks, the Mughal courts and the translators who carried the books west | Persia and northern India | 900 to 1700 | handbooks on the care of hawks; remedies for sick birds; translations into Turkish and Urdu | the Persian manuals were veterinary books first and hunting books second | the manuals were mere poetry | Persian writers produced many manuals on the care and training of hawks. | Persian hawking books were copied at the Mughal court. | manuscripts of the manuals in libraries in Tehran and London
mersea | Permits and Apprentices | Revival | modern falconry law | the British Falconers' Club, wildlife agencies and the apprentices they licensed | Britain and America | 1927 to 1999 | a club founded in 1927; licences and permits; birds bred in captivity | modern falconry survives because it accepted regulation | modern rules made falconry impossible | The British Falconers' Club began in 1927. | American falconers must first serve an apprenticeship under a licensed sponsor. | the club's journal, still published every year
fidra | The Boy from Morgedal | Nordic roots | Sondre Norheim | Sondre Norheim, Morgedal's farm boys and Christiania's crowds | Morgedal in Telemark | 1825 to 1890 | bindings of twisted birch roots round the heel; the telemark turn; long jumps at contests | Norheim's real gift was the heel binding, not the turn named after his county | Norheim invented skiing as a sport all by himself | Sondre Norheim was born in Morgedal in 1825. | Norheim drew attention at a ski contest in Christiania in 1868. | the Norheim cottage at Morgedal
fidra | Across Greenland on Skis | Nordic roots | Nansen's Greenland crossing | Fridtjof Nansen, his five companions and the Norwegian reading public | the Greenland ice cap | 1888 to 1891 | a crossing from east to west on skis; a book read by thousands; ski clubs founded after it | Nansen's book did more for skiing than his crossing | the crossing left the sport unchanged | Fridtjof Nansen crossed Greenland on skis in 1888. | Nansen's account of the crossing inspired skiers in Germany and Austria. | Nansen's skis in the Fram Museum in Oslo
fidra | One Pole on the Muckenkogel | Alpine | Mathias Zdarsky's Alpine technique | the Austrian Mathias Zdarsky, his Lilienfeld pupils and rivals loyal to the Norwegian style | Lilienfeld in Lower Austria | 1890 to 1920 | a single long pole; short stiff skis for steep ground; an early race through gates | Zdarsky adapted skiing to the Alps instead of copying Norway | Alpine skiing was imported from Norway unchanged | Mathias Zdarsky wrote a manual of Alpine skiing technique in 1896. | Zdarsky set a race through gates on the Muckenkogel in 1905. | the Zdarsky memorial above Lilienfeld
fidra | The Ski School at St Anton | Alpine | Hannes Schneider's Arlberg school | Hannes Schneider, his instructors at St Anton and the film audiences who watched him | St Anton am Arlberg | 1907 to 1939 | a method taught in stages; classes with uniform instruction; films demonstrating the technique | Schneider's lasting invention was the ski school itself | Schneider owed his fame entirely to films | Hannes Schneider began teaching skiing at St Anton in 1907. | Hannes Schneider starred in ski films made by Arnold Fanck. | the ski school building in St Anton
fidra | Flags in the Snow at Murren | Alpine | Arnold Lunn's slalom | Arnold Lunn, the Kandahar club and the British racers at Murren | Murren in Switzerland | 1922 to 1936 | a course marked with flags; downhill races for amateurs; the Arlberg-Kandahar meeting | the British, with hardly a mountain of their own, wrote the rules of downhill racing | racing rules came from the Alpine nations | Arnold Lunn set a modern slalom course at Murren in 1922. | The Arlberg-Kandahar race was first held in 1928. | the Kandahar club's hut at Murren
fidra | A Rope and a Ford Engine | Lifts and resorts | the first ski lift | rope-tow builders, the railroad engineers at Sun Valley and the skiers who stopped climbing | Vermont, Idaho and the Alps | 1934 to 1960 | a rope pulled by a car engine; a chairlift adapted from banana loaders; the T-bar | lifts changed skiing from a sport of climbing to a sport of descending | lifts merely made an old sport more comfortable | A rope tow driven by a Ford engine ran at Woodstock, Vermont, in 1934. | The first chairlift opened at Sun Valley, Idaho, in 1936. | a marker by the road at Woodstock
fidra | Soldiers in White | Lifts and resorts | the Tenth Mountain Division | the American mountain troops, their instructors at Camp Hale and the veterans who built resorts | Camp Hale in Colorado and the Italian Apennines | 1941 to 1970 | troops trained at high altitude; battles in Italy's mountains; veterans founding ski areas | the division's longest legacy was the ski industry its veterans built | the division's story ended with the war | The Tenth Mountain Division trained at Camp Hale in Colorado. | Veterans of the Tenth Mountain Division helped found many American ski areas, including Vail. | the ruins of Camp Hale beside the highway
fidra | The King Who Skied Away | Nordic roots | the Vasaloppet | Swedish skiers, a newspaper editor proposing the race, plus the legend of Gustav Vasa | Dalarna, from Salen to Mora | 1520 to 1980 | a king's escape on skis; a long race from 1922; thousands of amateur entrants | the Vasaloppet celebrates a legend that owes more to storytelling than to the record | the race retraces a well-documented journey | The first Vasaloppet was held in 1922. | The race follows the route Gustav Vasa supposedly skied in 1520. | the finish line in Mora
fidra | The Hill Above Oslo | Nordic roots | the Holmenkollen ski festival | Norwegian jumpers, royals in the crowd and Oslo's townspeople | Holmenkollen above Oslo | 1892 to 1952 | a jump on the hill above the city; the Nordic combined; a king watching from the crowd | Holmenkollen made ski jumping a national spectacle | jumping was always a spectator sport | The first Holmenkollen ski festival was held in 1892. | The 1952 Winter Olympics in Oslo used the Holmenkollen jump. | the ski museum beneath the Holmenkollen jump
fidra | The Aluminum Sandwich | Gear | the metal ski | the aircraft engineer Howard Head, his workshop hands and the beginners who bought his skis | Baltimore and ski shops across America | 1947 to 1970 | skis built as a metal sandwich; plastic running surfaces; skis that turned easily | Howard Head's metal ski succeeded because it made turning easy for beginners | metal skis were made for racers | Howard Head sold his first successful aluminum skis around 1950. | Head's skis were nicknamed cheaters because they made turning so easy. | Head skis in the Colorado Ski Museum
fidra | Let Go When You Fall | Gear | the release binding | the Norwegian-born skier Hjalmar Hvam, later binding makers and patients with broken legs | Oregon and the Alps | 1937 to 1975 | a toe piece that let go in a fall; fewer broken legs; settings adjusted to the skier's weight | the release binding changed skiing from a risky sport to a family pastime | bindings never mattered much for safety | Hjalmar Hvam patented a release binding after breaking his leg skiing. | Release bindings cut the number of broken legs on the slopes. | a Hvam binding in the Oregon ski museum
fidra | Snowshoe Races in the Gold Camps | Nordic roots | longboard racing in California | Sierra Nevada gold miners, the mail carrier Snowshoe Thompson and the racers with secret waxes | the mining camps around La Porte | 1850 to 1911 | very long boards the miners called snowshoes; downhill races for prize money; secret waxes called dope | the miners invented downhill racing for money long before the Alps made it respectable | skiing came to America from Europe fully formed | Snowshoe Thompson carried mail across the Sierra Nevada on skis in the 1850s. | Miners at La Porte held downhill races on very long skis. | the longboard races still staged at Plumas-Eureka
fidra | Skis in the Bog | Nordic roots | prehistoric skiing | Stone Age hunters, the Rodoy carver and archaeologists digging up old skis | Norway, Sweden and northern Russia | 6000 BC to AD 1200 | skis preserved in peat bogs; a rock carving of a skier; hunters following elk on snow | skiing started as hunting and travel, not sport | skiing began as a sport | A rock carving at Rodoy in Norway shows a figure on skis. | Bogs in Scandinavia and Russia have yielded ski fragments many millennia old. | the Rodoy carving on its island
fidra | Snow from a Hose | Lifts and resorts | artificial snow | engineers building early snow guns, resort owners and the warm winters that pushed them | the Catskills and New England | 1950 to 1990 | water sprayed into cold air; a resort that made its own snow; machines that groomed the runs | snowmaking turned skiing from a gamble on weather into a business | snowmaking served only rich resorts | Grossinger's resort in New York used artificial snow in 1952. | Snow guns work by spraying water into freezing air. | snow guns lined up along every big resort
fidra | Instructors Need Not Apply | Alpine | the first Olympic alpine race | the racers at Garmisch-Partenkirchen, the ski instructors barred as professionals and officials arguing over it | Garmisch-Partenkirchen in Bavaria | 1936 to 1948 | a first Olympic alpine event; instructors barred as professionals; a boycott by some ski nations | the 1936 quarrel about professionals shaped Olympic skiing for decades | the first Olympic alpine races were simple and uncontroversial | Alpine skiing joined the Winter Olympics at Garmisch-Partenkirchen in 1936. | Ski instructors were barred from the 1936 Olympic alpine events as professionals. | the Olympic ski stadium at Garmisch
fidra | The Ladies at Murren | Alpine | early women's ski racing | Ladies' Ski Club founders, British women racers and the German champion Christl Cranz | Murren and the Alps | 1923 to 1948 | a women's club founded in Switzerland; women racing the same courses as men; Olympic medals from 1936 | women's ski racing grew up through clubs, well ahead of any championship | women only began racing after the war | The Ladies' Ski Club started at Murren in 1923. | Christl Cranz won the first Olympic women's alpine combined in 1936. | the Ladies' Ski Club, still active today
fidra | A Toy Called the Snurfer | Gear | the snowboard | Sherman Poppen, young riders adopting his toy and the resorts that at first banned boards | Michigan and Vermont | 1965 to 1998 | two skis bolted together as a toy; bindings added; resorts opening their slopes to boarders | the snowboard began as a toy and won acceptance by outlasting the bans | snowboarding was always welcome at resorts | Sherman Poppen made the Snurfer for his daughters in 1965. | Snowboarding joined the Winter Olympics in 1998. | a Snurfer in a museum case
fidra | Carrying the Prince | Nordic roots | the Birkebeiner legend | the two Birkebeiner skiers, the infant prince Haakon and the modern racers who carry packs | the mountains between Lillehammer and Rena | 1206 to 1932 | a rescue on skis in a civil war; a race with weighted packs; a legend used for national pride | the Birkebeiner race turned a medieval rescue into a modern ritual of endurance | the legend is only a tourist story | The Birkebeiner story tells of two skiers who carried the infant prince Haakon to safety in 1206. | The Birkebeinerrennet race in Norway was first held in 1932. | the finish at Lillehammer
handa | Wooden Birds and Silk | origins | the earliest Chinese kite | the philosopher Mozi, the craftsman Lu Ban and the generals who used kites for signals | ancient China | 400 BC to AD 600 | wooden birds said to fly for days; silk and bamboo frames; signals sent up in war | the kite began as a craft object and a military tool well before children played with it | kites were invented as children's toys | Chinese writers credit the philosopher Mozi with a wooden bird that flew for a whole day. | Paper kites became common in China once paper was cheap. | kite makers' workshops in the old lanes of Beijing
handa | Thermometers in the Clouds | science | Alexander Wilson's kite experiment | the astronomer Alexander Wilson, his student Thomas Melvill and the Glasgow onlookers | the fields near Glasgow | 1749 to 1760 | a train of kites carrying thermometers; timed fuses to drop them; readings of air temperature aloft | Wilson's experiment was the first real use of kites in weather science | kites contributed nothing to weather science before balloons | In 1749 Alexander Wilson and Thomas Melvill sent thermometers aloft on a chain of kites near Glasgow. | Wilson's thermometers were released by burning fuses and fell back to the ground. | Wilson's papers in the archives of Glasgow University
handa | Cells of Cloth | science | the box kite | the inventor Lawrence Hargrave, his helpers and aviation pioneers reading his papers | Stanwell Park near Sydney | 1885 to 1910 | cellular kites of great stability; a man lifted by kites; ideas shared without patents | Hargrave's refusal to patent spread the box kite faster than any patent would have | Hargrave kept his designs secret | Lawrence Hargrave invented the box kite in 1893. | Hargrave was lifted off the ground by a train of four box kites in 1894. | Hargrave's portrait on the old Australian twenty-dollar note
handa | The Cowboy's War Kites | war | the man-lifting kite | the showman Samuel Franklin Cody, British army officers and the observers he lifted | Aldershot and England's southern coast | 1901 to 1908 | kite trains hauling a basket with a man aboard; Cody's patent; the army's balloon factory | Cody's kites counted more as a step toward aircraft than as weapons | the kites were a showman's stunt, militarily useless | Samuel Cody patented a man-lifting kite system in 1901. | The British Army adopted Cody's kites for observation in 1906. | Cody's statue at Farnborough
handa | Piano Wire over Blue Hill | science | the Blue Hill kite programme | Abbott Lawrence Rotch, Blue Hill observatory staff and the Weather Bureau | Blue Hill near Boston | 1894 to 1933 | instruments carried on kites; piano wire wound on steam winches; a chain of official kite stations | kites gave weather science its first routine view of the upper air | weather kites were an amateur pastime | Kites at the Blue Hill Observatory near Boston carried instruments aloft from 1894. | The United States Weather Bureau ran a chain of kite stations until 1933. | the observatory still standing on Blue Hill
handa | Tetrahedra at Baddeck | science | Alexander Graham Bell's tetrahedral kite | the inventor Alexander Graham Bell, his Aerial Experiment Association and the volunteer who rode the Cygnet | Baddeck in Nova Scotia | 1898 to 1912 | kites built from tetrahedral cells; a huge kite that lifted a man; a group that moved on to powered flight | Bell's kites were a serious road to flight that the Wright brothers made obsolete | Bell's kites were a wealthy inventor's plaything | Alexander Graham Bell built kites from tetrahedral cells. | Bell's kite Cygnet lifted Thomas Selfridge in 1907. | the Bell museum at Baddeck
handa | Glass on the String | festivals | kite fighting in Gujarat | the kite flyers of Gujarat, manja makers and officials banning glass-coated line | Ahmedabad and other Gujarati cities | 1700 to 2017 | strings coated with crushed glass; the festival of Uttarayan in January; bans on glass-coated line | kite fighting thrives because it turns a whole city's rooftops into one shared game | kite fighting is a dying tradition | Uttarayan in Gujarat is celebrated with kite flying every January. | Indian authorities banned glass-coated manja in 2017. | the kite market in old Ahmedabad
handa | Messages for the Dead | festivals | the Sumpango kite festival | the villagers of Sumpango, the teams who build the kites and the families at the cemetery | Sumpango in Guatemala | 1900 to 2020 | giant round kites of tissue paper; flights over the cemetery every November 1; messages sent to the dead | the giant kites are a village's way of talking to its dead, and the spectacle is secondary | the kites are a tourist attraction invented recently | Sumpango in Guatemala flies giant kites each November 1 for Day of the Dead. | Some Sumpango kites measure more than fifteen metres across. | Sumpango's cemetery each November 1
handa | The Flexible Wing | science | the Rogallo wing | Francis and Gertrude Rogallo, the NASA engineers who tested their wing and the first hang glider pilots | Virginia and the test ranges of NASA | 1948 to 1975 | a wing with no rigid frame; trials for landing spacecraft; the birth of hang gliding | a kite built in a living room became the ancestor of hang gliding | the flexible wing was a NASA invention | Francis and Gertrude Rogallo patented their flexible wing in 1951. | NASA tested the Rogallo wing for landing returning spacecraft on solid ground. | the Rogallo kites in the Smithsonian collection
handa | One Line over the Gorge | craft | the Niagara kite contest | the boy Homan Walsh, engineer Charles Ellet and crowds lining both banks | the Niagara gorge | 1847 to 1855 | a kite that carried the first line over the gorge; prize money for whoever first reached the far bank; a bridge built up from that line | one boy's kite shows how much early engineering rested on simple tools | the bridge engineers had no use for kites | In 1848 young Homan Walsh flew a kite over the Niagara gorge, carrying the first line for a bridge. | Charles Ellet offered prize money for whoever first flew a kite line over the gorge. | the gorge itself, now crossed by newer bridges
handa | Battles over the River | festivals | the Shirone kite battle | the people of Shirone, teams on both banks and builders of the great kites | Shirone in Niigata | 1700 to 2000 | huge rectangular kites; teams on opposite banks; lines tangled to bring rivals down | the Shirone battles have lasted because they give two neighbourhoods a yearly fight with rules | the battles are a modern invention | Teams at Shirone in Japan fight with giant kites across a river every June. | The six-sided rokkaku kite is also used in kite fighting. | the kite museum at Shirone
handa | Targets and Radios | war | the wartime kite | the naval officer Paul Garber, gunnery crews and airmen adrift in life rafts | training ranges and the open sea | 1939 to 1945 | steerable target kites for gunners; box kites lifting radio aerials; barrage kites on ships | wartime kites were cheap answers to problems that machines solved poorly | kites were useless in modern war | Paul Garber designed steerable target kites for United States Navy gunnery training. | Emergency radio sets of the war came with a box kite to lift the aerial. | a Garber target kite in the National Air and Space Museum
handa | Cameras on the Line | science | kite aerial photography | Arthur Batut, George Lawrence and their imitators | Labruguiere in France and San Francisco | 1888 to 1906 | cameras hung from kite lines; shutters fired by slow fuses; photographs of ruined cities | kite photography gave the first cheap aerial views, long before aircraft | aerial photography began with aeroplanes | Arthur Batut took aerial photographs from a kite in France in 1888. | George Lawrence photographed the ruins of San Francisco from kites in 1906. | the Batut museum at Labruguiere
handa | Bark and Feathers | craft | the Maori kite | Maori kite makers, priests reading their flight and museums keeping a few | Aotearoa New Zealand | 1300 to 1900 | bird-shaped kites of bark and flax; flights used to read omens; survivors in museum stores | Maori kites were instruments of ritual first and playthings second | Maori kites were copies of European ones | Maori kites, called manu, were made of bark, rushes and flax. | Only a handful of traditional Maori kites survive in museums. | the bird kite in the Museum of New Zealand
handa | A City That Flies | festivals | the Weifang kite festival | the kite makers of Weifang, city officials and foreign teams | Weifang in Shandong | 1984 to 2019 | an international festival each April; workshops making kites for export; a museum built for kites | Weifang made a craft into an industry by staging a festival | the festival is an ancient event | Weifang in Shandong has held an international kite festival every April since 1984. | Weifang calls itself the kite capital of the world. | the kite museum at Weifang
handa | Two Lines, One Pilot | craft | the stunt kite | the British designer Peter Powell, formation teams and modern sport-kite firms | British beaches and American parks | 1972 to 1995 | kites steered with two lines; long tails tracing patterns; team flying to music | the stunt kite turned flying into a sport by giving the flyer steering | stunt kites are just toys | During the 1970s Peter Powell's dual-line stunt kite sold hugely across Britain. | Stunt kites are steered by pulling on two lines. | sport kite teams at beach festivals
handa | The Moon Kite | craft | the wau bulan | the kite makers of Kelantan, the village competitions and the national airline that put the kite on its logo | Kelantan on Malaysia's east coast | 1500 to 2000 | a crescent-shaped tail like a moon; a bow that hums in the wind; competitions after the harvest | the moon kite became a national emblem through its place in harvest festivities | the wau is only decoration | The wau bulan, or moon kite, comes from Kelantan in Malaysia. | Malaysian wau kites often carry a bow that hums in the wind. | the wau bulan on Malaysian coins and logos
handa | The Kites of Kabul | war | Afghan kite fighting | the kite fighters of Kabul, string makers and authorities banning kites | Kabul | 1900 to 2002 | glass-coated string called tar; children running after fallen kites; a ban in 1996 | Kabul's kites are a measure of how free its people feel | kite fighting in Kabul was harmless fun nobody cared about | The Taliban banned kite flying in Afghanistan in 1996. | Kite fighting, called gudiparan bazi, returned to Kabul after 2001. | rooftops of Kabul on a Friday
"""

SCHOLARS = ["Olano", "Aldabe", "Lasa", "Zabala", "Irigoyen", "Gorostiaga", "Uriarte", "Arteaga", "Berasategui", "Azpiazu",
            "Otegui", "Zuloaga", "Albizu", "Leturia", "Agirre", "Amezaga", "Basterra", "Gaztelu", "Loidi", "Murua",
            "Sagasti", "Telleria", "Ugalde", "Unanue"]

# Pattern pools. Slots: {x} {X} {who} {Who} {place} {span} {s} {S} {s1} {s2} {s3} {S1} {thesis} {rival} {today}
# {Today} {Name} {Name2} {yr} {yr2} {n} {pc} {question}. In the pools marked "own" the first entry names x, and
# the composer always keeps that entry, so those paragraphs stay particular to their essay.
POOLS: dict[str, list[str]] = dict(
    HOOK=[
        "Ask ten people where {x} came from; expect ten confident answers, most of them borrowed.",
        "{X} sits among those subjects everybody believes they already know.",
        "My first fact about {x} proved false, and that sent me to the library.",
        "A tidy tale about {x} circulates widely, and it wants checking.",
        "Handbooks allow {x} a paragraph, sometimes less.",
        "{X} seldom gets the attention its consequences earn.",
        "Some histories are loud; that of {x} is a quiet one.",
        "I once assumed {x} needed no explaining.",
    ],
    SCOPE=[
        "The scene, mostly, is {place}.",
        "The cast includes {who}.",
        "I cover roughly {span}.",
        "Where I am unsure, I flag it.",
        "Jargon is kept to a minimum.",
        "Several threads remain untied.",
    ],
    PLAN=[
        "First comes {s1}, then {s2}; my verdict is saved for later.",
        "Each section below puts a received belief on trial.",
        "I proceed roughly by date.",
        "The longest stretch concerns {s1}, since its evidence is richest.",
        "Near the finish, the opposing case gets its hearing.",
    ],
    ASK=[
        "Underneath all this sits a question: {question}",
        "Put simply, my aim is to learn this: {question}",
        "A single question drives the whole piece: {question}",
        "So, the riddle: {question}",
    ],
    QUESTIONS=[
        "why did {x} take the form it did?",
        "who among {who} made the real difference?",
        "how well does received wisdom about {x} withstand checking?",
        "what did {x} alter in {place}?",
    ],
    CLAIM=[
        "My own reading is that {thesis}.",
        "I argue here that {thesis}.",
        "Put bluntly, {thesis}.",
        "Here is where I land: {thesis}.",
        "Weighing {s1}, {s2} and {s3} together, I conclude that {thesis}.",
        "With every source I checked I grew surer that {thesis}.",
        "The evidence backs this: {thesis}.",
        "In brief, {thesis}.",
    ],
    ORIGIN_LEAD=[
        "{X} had a prehistory.",
        "Before {x} came years of fumbling.",
        "{X} rested on older practice.",
        "To understand {x} we must begin a little earlier.",
        "The soil in which {x} took root deserves a look.",
        "{X} did not arrive fully formed.",
    ],
    GROUND=[
        "News crossed a country in days, sometimes weeks.",
        "Hardly anyone involved earned a living by it.",
        "Backers wanted results faster than results came.",
        "No statute yet had anything to say about it.",
        "Prices swung sharply year on year.",
        "Households carried most labour, children included.",
        "{Name} stresses that most key figures were under thirty.",
        "Early mishaps were hushed up rather than studied.",
        "Local printers reported triumphs and skipped the failures.",
        "Rival towns in {place} watched each other closely.",
        "Materials came second-hand from neighbouring crafts.",
        "Good seasons were short, and lean ones long.",
    ],
    ORIGIN_TIE=[
        "{X} grew from that soil rather than against it.",
        "Seen against that background, {x} looks less surprising.",
        "Given all that, {x} was a sensible next move.",
        "Such were the conditions {x} inherited.",
        "Nothing there guaranteed {x}, but it left a door open.",
        "{X} suited its moment closely.",
    ],
    LEGEND=[  # own
        "Popular retellings give {x} one hero and one bright morning.",
        "History seldom behaves so neatly.",
        "That version reached paper decades later.",
        "Every retelling sands off another awkward corner.",
        "A good anecdote outlives a dull truth.",
    ],
    COST=[  # own
        "Trace the spending and {x} changes shape.",
        "Each trial drained somebody's purse.",
        "Ledgers, where they exist, are blunter than memoirs.",
        "Losses came often and were rarely mentioned.",
        "Quarrels over money outnumbered quarrels over principle.",
    ],
    TERMS=[  # own
        "The vocabulary around {x} carries its own history.",
        "Period terms do not line up neatly with ours.",
        "A few old names linger only in trade slang.",
        "Modern glosses flatten what those words once meant.",
    ],
    EVIDENCE=[  # own
        "Only a handful of written accounts tell us about {x}.",
        "Admirers wrote most of them.",
        "When documents and surviving objects disagree, trust the objects.",
        "Letters and notebooks plug some holes, though few.",
    ],
    VISIT=[  # own
        "Anyone curious can still see {today}.",
        "It repays a visit, if only to see how modest it is.",
        "Seeing the real thing teaches more than any description.",
        "Guides give the short version; the longer one is better.",
    ],
    STRAND_OPEN=[
        "Next, {s}.",
        "Take {s}.",
        "{S} repays attention.",
        "That brings us to {s}.",
        "Much hinges on {s}.",
        "The evidence thickens around {s}.",
        "Few writers dwell on {s}.",
        "Another piece is {s}.",
        "No honest account of {x} can dodge {s}.",
        "Linger briefly on {s}.",
    ],
    DETAIL=[
        "Early efforts at {s} were awkward, as sources admit.",
        "Persistence rather than brilliance carried {s} through.",
        "{S} relied on people whose names never reached print.",
        "Weather shaped {s} more than any plan did.",
        "{Name} argues that {s} travelled by conversation well before anyone wrote it down.",
        "Along the way {s} had its failures, some of them costly.",
        "Oddly, {s} drew more notice from foreigners than from locals.",
        "Newcomers learned {s} by copying, then by fumbling, then by mastering it.",
        "Reporters enjoyed {s} without quite understanding it.",
        "{S} won on price, and price usually decides these contests.",
        "When new, {s} looked odder than anyone now recalls.",
        "Small refinements to {s} accumulated over decades.",
        "Much of the testimony on {s} is hearsay.",
        "Women did most jobs behind {s} yet signed almost no records.",
        "{S} provoked rows in committee rooms and in print.",
        "Sceptics called {s} a craze that would soon pass.",
    ],
    FIGURES=[
        "{Name} ({yr}) puts {pc}% of the shift down to {s}.",
        "{Name} ({yr}) catalogues {n} early cases of {s}.",
        "In {Name}'s sample of {n} cases ({yr}), {s} appears in {pc}%.",
        "By {Name}'s reckoning ({yr}), {s} roughly doubled in thirty years.",
        "{Name} ({yr}) estimates that {s} took up {pc}% of all effort.",
        "{Name} ({yr}) identifies {n} distinct groups who tried {s}.",
        "{Name} ({yr}) traced {s} to {n} places, mostly modest ones.",
        "According to {Name} ({yr}), {pc}% of surviving sources mention {s}.",
    ],
    EXAMPLE=[
        "One household, studied in detail by {Name}, shows the pattern at work.",
        "A single episode from {place} illustrates it well.",
        "Comparable stories surface far beyond {place}.",
        "To those involved, {s} was hardly news.",
        "Throughout {span} the same story repeats with minor changes.",
        "Some of {who} were still disputing it years afterwards.",
        "Fresh examples of {s} keep appearing in odd corners.",
    ],
    WEIGH=[
        "Already this points toward the conclusion that {thesis}.",
        "By itself {s} proves little, yet the standard story ignores it entirely.",
        "Later developments leaned heavily on {s}.",
        "It is one reason for my view that {thesis}.",
        "In practice {s} mattered more than theory allowed.",
        "Get {s} wrong and nothing afterwards makes sense.",
        "Remove {s} and the familiar narrative collapses.",
    ],
    TURN=[
        "From here the emphasis moves to {s}.",
        "Then {s} altered the picture.",
        "The following phase belonged to {s}.",
        "{S} soon made older habits look dated.",
    ],
    WITNESS_LEAD=[
        "{Name} sums it up well:",
        "A veteran, interviewed in {yr}, remembered:",
        "A lecturer on {s}, speaking in {yr}, said:",
        "{Name} is frank about {s}:",
        "A memoir from {place} says as much:",
    ],
    WITNESS=[
        "Half the skill in {s} was knowing when to stop.",
        "Failures in {s} went unrecorded, so only winners are remembered.",
        "Books make {x} sound grand; living through it felt like ordinary work.",
        "We argued about {s} every evening and settled nothing.",
        "I never met anyone who learned {s} from a book.",
        "What people forget about {x} is how much of it came down to luck.",
    ],
    WITNESS_AFTER=[
        "One opinion only, though a lively one.",
        "The remark is harsh, and hard to dismiss.",
        "Offhand remarks like this are often the most honest.",
        "Readers who know the sources will nod at it.",
    ],
    WITNESS_AFTER2=[
        "{Who} would probably not have argued.",
        "In its day, {s} barely drew comment.",
        "Outside {place}, no one has checked the claim.",
        "What interests me is the aside about {s}.",
        "Survey histories of {x} usually leave it out.",
    ],
    LIST_LEAD=[
        "When {x} worked well, several things were usually in place:",
        "Successful cases among {who} commonly shared these:",
        "What {place} required, roughly in order, was:",
        "The good years of {x} had some common features:",
    ],
    LIST_ITEM=[
        "someone who knew {s} inside out",
        "a reliable supply of whatever {s} needed",
        "enough slack to get {s} wrong without disaster",
        "people who cared how {s} turned out",
        "kind weather while {s} was first tried",
        "a person who recorded how {s} was actually done",
    ],
    LIST_EXTRA=["a local enthusiast for {x}", "a printed manual on {x}", "a patron with influence",
                "stubbornness through the lean years of {x}"],
    ELSEWHERE=[  # own
        "In other places, ventures like {x} took other forms.",
        "{X} had cousins abroad.",
        "Wealthier rivals often fared no better.",
        "Elsewhere, {s2} was handled in ways worth comparing.",
        "{Who} were not alone, whatever their letters suggest.",
        "Next to its rivals, {x} seems both more typical and more curious.",
    ],
    IF_NOT=[  # own
        "Imagine that {s2} had never happened.",
        "Guessing like this helps only by sharpening the question.",
        "Without {s1}, {place} would have followed a different path.",
        "{Who} would have found some other way.",
        "Pushed too far, this becomes fiction.",
    ],
    LEGACY=[  # own
        "{X} left habits that outlasted it.",
        "Collectors and hobbyists returned to {x} again and again.",
        "Tales about {x} swelled with every generation.",
        "Current research still circles {s3}.",
        "Anniversaries tend to gild {x}.",
        "Morals extracted from {x} are frequently mistaken.",
        "{Today} survives as a reminder.",
    ],
    CHALLENGE=[
        "Sceptics will counter that {rival}.",
        "An obvious rejoinder holds that {rival}.",
        "Plenty of popular books still assert that {rival}.",
        "Careful readers may object that {rival}.",
        "Respectable writers hold that {rival}.",
    ],
    CHALLENGE_MORE=[
        "Even in its own era, {x} drew this criticism.",
        "The view is common enough to deserve an answer.",
        "{Name2} ({yr2}) devotes a long chapter to it.",
        "There is something to it; every choice around {x} had a cost.",
    ],
    REPLY=[
        "Surviving evidence from {place} suggests otherwise.",
        "It stays silent on {s2}.",
        "It assumes the very point at issue about {x}.",
        "It pictures {x} as simpler than any record shows.",
        "Read that way, events in {place} stop making sense.",
        "Granted, {who} paid a price; paying settles nothing.",
    ],
    WRAP=[
        "Pulling the threads together, {thesis}.",
        "After all the detail, the simplest summary stands: {thesis}.",
        "Strip out the anecdotes and {x} still holds its shape.",
        "Open as the case remains, it leans one way: {thesis}.",
        "Put side by side, the small facts add up: {thesis}.",
        "The version of {x} most people know is a sketch, not a portrait.",
        "That, finally, is my answer: {thesis}.",
    ],
    MORE=[
        "{S1}, {s2} and {s3} each contribute something.",
        "The belief that {rival} lives on, though its support is weak.",
        "Plenty rides on the fine print of {s1}.",
        "Readers may see {x} differently; tell me how.",
        "Unopened archives could still revise the details.",
        "Legend aside, {x} repays the time.",
    ],
    FINAL=[
        "Neat stories about {x} will keep circulating; this one at least shows its workings.",
        "Archives still hold plenty about {x} that nobody has read.",
        "{X} belonged to many hands, which makes it richer, not poorer.",
        "Untidy as it is, this version has the merit of being true.",
        "If better evidence appears, I will gladly revise all this.",
        "Meanwhile, {x} deserves an accurate memory.",
        "A small beginning in {place} had long consequences.",
    ],
    HD_START=["How it began", "Beginnings", "First steps", "Prologue", "The background", "Early days"],
    HD_LEGEND=["The legend", "Story and evidence", "What everyone says"],
    HD_COST=["Paying for it", "The money", "Costs and ledgers"],
    HD_TERMS=["Vocabulary notes", "Names and terms", "The language"],
    HD_EVIDENCE=["Sources", "What survives", "The evidence"],
    HD_VISIT=["Seeing it today", "A visit", "What remains"],
    HD_STRAND=["{S}", "About {s}", "{S} in practice", "Why {s} mattered", "On {s}", "The question of {s}"],
    HD_ELSE=["Elsewhere", "Comparisons", "Further afield"],
    HD_IF=["What if?", "A different path", "Counterfactuals"],
    HD_LEGACY=["Legacy", "Afterwards", "What followed"],
    HD_DOUBT=["Objections", "The other side", "A fair challenge", "Doubts", "Against my case"],
    HD_CLOSE=["Conclusion", "Summing up", "Final thoughts", "Landing place", "The verdict"],
)

# Per host, openings and closes speak in the writers' voice; a host's list replaces the general one.
VOICES: dict[str, dict[str, list[str]]] = {
    "hilbre": {  # a retired optician and two collector friends, 1996
        "HOOK": ["In forty years behind the test chart I was asked about {x} more often than you might think.",
                 "Visitors to the Cabinet often ask about {x}; here at last comes a full reply.",
                 "{X} is a favourite subject of collectors, and one they love to argue over.",
                 "Before I retired I kept a shelf of notes on {x}; this page is what became of them.",
                 "Within the optical trade few stories are as misunderstood as {x}.",
                 "A friend in our collectors' circle dared me to write up {x}, and this is my attempt."],
        "FINAL": ["I hope this has given you a clearer view of {x}, if you will pardon the pun.",
                  "Further facts about {x} are welcome by post or e-mail, and I shall add them here.",
                  "Collectors will find that {x} rewards a patient eye.",
                  "When you next put your glasses on, remember {x}."],
        "HD_CLOSE": ["Conclusion", "In Summary", "Closing Remarks"],
    },
    "mersea": {  # members of a falconry-history mailing list, 2000
        "HOOK": ["Somebody on this list asked about {x} last month; this reply grew longer than anyone wanted.",
                 "During the moult I read up on {x}, since the birds leave me more free evenings.",
                 "{X} comes up at every field meet, always with that same half-remembered story.",
                 "After the recent thread about {x}, I promised to write something proper.",
                 "Anyone who flies a hawk has heard a tale about {x}; here is what the books say.",
                 "My old mentor used to lecture me about {x} on the drive to the hawking ground."],
        "FINAL": ["Corrections are welcome, as always, on or off the list.",
                  "I hope this proves of some use to anyone curious about {x}.",
                  "I would be glad to hear from anyone with more on {x}.",
                  "That is enough from me on {x} until the season is over."],
    },
    "fidra": {  # newspaper-style ski columnists, 2011
        "HOOK": ["Ride any chairlift long enough and somebody will tell you a story about {x}.",
                 "{X} counts among the great stories of the sport, and among the least understood.",
                 "Before the season gets into full swing, it is worth looking back at {x}.",
                 "With fresh snow in the forecast, my thoughts turned to {x}.",
                 "Most skiers have never heard of {x}, yet they feel its effects every time they click into their bindings.",
                 "Every ski town has its legends, and {x} is among the best."],
        "CLAIM": ["The bottom line: {thesis}.", "My take is simple: {thesis}.", "Here is the argument: {thesis}.",
                  "On the record, {thesis}."],
        "FINAL": ["Think about {x} the next time you are standing in a lift line.",
                  "Remember where {x} fits into the story the next time you buckle your boots.",
                  "Every run we take rests on somebody's experiment, and {x} proves it.",
                  "The mountains remember {x}, even if most skiers have forgotten."],
        "HD_CLOSE": ["The takeaway", "Looking back", "Last run"],
    },
    "handa": {  # kite people writing long-form posts on Nostr, 2023
        "HOOK": ["Kite people love an origin story, and {x} boasts a great one.",
                 "I went down a rabbit hole on {x} this winter and did not come back up for weeks.",
                 "{X} keeps showing up in my feed, each time under the same half-true caption.",
                 "Whenever I fly at the beach, someone asks me about {x}.",
                 "My quick reply about {x} got way out of hand, so here it is as a post.",
                 "This post covers what I needed to know about {x} back when I built my first kite."],
        "FINAL": ["Go fly something, and think about {x} while you do.",
                  "Got further details on {x}? Reply below and I will update this post.",
                  "{X} is proof that a stick, some cloth and a string can change things.",
                  "So ends my version of {x}, for now."],
        "HD_CLOSE": ["Wrapping up", "So what?", "The short of it"],
    },
}
HEADED = {"hilbre": 0.5, "mersea": 0.4, "fidra": 0.45, "handa": 0.6}
LISTS = {"mersea": 0.25, "handa": 0.45}  # elsewhere 30% of essays carry a list
OWN = {"LEGEND", "COST", "TERMS", "EVIDENCE", "VISIT", "ELSEWHERE", "IF_NOT", "LEGACY"}

# Newest made-up study year allowed on each host; its pages postdate it.
LATEST_STUDY = {"hilbre": 1995, "mersea": 1999, "fidra": 2010, "handa": 2022}
WORDS_MIN, WORDS_MAX = 350, 600


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def parse_cards() -> list[dict]:
    cards = []
    for n, line in enumerate(ESSAY_CARDS.strip().splitlines(), 1):
        f = [s.strip() for s in line.split("|")]
        assert len(f) == 13, line
        host, title, section, x, who, place, span, strands, thesis, rival, fact1, fact2, today = f
        for fact in (fact1, fact2):
            assert fact.endswith(".") and fact.count(".") == 1, fact
        assert re.search(r"\d{3,4}", span), span
        assert host in LATEST_STUDY, host
        strands = [s.strip() for s in strands.split(";")]
        assert len(strands) == 3, line
        cards.append(dict(id=f"k{n:03d}", host=host, title=title, section=section, x=x, who=who, place=place,
                          span=span, strands=strands, thesis=thesis, rival=rival, facts=[fact1, fact2], today=today))
    return cards


def draft_essay(card: dict, rng: random.Random) -> dict:
    """One draft from one card; make_essay draws again while the length is off.

    Order: an opening (x named, thesis stated, sometimes in two paragraphs); beginnings with fact one and maybe
    fact two; occasionally a side paragraph (legend, cost, terms, evidence or a visit to what survives); two
    or three strands, perhaps with a turn, a witness quoted, or bullets; sometimes other places, a what-if or
    the legacy; an objection, then a reply; the close. Only some essays have headings. A pool's patterns
    come back within one essay only after exhausting that pool."""
    host = card["host"]
    voice = VOICES.get(host, {})
    unused: dict[str, list[str]] = {}

    def take(name: str) -> str:
        pool = voice.get(name) or POOLS[name]
        rest = unused.setdefault(name, rng.sample(pool, len(pool)))
        return rest.pop() if rest else rng.choice(pool)

    s1, s2, s3 = card["strands"]
    two = rng.sample(SCHOLARS, 2)
    slots = dict(x=card["x"], X=cap(card["x"]), who=card["who"], Who=cap(card["who"]), place=card["place"],
                 span=card["span"], s1=s1, s2=s2, s3=s3, S1=cap(s1), thesis=card["thesis"], rival=card["rival"],
                 today=card["today"], Today=cap(card["today"]), Name=two[0], Name2=two[1])
    newest = LATEST_STUDY[host]
    ended = int(re.findall(r"\d{3,4}", card["span"])[-1])
    oldest = min(max(1951, ended + 3), newest)

    def fill(pattern: str, s: str | None = None) -> str:
        more = dict(s=s or s1, S=cap(s or s1), yr=rng.randint(oldest, newest), yr2=rng.randint(oldest, newest),
                    pc=rng.choice([11, 14, 19, 23, 27, 31, 36, 38, 43, 47, 54, 59, 62, 68]),
                    n=rng.choice([8, 12, 16, 19, 24, 28, 35, 41, 47, 56, 64, 77, 91]))
        return pattern.format(**slots, **more)

    def para(*sentences) -> tuple[str, str]:
        return ("paragraph", " ".join(sentences))

    def own(name: str, k: int) -> list[str]:
        pool = POOLS[name]
        return [fill(q) for q in [pool[0]] + rng.sample(pool[1:], k)]

    slots["question"] = cap(fill(rng.choice(POOLS["QUESTIONS"])))
    headed = rng.random() < HEADED[host]
    blocks: list[tuple] = []
    claim = fill(take("CLAIM"))
    hook = fill(take("HOOK"))
    opening = [hook]
    parts: list[str] = []
    for share, name in ((0.35, "SCOPE"), (0.25, "PLAN"), (0.25, "ASK")):
        if rng.random() < share:
            opening.append(fill(take(name)))
            parts.append(name.lower())
    opening.append(claim)
    if len(opening) >= 3 and rng.random() < 0.3:
        blocks.append(para(*opening[:2]))
        blocks.append(para(*opening[2:]))
        parts.append("split opening")
    else:
        blocks.append(para(*opening))
    if headed:
        blocks.append(("heading", fill(take("HD_START"))))
    start = [fill(take("ORIGIN_LEAD")), fill(take("GROUND")), card["facts"][0]]
    start += [fill(take("GROUND")) for _ in range(rng.randint(0, 1))]
    pending = [card["facts"][1]]
    if rng.random() < 0.45:
        start.insert(rng.randint(3, len(start)), pending.pop())
    blocks.append(para(*start, fill(take("ORIGIN_TIE"))))
    side = rng.random()
    for lo, hi, name, heads in ((0.0, 0.08, "LEGEND", "HD_LEGEND"), (0.08, 0.15, "COST", "HD_COST"),
                                (0.15, 0.22, "TERMS", "HD_TERMS"), (0.22, 0.29, "EVIDENCE", "HD_EVIDENCE"),
                                (0.29, 0.38, "VISIT", "HD_VISIT")):
        if lo <= side < hi:
            parts.append(name.lower())
            if headed:
                blocks.append(("heading", fill(take(heads))))
            blocks.append(para(*own(name, rng.randint(1, 2))))
    strands = [s1, s2, s3] if rng.random() < 0.6 else [s1, s2]
    quote_at = rng.randrange(len(strands)) if rng.random() < 0.35 else None
    list_at = rng.randrange(len(strands)) if rng.random() < LISTS.get(host, 0.3) else None
    turn_at = rng.randrange(1, len(strands)) if rng.random() < 0.25 else None
    quotation = None
    for i, s in enumerate(strands):
        if turn_at == i:
            blocks.append(para(fill(take("TURN"), s)))
            parts.append("turn")
        if headed:
            blocks.append(("heading", fill(take("HD_STRAND"), s)))
        weigh = fill(take("WEIGH"), s)
        body = [fill(take("STRAND_OPEN"), s), fill(take("DETAIL"), s), fill(take("FIGURES"), s)]
        if rng.random() < 0.35:
            body.insert(2, fill(take("DETAIL"), s))
        if rng.random() < 0.35:
            body.insert(rng.randint(2, len(body)), fill(take("EXAMPLE"), s))
        if pending and i == 1:
            body.insert(1, pending.pop())
        if rng.random() < 0.25 and len(body) > 3:
            blocks.append(para(*body[:2]))
            blocks.append(para(*body[2:], weigh))
        else:
            blocks.append(para(*body, weigh))
        if quote_at == i:
            parts.append("quotation")
            quotation = fill(take("WITNESS"), s)
            blocks.append(para(fill(take("WITNESS_LEAD"), s)))
            blocks.append(("quote", quotation))
            blocks.append(para(fill(take("WITNESS_AFTER"), s), fill(take("WITNESS_AFTER2"), s)))
        if list_at == i:
            parts.append("list")
            blocks.append(para(fill(take("LIST_LEAD"))))
            items = [cap(fill(take("LIST_ITEM"), t)) for t in strands]
            items += [cap(fill(t)) for t in rng.sample(POOLS["LIST_EXTRA"], rng.randint(0, 2))]
            blocks.append(("list", (rng.random() < 0.4, items)))
    tail = rng.random()
    for lo, hi, name, heads in ((0.0, 0.13, "ELSEWHERE", "HD_ELSE"), (0.13, 0.25, "IF_NOT", "HD_IF"),
                                (0.25, 0.38, "LEGACY", "HD_LEGACY")):
        if lo <= tail < hi:
            parts.append(name.lower())
            if headed:
                blocks.append(("heading", fill(take(heads))))
            blocks.append(para(*own(name, rng.randint(1, 2))))
    if headed:
        blocks.append(("heading", fill(take("HD_DOUBT"))))
    doubt = [fill(take("CHALLENGE")), fill(take("CHALLENGE_MORE")), fill(take("REPLY"), s2)]
    if rng.random() < 0.5:
        doubt.append(fill(take("REPLY"), s2))
    if rng.random() < 0.35:
        doubt.insert(2, fill(take("CHALLENGE_MORE")))
    blocks.append(para(*doubt))
    if headed:
        blocks.append(("heading", fill(take("HD_CLOSE"))))
    final = fill(take("FINAL"))
    close = [fill(take("WRAP"))] + [fill(take("MORE")) for _ in range(rng.randint(1, 2))]
    if rng.random() < 0.3 and len(close) > 2:
        blocks.append(para(*close[:2]))
        blocks.append(para(*close[2:], final))
    else:
        blocks.append(para(*close, final))
    words = sum(len(block_text(b).split()) for b in blocks)
    return dict(id=card["id"], title=card["title"], blocks=blocks, words=words, tags=[card["section"]],
                domain=card["id"], url="-", earlier="", card=card, claim=claim, hook=hook, final=final,
                headed=headed, parts=parts, quotation=quotation)


def make_essay(card: dict, seed: int) -> dict:
    """Draw again under new seeds, at most 300 times, till the word total lands within bounds."""
    for attempt in range(300):
        essay = draft_essay(card, random.Random(f"set42:{seed}:essay:{card['id']}:{attempt}"))
        if WORDS_MIN <= essay["words"] <= WORDS_MAX:
            essay["attempt"] = attempt
            return essay
    raise SystemExit(f"card {card['id']}: no draft between {WORDS_MIN} and {WORDS_MAX} words")


# ------------------------------------------------------------------------------------------------ common parts

ESSAYS_BY_TITLE: dict[str, dict] = {}  # filled by main(); listing pages and neighbour links read it
ESSAY_PAGES: dict[str, list[int]] = {}  # host -> essay page numbers
SITE_TITLES: dict[str, list[str]] = {}  # host -> essay titles, in ESSAY_PAGES order
CUT_PAGES: dict[str, set[int]] = {}  # host -> pages cut after part one
SEED = 2042  # set by main(); later draws depend on it


def essay_text(title: str) -> str:
    return " ".join(block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"])


class Page(g2.Page):
    """Subclass of set 2's Page that also knows its host."""

    def __init__(self, essay, rng, index, site_titles, site: str):
        super().__init__(essay, rng, index, site_titles)
        self.site = site
        self.topic = essay["tags"][0]
        self.card = essay["card"]
        self.site_titles = list(site_titles)

    def truth(self) -> str:
        # short labels (under three words) leave the clutter list whenever an essay here contains them
        every = " ".join(norm(essay_text(t)) for t in ESSAYS_BY_TITLE)
        self.clutter = [c for c in self.clutter if c and (len(c.split()) > 2 or norm(c) not in every)]
        return super().truth()


class IndexPage:
    """Essayless host page (listing, profile, guest book, feed)."""

    def __init__(self, site: str, index: int, site_titles: list[str], rng: random.Random, kind: str):
        self.site, self.index, self.rng, self.kind = site, index, rng, kind
        self.site_titles = list(site_titles)

    def truth(self) -> str:
        return "site:\nno_essay: true\n---\n"


def digest(*parts, n: int = 24) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def number(*parts, mod: int, base: int = 0) -> int:
    return int(digest(*parts, n=8), 16) % mod + base


def _picked(site: str, role: str, count: int, among: list[int] | None = None) -> list[int]:
    pool = among if among is not None else ESSAY_PAGES[site]
    return sorted(random.Random(f"set42:{SEED}:{site}:{role}").sample(pool, min(count, len(pool))))


def gets(site: str, role: str, count: int, index: int, among: list[int] | None = None) -> bool:
    """Whether page `index` is one of `count` seeded choices for `role` on this host."""
    return index in _picked(site, role, count, among)


def rank(site: str, role: str, count: int, index: int, among: list[int] | None = None) -> int | None:
    """Position of page `index` within the `role` picks; None if unpicked."""
    won = _picked(site, role, count, among)
    return won.index(index) if index in won else None


def early(site: str, role: str, index: int) -> bool:
    """True for a seeded 50% of essay pages ('high up'); False means 'low down'."""
    order = list(ESSAY_PAGES[site])
    random.Random(f"set42:{SEED}:{site}:{role}:early").shuffle(order)
    return index in order[:(len(order) + 1) // 2]


def slot_in(pieces: list, pos: int, piece) -> None:
    """Insert `piece` at `pos`; shifts above headings and list leads so they keep their text; never at 0."""
    while pos > 0 and pieces[pos - 1][0] in ("heading", "lead"):
        pos -= 1
    pieces.insert(max(pos, 1), piece)


def shown_pieces(p: Page, heading, para, quote_, listing) -> list[tuple[str, str]]:
    """Gives (kind, markup) for each block shown; when a paragraph closes on ":" its kind is 'lead'."""
    out = []
    for k, (kind, value) in enumerate(p.visible()):
        if kind == "heading":
            out.append(("heading", heading(value)))
        elif kind == "paragraph":
            out.append(("lead" if value.rstrip().endswith(":") else "text", para(value, k)))
        elif kind == "quote":
            out.append(("quote", quote_(value)))
        else:
            ordered, items = value
            out.append(("list", listing(ordered, items)))
    return out


def backdate(p: Page, latest: int) -> None:
    """Subtract one constant from all reference years so none is later than `latest`."""
    shift = max(0, 2023 - latest)
    move = lambda text: re.sub(r", (\d{4})(?=[.,])", lambda m: f", {int(m.group(1)) - shift}", text)
    p.refs = [(move(plain), move(markup)) for plain, markup in p.refs]


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def deal(site: str, title: str, names: list[str]) -> str:
    """Deal a host's essays round its writers, titles in a hashed order."""
    order = sorted(SITE_TITLES[site], key=lambda t: digest(site, "deal", t))
    return names[order.index(title) % len(names)]


def first_sentence(text: str) -> str:
    m = re.match(r"(.+?[.?!])(?:\s|$)", text)
    return m.group(1) if m else text


def wrap(text: str, width: int, first: str = "", rest: str = "") -> list[str]:
    return textwrap.wrap(text, width, initial_indent=first, subsequent_indent=rest, break_long_words=False,
                         break_on_hyphens=False)


def teaser(title: str, words: int) -> str:
    lead = next(v for k, v in ESSAYS_BY_TITLE[title]["blocks"] if k == "paragraph")
    return " ".join(lead.split()[:words])


# ---- 1. hilbre: "The Spectacle Cabinet", a CompuServe OurWorld homepage, 1996-97 -----------------------------------

HB_SITE = "The Spectacle Cabinet"
HB_TAGLINE = "A collector's notes on eyeglasses through the centuries"
HB_OWNER = "Alun Thursby"
HB_HOME = "http://ourworld.compuserve.com/homepages/A_Thursby"
HB_MAIL = "101741.2250@compuserve.com"
HB_CIRCLE = "Wirral Optical Collectors' Circle"
HB_SECTIONS = ["Early Lenses", "Makers and Guilds", "Frames", "Special Sight", "Modern Times"]
HB_NAV = ["Cabinet Home", "The Essays", "My Collection", "Trade Cards", "Visitors' Book", "Links", "E-mail Alun"]
# how a page was made: (writer, byline, references heading, count form)
HB_STYLES = {
    "wizard": (HB_OWNER, "by Alun Thursby", "Books I Have Leaned On", None),
    "gold": (HB_OWNER, "Alun Thursby, Hoylake, Wirral", "Books I Have Leaned On", "sides"),
    "word": ("Nerys Brocklebank", f"by Nerys Brocklebank, member No. 23 of the {HB_CIRCLE}", "Books and papers consulted", "word"),
    "notes": ("Eirlys Kinnersley", "by Eirlys Kinnersley", "SOURCES", "reprint"),
}
HB_CABINET = ["Cabinet No. 12: steel wire spectacles with sliding arms, about 1820",
              "Cabinet No. 37: tortoiseshell lorgnette, French, about 1890",
              "Cabinet No. 41: a reading stone of polished glass, date unknown",
              "Cabinet No. 58: pince-nez with a gold spring bridge, about 1900",
              "Cabinet No. 63: NHS frames, still in their brown case, 1952",
              "Cabinet No. 70: Chinese spectacles with cord loops and a sharkskin case"]
HB_LETTERS = [("Mr R. Dalby", "Toronto"), ("Mrs B. Akinola", "Lagos"), ("Dr H. Feist", "Bremen"), ("Mr T. Lusk", "Dunedin")]
HB_CUT = ("Part two is still waiting to be typed in. My typing is slow, "
          "so please look in again soon.")
HB_TOP = "Back up to the top"
HB_FOOT = [f"Copyright (c) 1996 {HB_OWNER}. Pictures of items in the Cabinet may not be copied without permission.",
           "Made for Netscape 3 at 640 x 480 in 256 colours."]
HB_SEASONS = ["Spring 1995", "Summer 1995", "Autumn 1995", "Winter 1995", "Spring 1996", "Summer 1996"]


def hb_style(title: str) -> str:
    return deal("hilbre", title, list(HB_STYLES))


def hb_file(title: str) -> str:
    return slug(title)[:8].rstrip("-").upper() + ".HTM"


def hb_revised(index: int) -> date:
    return date(1996, 3, 4) + timedelta(days=24 * index + number("hilbre", "rev", index, mod=9))


def hb_day(d: date) -> str:
    return f"{d.day} {d.strftime('%B')} {d.year}"


def hb_frame(head: str, generator: str | None, body: str, index: int, bottom: str = "") -> str:
    gen = f'<META NAME="GENERATOR" CONTENT="{generator}">\n' if generator else ""
    nav = " | ".join(f'<A HREF="{slug(n)[:8].upper()}.HTM">{esc(n)}</A>' if n != "E-mail Alun" else
                     f'<A HREF="mailto:{HB_MAIL}">{esc(n)}</A>' for n in HB_NAV)
    looked = 2040 + 83 * index + number("hilbre", "looked", index, mod=40)
    return f"""<HTML>
<HEAD>
<TITLE>{esc(head)}</TITLE>
{gen}</HEAD>
<BODY BACKGROUND="marble.gif" BGCOLOR="#FFFFF0" TEXT="#000000" LINK="#000080" VLINK="#800080">
<A NAME="top"></A>
<CENTER><IMG SRC="cabinet.gif" WIDTH=400 HEIGHT=60 ALT="{HB_SITE}"><BR>
<FONT SIZE=3><I>{esc(HB_TAGLINE)}</I></FONT></CENTER>
<CENTER><FONT SIZE=2>[ {nav} ]</FONT></CENTER>
<HR>
{body}
<HR>
{bottom}<CENTER><FONT SIZE=1>Eyes that have looked in since March 1996: {fmt_int(looked)}<BR>
Page last revised {hb_day(hb_revised(index))}.<BR>
{esc(HB_FOOT[0])}<BR>
{HB_FOOT[1]}<BR>
<A HREF="mailto:{HB_MAIL}">{HB_MAIL}</A></FONT></CENTER>
</BODY>
</HTML>
"""


def hb_notes_run(kind: str, value) -> list[str]:
    """A block as Eirlys's retyped newsletter: lines of 64, an indent to mark a new paragraph, no blank lines."""
    if kind == "paragraph":
        return wrap(value, 64, first="     ")
    if kind == "quote":
        return wrap(value, 62, first=" " * 10, rest=" " * 10)
    ordered, items = value
    out = []
    for n, item in enumerate(items):
        out += wrap(item, 64, first=f"({'abcdefgh'[n]}) ", rest="    ")
    return out


def hb_lines(lines: list[str], italic: bool = False) -> str:
    out = []
    for line in lines:
        lead = len(line) - len(line.lstrip(" "))
        text = "&nbsp;" * lead + esc(line.lstrip(" "))
        out.append(f"<I>{text}</I>" if italic else text)
    return "<BR>\n".join(out)


def hilbre(p: Page) -> str:
    rng = p.rng
    site = "hilbre"
    backdate(p, LATEST_STUDY[site])
    style = hb_style(p.title)
    writer, byline, refhead, count = HB_STYLES[style]
    part = " (First Part)" if p.cut is not None else ""
    n_head = sum(1 for k, _ in p.visible() if k == "heading")
    seen_head = 0

    def heading(v: str) -> str:
        nonlocal seen_head
        seen_head += 1
        if style == "wizard":
            back = f'<P ALIGN=RIGHT><A HREF="#top"><FONT SIZE=1>{HB_TOP}</FONT></A></P>\n' if seen_head > 1 else ""
            return f'{back}<HR WIDTH="50%">\n<H2>{esc(v)}</H2>'
        if style == "gold":
            return f'<P><B><FONT COLOR="#800000">{esc(v)}</FONT></B><BR>'
        if style == "word":
            return f'<B><P>{esc(v)}</P></B>'
        return f"<P ALIGN=CENTER><B>{esc(v.upper())}</B></P>"

    def para(v: str, k: int) -> str:
        return {"wizard": f"<P>{esc(v)}</P>", "gold": f"<P>{esc(v)}", "word": f'<P ALIGN="JUSTIFY">{esc(v)}</P>',
                "notes": v}[style]

    def quote(v: str) -> str:
        return {"wizard": f"<BLOCKQUOTE>{esc(v)}</BLOCKQUOTE>", "gold": f"<BLOCKQUOTE><I>{esc(v)}</I></BLOCKQUOTE>",
                "word": f"<DIR><DIR><I><P>{esc(v)}</P></I></DIR></DIR>", "notes": v}[style]

    def listing(ordered: bool, items: list[str]):
        if style == "notes":
            return (ordered, items)
        tag = "OL" if ordered else "UL"
        close = "</LI>" if style == "word" else ""
        return f"<{tag}>\n" + "\n".join(f"<LI>{esc(i)}{close}" for i in items) + f"\n</{tag}>"

    pieces = shown_pieces(p, heading, para, quote, listing)
    if style == "wizard" and n_head > 1:
        p.clutter.append(HB_TOP)
    n_essay = len(pieces)
    turn = rank(site, "cabinet", 6, p.index)
    if turn is not None:
        caption = HB_CABINET[turn]
        box = (f'<TABLE ALIGN=RIGHT WIDTH=170 BORDER=1 CELLPADDING=4 CELLSPACING=0 BGCOLOR="#F0E8D0"><TR><TD>'
               f'<IMG SRC="cab{turn + 1:02d}.jpg" WIDTH=160 HEIGHT=110 ALT="photo"><BR><FONT SIZE=1><B>From the Cabinet</B><BR>'
               f"{esc(caption)}</FONT></TD></TR></TABLE>")
        at = spot(n_essay, rng, 1, 3) if early(site, "cabinet", p.index) else spot(n_essay, rng, 4, 8)
        slot_in(pieces, at, ("block", box))
        p.clutter += ["From the Cabinet", caption]
    tail: list[tuple[str, str]] = []
    if p.cut is not None:
        tail.append(("block", f'<P ALIGN=CENTER><IMG SRC="building.gif" WIDTH=60 HEIGHT=40 ALT="Still being built"><BR>'
                              f"<FONT SIZE=2><I>{esc(HB_CUT)}</I></FONT></P>"))
        p.clutter += [HB_CUT, part.strip()]
    elif p.refs:
        if style == "notes":
            lines = []
            for plain, _ in p.refs:
                lines += wrap(plain, 64, rest="    ")
            tail.append(("block", f"<P ALIGN=CENTER><B>{refhead}</B></P>\n<P>\n{hb_lines(lines)}\n</P>"))
        elif style == "word":
            tail.append(("block", f"<B><P>{refhead}</P></B>\n" + "\n".join(f"<P>{mk}</P>" for _, mk in p.refs)))
        else:
            tail.append(("block", f"<H3>{refhead}</H3>\n<UL>\n" + "\n".join(f"<LI>{mk}" for _, mk in p.refs) + "\n</UL>"))
        p.clutter.append(refhead)
    words_line = None
    if count == "sides":
        p.claimed_pages = math.ceil(p.words / 300)
        words_line = f"This page: {p.words} words, or about {p.claimed_pages} sheets on the printer."
        tail.append(("block", f"<P><FONT SIZE=1><I>{words_line}</I></FONT>"))
    elif count == "word":
        words_line = f"Words (Tools menu): {p.words}"
        tail.append(("block", f"<P>{words_line}</P>"))
    elif count == "reprint":
        season = HB_SEASONS[number(site, "season", p.title, mod=len(HB_SEASONS))]
        words_line = f"Reprinted from Circle Notes, No. {8 + number(site, 'no', p.title, mod=9)} ({season}). {p.words} words."
    if words_line:
        p.claimed_words = p.words
        p.clutter.append(words_line)
    if gets(site, "letter", 4, p.index):
        who, where = HB_LETTERS[rank(site, "letter", 4, p.index)]
        when = hb_revised(p.index) - timedelta(days=1 + number(site, "lt", p.title, mod=9))
        note = f"Added {hb_day(when)}: my thanks to {who} of {where} for a letter on this page. The letter is in the Visitors' Book."
        tail.append(("block", f'<P><FONT SIZE=2 COLOR="#006000">{esc(note)}</FONT></P>'))
        p.clutter.append(note)
    shown = p.title + part
    # page head, per writer
    if style == "wizard":
        head = f"<CENTER><H1>{esc(shown)}</H1></CENTER>\n<CENTER><I>{esc(byline)}</I></CENTER>"
    elif style == "gold":
        written = hb_revised(p.index) - timedelta(days=20)
        head = (f'<CENTER><B><FONT SIZE=+2 COLOR="#800000">{esc(shown)}</FONT></B></CENTER>\n'
                f"<CENTER><FONT SIZE=-1>{esc(byline)}<BR>Written {written.strftime('%B')} {written.year}</FONT></CENTER>")
        p.clutter.append(f"Written {written.strftime('%B')} {written.year}")
    elif style == "word":
        head = (f'<B><FONT FACE="Arial" SIZE=5><P ALIGN="CENTER">{esc(shown)}</P></B></FONT>\n'
                f'<FONT FACE="Arial" SIZE=2><P ALIGN="CENTER">{esc(byline)}</P>')
    else:
        words = shown.upper().split()
        half = max(1, len(words) // 2)
        head = (f"<H2 ALIGN=CENTER>{esc(' '.join(words[:half]))}<BR>{esc(' '.join(words[half:]))}</H2>\n"
                f"<P ALIGN=CENTER>{esc(byline)}</P>\n<P><I>{esc(words_line)}</I></P>")
    p.clutter.append(byline)
    if style != "wizard" and part:
        p.clutter.append(part.strip())
    # essay body, per writer
    out = [head]
    if style == "notes":
        run: list[str] = []
        blocks = list(p.visible())
        k = 0
        for kind, mk in pieces:
            if kind == "block":
                if run:
                    out.append("<P>\n" + "<BR>\n".join(run) + "\n</P>")
                    run = []
                out.append(mk)
                continue
            bkind, bval = blocks[k]
            k += 1
            if bkind == "heading":
                if run:
                    out.append("<P>\n" + "<BR>\n".join(run) + "\n</P>")
                    run = []
                out.append(mk)
            else:
                run.append(hb_lines(hb_notes_run(bkind, bval), italic=bkind == "quote"))
        if run:
            out.append("<P>\n" + "<BR>\n".join(run) + "\n</P>")
        out += [mk for _, mk in tail]
    elif style == "gold":
        body, prev = [], None
        for kind, mk in pieces:
            if prev == "heading" and kind in ("text", "lead"):
                body[-1] += "\n" + mk[len("<P>"):]
            else:
                body.append(mk)
            prev = kind
        out += body + [mk for _, mk in tail]
    else:
        out += [mk for _, mk in pieces] + [mk for _, mk in tail]
    if style == "word":
        out.append("</FONT>")
    order = SITE_TITLES[site]
    k = order.index(p.title)
    prev_t, next_t = order[k - 1], order[(k + 1) % len(order)]
    bottom = (f'<CENTER><FONT SIZE=2><A HREF="{hb_file(prev_t)}">&lt;&lt; Previous essay: {esc(prev_t)}</A> | '
              f'<A HREF="THE-ESSA.HTM">Back to the Essays</A> | <A HREF="{hb_file(next_t)}">Next essay: {esc(next_t)} &gt;&gt;</A></FONT></CENTER>\n')
    p.clutter += [f"Previous essay: {prev_t}", f"Next essay: {next_t}", "Back to the Essays", HB_TAGLINE, *HB_NAV,
                  *HB_FOOT, "Eyes that have looked in since March 1996", f"Page last revised {hb_day(hb_revised(p.index))}"]
    head_title = {"wizard": f"{HB_OWNER}'s Home Page", "gold": f"Spectacle Cabinet: {shown}",
                  "word": "Paper for the Circle", "notes": "Circle Notes reprint"}[style]
    generator = {"wizard": "CompuServe Home Page Wizard 1.0", "gold": "Mozilla/3.01Gold (Win95; I) [Netscape]",
                 "word": "Microsoft Word 97", "notes": None}[style]
    return hb_frame(head_title, generator, "\n".join(out), p.index, bottom)


def hilbre_index(ix: IndexPage) -> str:
    """No essay: the home page with its news list, or the visitors' book."""
    if ix.kind == "home":
        news = []
        for n, t in zip(ESSAY_PAGES["hilbre"], ix.site_titles):
            if n > ix.index:
                continue
            d = hb_revised(n)
            news.append(f"<LI>{d.day} {d.strftime('%b')} {d.strftime('%y')} - added <A HREF=\"{hb_file(t)}\">{esc(t)}</A>"
                        f" by {esc(HB_STYLES[hb_style(t)][0])}")
        shelves = []
        for sec in HB_SECTIONS:
            mine = [t for t in ix.site_titles if ESSAYS_BY_TITLE[t]["tags"][0] == sec]
            if mine:
                shelves.append(f"<H3>{esc(sec)}</H3>\n<UL>\n" + "\n".join(
                    f'<LI><A HREF="{hb_file(t)}">{esc(t)}</A> ({esc(HB_STYLES[hb_style(t)][0])})' for t in mine) + "\n</UL>")
        body = (f"<H1 ALIGN=CENTER>Welcome to {HB_SITE}!</H1>\n"
                "<P>I am Alun Thursby, a dispensing optician for forty-one years and now happily retired in Hoylake. "
                "These pages cover old spectacles and what I have collected since 1962. "
                f"Friends from the {esc(HB_CIRCLE)} have sent papers too, and those are here as well.</P>\n"
                "<P>Please sign the Visitors' Book before you go. I answer every e-mail, though sometimes slowly.</P>\n"
                "<H2>New in the Cabinet</H2>\n<UL>\n" + "\n".join(reversed(news[-6:])) + "\n</UL>\n"
                "<H2>The Essays</H2>\n" + "\n".join(shelves))
        return hb_frame(f"{HB_OWNER}'s Home Page", "CompuServe Home Page Wizard 1.0", body, ix.index)
    entries = [("Brenda Halsall", "Preston, England", "Lovely pages. My father was an optician in Blackburn and I still have his trial lenses in their wooden case."),
               ("Dr H. Feist", "Bremen, Germany", "A fine collection. I have written to you separately about the Nuremberg wire frames."),
               ("Bisi", "Accra, Ghana", "Found you through a search for pince-nez. Very interesting, thank you."),
               ("Mrs B. Akinola", "Lagos, Nigeria", "Do you know anyone who repairs old tortoiseshell frames? Please write."),
               ("Wendel", "Hamilton, Ontario", "Keep it up Alun, the lorgnette page is my favourite."),
               ("Pat and Jim", "Hoylake", "Saw your display at the library last month. Now we know where to find you on the computer!")]
    rows = []
    for j, (name, place, text) in enumerate(entries):
        d = hb_revised(ix.index) - timedelta(days=6 * j + 2)
        rows.append(f"<P><B>{esc(name)}</B> from {esc(place)}, {hb_day(d)}<BR>\n{esc(text)}</P>")
    body = ("<H1 ALIGN=CENTER>The Visitors' Book</H1>\n<P>Thank you for visiting the Cabinet! Entries are added by hand, "
            "so yours may take a few days to appear. The newest entries are at the top.</P>\n<HR WIDTH=\"60%\">\n" + "\n".join(rows) +
            '\n<HR WIDTH="60%">\n<FORM METHOD=POST ACTION="/cgi-bin/vbook.cgi">Your name: <INPUT NAME="name" SIZE=30><BR>\n'
            'Your town: <INPUT NAME="place" SIZE=30><BR>\nYour message:<BR><TEXTAREA NAME="msg" ROWS=5 COLS=50></TEXTAREA><BR>\n'
            '<INPUT TYPE=SUBMIT VALUE="Sign the Visitors\' Book"></FORM>')
    return hb_frame("The Visitors' Book", None, body, ix.index)


# ---- 2. mersea: the eGroups archive of a falconry-history mailing list, 2000 -------------------------------------

MS_GROUP = "hawkhistory"
MS_ABOUT = "Falconry history, lore and old books"
MS_HOST = "http://www.egroups.com"
MS_TOTAL = 1038
# writer: (name, shown address, subject form, count form, text style, greeting, signature lines)
MS_WRITERS = {
    "kivi": ("Birgit Kivi", "bkivi@s...", "Essay: {title}", "top", "tilde", "Hei all,",
             ["-- ", "Birgit Kivi, Oulu, Finland", "goshawk 'Tuuli', fourth season"]),
    "castagnet": ("J\u00e9r\u00f4me Castagnet", "jcastagnet@c...", "{title} (long, sorry)", "end", "stars", "Bonsoir \u00e0 tous,",
                  ["Amiti\u00e9s,", "J\u00e9r\u00f4me", "--", "J\u00e9r\u00f4me Castagnet - Fauconnerie du Causse (Lot, France)"]),
    "dunnachie": ("Moira Dunnachie", "mdunnachie@d...", None, None, "plain", None,
                  ["Moira", "(Strathearn - one Harris hawk and a very lazy merlin)"]),
    "voorhees": ("Dwight Voorhees", "DVoorhees@a...", "{TITLE}", "wp", "equals", "Hi gang,",
                 ["Dwight V.", "Berks County, PA", "General class permit since '97 - red-tail 'Biscuit'"]),
}
MS_COUNTS = {"top": "[{n} words - a long one, so make some coffee first]", "end": "(Word count: {n})",
             "wp": "({n} words by my word processor's count)"}
MS_ASKERS = [("Ludovic", "lmarchal@..."), ("Agnieszka", "agawron@..."), ("Zdenek", "zdenek.h@...")]
MS_QUESTIONS = ["Does anyone know much about {x}? Our club wants a talk from me in April and I am stuck.",
                "Can somebody point me to a good account of {x}? The books I have disagree with each other.",
                "Quick question for the historians here: how did {x} really come about?"]
MS_ASK_SUBJECTS = ["Re: {x} - any sources?", "Re: question about {x}", "Re: {X}?"]
MS_CUT = "[Part 2 comes as a separate post - the list software bounces anything over 20K.]"
MS_ADS = ["Free voicemail, fax and e-mail in one phone number. Sign up in two minutes at",
          "Job hunting? Thousands of listings, updated daily. Search now at",
          "Order flowers by Thursday and get free delivery anywhere in the country:",
          "Three months of free internet access, no credit card needed:",
          "Your own web address for less than a dollar a week. Find out how at"]
MS_NAV = ["eGroups Home", "My eGroups", "Start a Group", "Help"]
MS_TABS = ["Home", "Messages", "Chat", "Files", "Polls", "Calendar", "Members"]
MS_FRAME = [*MS_NAV, MS_GROUP, "Not a member? Join this group", "eGroups Sponsor", MS_ABOUT, "< Prev Message", "Next Message >",
            "[ Up Thread ]", "Message Index", "Reply", "Forward", "Search archives:", "Copyright \u00a9 2000 eGroups, Inc. All rights reserved.",
            "Privacy Policy", "Terms of Service", "Guidelines", "To unsubscribe from this group, send an email to:",
            f"{MS_GROUP}-unsubscribe@egroups.com", "eGroups.com home:", "www.egroups.com - Simplifying group communications"]
MS_CHATTER = [("Re: hood sizes for a jack merlin?", "Zdenek"), ("Field meet in Powys this summer?", "Birgit Kivi"),
              ("OT: lost Harris found near Leeds", "Agnieszka"), ("Re: the new edition of Blaine", "Dwight Voorhees"),
              ("Anyone going to the Dutch falconry fair?", "Ludovic"), ("Re: list etiquette (again)", "Fintan (list owner)"),
              ("Scans of an 1880s hawking catalogue", "Moira Dunnachie"), ("Re: OT: lost Harris found near Leeds", "Jérôme Castagnet")]


def ms_writer(title: str) -> str:
    return deal("mersea", title, list(MS_WRITERS))


def ms_when(index: int) -> datetime:
    d = date(2000, 1, 8) + timedelta(days=9 * index + number("mersea", "day", index, mod=4))
    return datetime(d.year, d.month, d.day, 7 + number("mersea", "h", index, mod=16), number("mersea", "m", index, mod=60))


def ms_stamp(d: datetime) -> str:
    hour = d.hour % 12 or 12
    return f"{d.strftime('%a')} {d.strftime('%b')} {d.day}, {d.year} {hour}:{d.minute:02d}{'am' if d.hour < 12 else 'pm'}"


def ms_msg(index: int) -> int:
    return 380 + 34 * index + number("mersea", "msg", index, mod=7)


def ms_subject(title: str, index: int, cut: bool) -> str:
    w = ms_writer(title)
    form = MS_WRITERS[w][2]
    if form is None:
        x = ESSAYS_BY_TITLE[title]["card"]["x"]
        subj = MS_ASK_SUBJECTS[number("mersea", "subj", title, mod=len(MS_ASK_SUBJECTS))].format(x=x, X=cap(x))
    else:
        subj = form.format(title=title, TITLE=title.upper())
    return f"[{MS_GROUP}] {subj}" + (" (part 1 of 2)" if cut else "")


def ms_text(kind: str, value, style: str) -> list[str]:
    """One block as plain e-mail text in the writer's habits."""
    width = {"tilde": 70, "stars": 0, "plain": 72, "equals": 60}[style]

    def fill(text: str, first: str = "", rest: str = "") -> list[str]:
        return [first + text] if not width else wrap(text, width, first, rest)

    if kind == "heading":
        return {"tilde": [value, "~" * len(value)], "stars": [f"*{value}*"], "plain": [value],
                "equals": [f"== {value} =="]}[style]
    if kind == "paragraph":
        return fill(value)
    if kind == "quote":
        if style == "stars":
            return [f"\u00ab {value} \u00bb"]
        pad = {"tilde": 4, "plain": 3, "equals": 5}[style]
        return wrap(value, width - 2, " " * pad, " " * pad)
    ordered, items = value
    out = []
    for n, item in enumerate(items, 1):
        if style == "stars":
            out.append(f"{n}) {item}" if ordered else f"- {item}")
        elif style == "tilde":
            out += fill(item, f"  {n}. " if ordered else "  - ", "     " if ordered else "    ")
        elif style == "plain":
            out += fill(item, f"{n}. " if ordered else "* ", "   " if ordered else "  ")
        else:
            out += fill(item, f"{n}. " if ordered else "o ", "   " if ordered else "  ")
    return out


def ms_tt(lines: list[str]) -> str:
    out = []
    for line in lines:
        lead = len(line) - len(line.lstrip(" "))
        out.append("&nbsp;" * lead + esc(line.lstrip(" ")))
    return "<br>\n".join(out)


def ms_page(head: str, inner: str, ad: int) -> str:
    nav = " | ".join(f'<a href="{MS_HOST}/{slug(n)}">{n}</a>' for n in MS_NAV)
    tabs = " | ".join(f'<a href="{MS_HOST}/group/{MS_GROUP}/{slug(t)}">{t}</a>' for t in MS_TABS)
    sponsor = MS_ADS[ad % len(MS_ADS)]
    return f"""<html>
<head>
<title>{esc(head)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
</head>
<body bgcolor="#ffffff" link="#0000cc" vlink="#551a8b">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr>
<td><a href="{MS_HOST}/"><img src="/img/eg_logo.gif" width="140" height="40" border="0" alt="eGroups"></a></td>
<td align="right" valign="top"><font face="arial" size="-1">{nav}</font><br>
<font face="arial" size="-2"><a href="{MS_HOST}/group/{MS_GROUP}/join">Not a member? Join this group</a></font></td>
</tr></table>
<center><table cellpadding="2" cellspacing="0" border="0"><tr><td align="center"><font face="arial" size="-2">eGroups Sponsor</font><br>
<a href="http://click.egroups.com/1/{2100 + ad * 7}/3/_/_/_/95{ad:07d}/"><img src="http://adimg.egroups.com/img/{2100 + ad * 7}/0/_/{ad:03d}.gif" width="468" height="60" border="0" alt=""></a><br>
<font face="arial" size="-1"><a href="http://click.egroups.com/1/{2100 + ad * 7}/3/_/_/_/95{ad:07d}/">{esc(sponsor)} click here</a></font></td></tr></table></center>
<table width="100%" bgcolor="#ddeeff" cellpadding="3" cellspacing="0" border="0"><tr><td><font face="arial"><b>{MS_GROUP}</b></font>
<font face="arial" size="-1">&middot; {esc(MS_ABOUT)}</font></td></tr>
<tr><td><font face="arial" size="-1">{tabs}</font></td></tr></table>
{inner}
<hr size="1" noshade>
<center><font face="arial" size="-2">Copyright &copy; 2000 eGroups, Inc. All rights reserved.<br>
<a href="{MS_HOST}/info/privacy.html">Privacy Policy</a> | <a href="{MS_HOST}/info/terms.html">Terms of Service</a> | <a href="{MS_HOST}/info/guidelines.html">Guidelines</a> | <a href="{MS_HOST}/help">Help</a></font></center>
</body>
</html>
"""


def ms_footer(index: int) -> list[str]:
    ad = MS_ADS[(index + 2) % len(MS_ADS)]
    return ["", "-" * 72, ad, f"http://click.egroups.com/1/{3300 + 11 * index}/0/_/_/_/95{index:07d}/", "-" * 72, "",
            "eGroups.com home: http://www.egroups.com/group/hawkhistory", "www.egroups.com - Simplifying group communications",
            "", "To unsubscribe from this group, send an email to:", f"{MS_GROUP}-unsubscribe@egroups.com"]


def mersea(p: Page) -> str:
    site = "mersea"
    backdate(p, LATEST_STUDY[site])
    w = ms_writer(p.title)
    name, addr, _, count_form, style, greeting, sig = MS_WRITERS[w]
    when = ms_when(p.index)
    msg = ms_msg(p.index)
    cut = p.cut is not None
    subject = ms_subject(p.title, p.index, cut)
    lines: list[str] = []
    if greeting:
        lines += [greeting, ""]
        p.clutter.append(greeting)
    if w == "dunnachie":
        asker, aaddr = MS_ASKERS[number(site, "asker", p.title, mod=len(MS_ASKERS))]
        question = MS_QUESTIONS[number(site, "q", p.title, mod=len(MS_QUESTIONS))].format(x=p.card["x"])
        intro = f"--- In {MS_GROUP}@egroups.com, {asker} <{aaddr}> wrote:"
        qlines = wrap(question, 68)
        lines += [intro] + ["> " + q for q in qlines] + ["", p.title, ""]
        p.clutter += [intro, "> " + qlines[0]]
    if count_form == "top":
        lines += [MS_COUNTS["top"].format(n=p.words), ""]
    blocks = list(p.visible())
    for kind, value in blocks:
        lines += ms_text(kind, value, style) + [""]
    if cut:
        lines += [MS_CUT, ""]
        p.clutter.append(MS_CUT)
    elif p.refs:
        lines.append("Sources:")
        for plain, _ in p.refs:
            lines += wrap(plain, 70, "", "    ") if style != "stars" else [plain]
        lines.append("")
        p.clutter.append("Sources:")
    if count_form in ("end", "wp"):
        lines += [MS_COUNTS[count_form].format(n=p.words), ""]
    if count_form:
        p.claimed_words = p.words
        p.clutter.append(MS_COUNTS[count_form].format(n=p.words))
    lines += sig
    p.clutter += [s for s in sig if len(s) > 5]
    lines += ms_footer(p.index)
    p.clutter.append(MS_ADS[(p.index + 2) % len(MS_ADS)])
    shown_from = f'"{name}" <{addr}>'
    prev_n, next_n = msg - 1 - number(site, "pv", p.index, mod=3), msg + 1 + number(site, "nx", p.index, mod=3)
    navline = (f'<a href="{MS_HOST}/message/{MS_GROUP}/{prev_n}">&lt; Prev Message</a> | '
               f'<a href="{MS_HOST}/message/{MS_GROUP}/{next_n}">Next Message &gt;</a>')
    inner = (f'<table width="100%" cellpadding="3" cellspacing="0" border="0"><tr><td><font face="arial" size="-1"><b>Message {msg} of {MS_TOTAL}</b> | '
             f'{navline} | <a href="{MS_HOST}/message/{MS_GROUP}/{msg - 2}">[ Up Thread ]</a> | '
             f'<a href="{MS_HOST}/messages/{MS_GROUP}?start={msg - msg % 30 + 1}">Message Index</a></font></td></tr></table>\n'
             f'<table cellpadding="2" cellspacing="0" border="0">\n'
             f'<tr><td valign="top"><font face="arial" size="-1"><b>From:</b></font></td><td><font face="arial" size="-1">{esc(shown_from)}</font></td></tr>\n'
             f'<tr><td valign="top"><font face="arial" size="-1"><b>Date:</b></font></td><td><font face="arial" size="-1">{ms_stamp(when)}</font></td></tr>\n'
             f'<tr><td valign="top"><font face="arial" size="-1"><b>Subject:</b></font></td><td><font face="arial" size="-1">{esc(subject)}</font></td></tr>\n'
             f'</table>\n<hr size="1" noshade>\n<tt>\n{ms_tt(lines)}\n</tt>\n<hr size="1" noshade>\n'
             f'<font face="arial" size="-1">{navline} | <a href="{MS_HOST}/post/{MS_GROUP}?act=reply&amp;messageNum={msg}">Reply</a> | '
             f'<a href="{MS_HOST}/post/{MS_GROUP}?act=forward&amp;messageNum={msg}">Forward</a></font>\n'
             f'<form action="{MS_HOST}/messagesearch/{MS_GROUP}" method="get"><font face="arial" size="-1">Search archives: '
             f'<input type="text" name="query" size="20"> <input type="submit" value="Search"></font></form>')
    p.clutter += MS_FRAME + [f"Message {msg} of {MS_TOTAL}", shown_from, ms_stamp(when), subject,
                             MS_ADS[p.index % len(MS_ADS)]]
    return ms_page(f"{MS_GROUP} : Message: {subject}", inner, p.index)


def mersea_index(ix: IndexPage) -> str:
    """No essay: the group's home page, or one page of its message index."""
    rows = []
    essays = [(n, t) for n, t in zip(ESSAY_PAGES["mersea"], ix.site_titles) if ix.index - 7 <= n <= ix.index + 2]
    items = [(ms_msg(n), ms_subject(t, n, n in CUT_PAGES["mersea"]), MS_WRITERS[ms_writer(t)][0], ms_when(n)) for n, t in essays]
    for j, (subj, who) in enumerate(MS_CHATTER):
        at = ms_when(ix.index) - timedelta(days=(5 + 3 * j) * 9 / 34, hours=j)
        items.append((ms_msg(ix.index) - 5 - 3 * j, f"[{MS_GROUP}] {subj}", who, at))
    items.sort(key=lambda r: r[0], reverse=True)
    if ix.kind == "home":
        for m, subj, who, at in items[:10]:
            rows.append(f'<tr><td><font face="arial" size="-1"><a href="{MS_HOST}/message/{MS_GROUP}/{m}">{esc(subj)}</a></font></td>'
                        f'<td><font face="arial" size="-1">{esc(who)}</font></td><td><font face="arial" size="-2">{ms_stamp(at)}</font></td></tr>')
        inner = ('<table width="100%" cellpadding="4" border="0"><tr><td valign="top" width="60%">\n'
                 f'<p><font face="arial" size="-1"><b>Description</b><br>A list for falconers and readers who care about falconry in earlier centuries: '
                 'old books, manuscripts, paintings, laws, gear and the people behind them. Civil disagreement welcome. No buying or selling of birds.</font></p>\n'
                 '<p><font face="arial" size="-1"><b>Category:</b> Recreation &gt; Outdoors &gt; Falconry<br><b>Members:</b> 214<br>'
                 '<b>Founded:</b> Jun 14, 1999<br><b>Language:</b> English<br><b>Archive:</b> Public</font></p>\n'
                 f'<p><a href="{MS_HOST}/group/{MS_GROUP}/join"><img src="/img/join.gif" width="120" height="24" border="0" alt="Join This Group!"></a></p>\n'
                 '</td><td valign="top"><font face="arial" size="-1"><b>Most Recent Messages</b></font>\n<table cellpadding="2" border="0">\n'
                 + "\n".join(rows) + "\n</table></td></tr></table>")
        return ms_page(f"{MS_GROUP} : Home", inner, ix.index)
    for m, subj, who, at in items:
        rows.append(f'<tr><td><font face="arial" size="-1">{m}</font></td><td><font face="arial" size="-1">'
                    f'<a href="{MS_HOST}/message/{MS_GROUP}/{m}">{esc(subj)}</a></font></td><td><font face="arial" size="-1">{esc(who)}</font></td>'
                    f'<td><font face="arial" size="-2">{ms_stamp(at)}</font></td></tr>')
    first, last = min(r[0] for r in items), max(r[0] for r in items)
    inner = (f'<p><font face="arial" size="-1"><b>Messages {first} - {last} of {MS_TOTAL}</b> &nbsp; '
             f'<a href="{MS_HOST}/messages/{MS_GROUP}?start={max(1, first - 30)}">&lt; Older</a> | <a href="{MS_HOST}/messages/{MS_GROUP}?start={last + 1}">Newer &gt;</a></font></p>\n'
             '<table width="100%" cellpadding="3" cellspacing="0" border="0"><tr bgcolor="#ddeeff"><td><font face="arial" size="-1"><b>#</b></font></td>'
             '<td><font face="arial" size="-1"><b>Subject</b></font></td><td><font face="arial" size="-1"><b>Author</b></font></td>'
             '<td><font face="arial" size="-1"><b>Date</b></font></td></tr>\n' + "\n".join(rows) + "\n</table>")
    return ms_page(f"{MS_GROUP} : Messages {first}-{last}", inner, ix.index)


# ---- 3. fidra: skiing history on Examiner.com, winter 2010-11 ---------------------------------------------------

FD_HOST = "http://www.examiner.com"
# examiner: (name, city, title, channel path, time zone, bio)
FD_EXAMINERS = {
    "sandvik": ("Brooke Sandvik", "Denver", "Denver Ski History Examiner", "ski-history-in-denver", "MST",
                "Brooke Sandvik grew up racing at Winter Park and has written about mountain towns for ten years. "
                "She volunteers at a ski museum on weekends."),
    "ullrich": ("Travis Ullrich", "Salt Lake City", "Salt Lake City Skiing Examiner", "skiing-in-salt-lake-city", "MST",
                "Travis Ullrich is a former lift operator and ski patroller who writes about Utah skiing, past and present."),
    "gantt": ("Sigrun Gantt", "Lake Tahoe", "Lake Tahoe Ski Travel Examiner", "ski-travel-in-lake-tahoe", "PST",
              "Sigrun Gantt covers ski trips, ski towns and their history from Truckee."),
    "thune": ("Ingeborg Thune", "Burlington", "Burlington Nordic Skiing Examiner", "nordic-skiing-in-burlington", "EST",
              "Ingeborg Thune coaches a high school Nordic team in Vermont and writes about cross-country skiing and its roots."),
}
FD_SHOWN = {"sandvik": "{title}", "ullrich": "Ski history: {title}", "gantt": "{title}: a look back", "thune": "{title}"}
FD_DATELINE = "DENVER"
FD_SIGNOFF = {"sandvik": "Follow Brooke on Twitter: @BrookeSkiHistory",
              "ullrich": "Follow the Salt Lake City Skiing Examiner on Twitter and Facebook, or subscribe above for e-mail alerts."}
FD_GO = ["Admission to the ski heritage hall in Truckee is $5, and children under 12 get in free.",
         "Allow about an hour, and check road conditions on Interstate 80 before setting out.",
         "Several Tahoe resorts run a free history tour on weekend mornings; ask at guest services.",
         "The hall closes on Mondays and Tuesdays from April to November."]
FD_PHOTOS = [("Skiers ride an early rope tow.", "File photo"), ("A racer rounding a slalom gate.", "Courtesy of the author"),
             ("Wooden skis and leather boots in a museum case.", "Photo by the author"), ("Jumpers and spectators on a snowy hill.", "Public domain"),
             ("Ski troops on a training climb.", "Archive photo"), ("An old chairlift, still standing.", "Photo by the author"),
             ("Long boards lined up before a race.", "Courtesy of a local historical society"), ("A ski school class poses for the camera.", "File photo")]
FD_MORE_RELATED = ["Utah resorts report record snowfall for December", "Five lift-served backcountry gates worth knowing",
                   "Powder day etiquette, explained", "Where to rent vintage gear for a retro ski day"]
FD_NAV = ["News", "Arts & Entertainment", "Sports", "Travel", "Lifestyle", "Politics", "Tech"]
FD_FOOT = ["About Examiner", "Become an Examiner", "Contact Us", "Advertise", "Terms of Use", "Privacy Policy", "Site Map",
           "Copyright 2011 Clarity Digital Group LLC d/b/a Examiner.com. All rights reserved."]
FD_POPULAR = ["Broncos weigh their options at quarterback", "Five snowshoe trails within an hour of Denver",
              "Jazz guard cleared to return after ankle scare", "Where to find the best apres-ski deals this week",
              "Avalanche danger rises after weekend storm"]
FD_SLIDES = ["Vintage ski posters from the golden age", "The ten steepest runs in North America", "Ski fashion through the decades",
             "Lost ski areas of New England"]
FD_COMMENTS = [("Eamon M.", "Great piece. My dad skied with the old-timers and never talked about it much."),
               ("snowbird74", "All of this was news to me. Sharing with my ski club."),
               ("Lynn P.", "Nice article, but the photo caption has the wrong decade I think?"),
               ("Wes", "Keep these coming. History beats another gear review."),
               ("tahoe_tele", "Fascinating. Can you suggest further reading?")]
FD_FRAME = [*FD_NAV, *FD_FOOT, "Change city", "Sign in", "Subscribe", "Email alerts", "Like", "Tweet",
            "Email", "Print", "Share", "Advertisement", "Topics in this article:", "Suggested by the author:", "About this Examiner",
            "Comments", "Add a comment", "Send", "Popular in Sports", "Top slideshows", "Sports"]


def fd_writer(title: str) -> str:
    return deal("fidra", title, list(FD_EXAMINERS))


def fd_when(index: int, tz: str) -> datetime:
    d = date(2010, 11, 2) + timedelta(days=6 * index + number("fidra", "day", index, mod=4))
    return datetime(d.year, d.month, d.day, 6 + number("fidra", "h", index, mod=14), number("fidra", "m", index, mod=60))


def fd_stamp(d: datetime, tz: str) -> str:
    hour = d.hour % 12 or 12
    return f"{d.strftime('%B')} {d.day}, {d.year} - {hour}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'} {tz}"


def fd_date(d: datetime) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def fd_url(title: str) -> str:
    return f"{FD_HOST}/{FD_EXAMINERS[fd_writer(title)][3]}/{slug(title)}"


def fd_page(head: str, city: str, crumbs: str, main: str, canonical: str) -> str:
    nav = "".join(f'<li><a href="{FD_HOST}/{slug(n)}">{esc(n)}</a></li>' for n in FD_NAV)
    popular = "".join(f'<li><a href="{FD_HOST}/sports/{slug(t)}">{esc(t)}</a></li>' for t in FD_POPULAR)
    slides = "".join(f'<li><a href="{FD_HOST}/slideshow/{slug(t)}">{esc(t)}</a></li>' for t in FD_SLIDES)
    foot = " | ".join(f'<a href="{FD_HOST}/{slug(f)}">{esc(f)}</a>' for f in FD_FOOT[:-1])
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(head)}</title>
<link rel="canonical" href="{canonical}" />
<meta property="og:site_name" content="Examiner.com" />
<link type="text/css" rel="stylesheet" media="all" href="{FD_HOST}/sites/all/themes/ex/css/ex.css" />
<script type="text/javascript" src="{FD_HOST}/sites/all/modules/ex_ads/ads.js"></script>
</head>
<body class="not-front node-type-story">
<div id="header"><a class="logo" href="{FD_HOST}/"><img src="{FD_HOST}/sites/all/themes/ex/logo.png" alt="Examiner.com" /></a>
<div class="edition"><span class="city">{esc(city)}</span> <a href="{FD_HOST}/select-city">Change city</a></div>
<form class="search" action="{FD_HOST}/search"><input type="text" name="q" value="Search Examiner.com" /></form>
<div class="user-links"><a href="{FD_HOST}/user/login">Sign in</a> | <a href="{FD_HOST}/become-an-examiner">Become an Examiner</a></div>
<ul class="primary-nav">{nav}</ul></div>
<div id="breadcrumb">{crumbs}</div>
<div id="container"><div id="main">
{main}
</div>
<div id="sidebar"><div class="ad-box"><span class="ad-label">Advertisement</span><div class="ad-slot" id="ad-300x250"></div></div>
<div class="block"><h3>Popular in Sports</h3><ol>{popular}</ol></div>
<div class="block"><h3>Top slideshows</h3><ul>{slides}</ul></div></div></div>
<div id="footer">{foot}<br />{esc(FD_FOOT[-1])}</div>
</body>
</html>
"""


def fidra(p: Page) -> str:
    rng = p.rng
    site = "fidra"
    backdate(p, LATEST_STUDY[site])
    w = fd_writer(p.title)
    name, city, etitle, path, tz, bio = FD_EXAMINERS[w]
    when = fd_when(p.index, tz)
    shown = FD_SHOWN[w].format(title=p.title)

    def heading(v: str) -> str:
        return {"gantt": f"<p><strong>{esc(v)}</strong></p>", "thune": f"<b>{esc(v)}</b>"}.get(w, f"<h3>{esc(v)}</h3>")

    def para(v: str, k: int) -> str:
        return esc(v) if w == "thune" else f"<p>{esc(v)}</p>"

    def quote(v: str) -> str:
        return f'<span style="margin-left: 2em;"><i>{esc(v)}</i></span>' if w == "thune" else f"<blockquote><p>{esc(v)}</p></blockquote>"

    def listing(ordered: bool, items: list[str]) -> str:
        tag = "ol" if ordered else "ul"
        return f"<{tag}>" + "".join(f"<li>{esc(i)}</li>" for i in items) + f"</{tag}>"

    pieces = shown_pieces(p, heading, para, quote, listing)
    if w == "sandvik":
        kind, mk = pieces[0]
        pieces[0] = (kind, mk.replace("<p>", f"<p><strong>{FD_DATELINE}</strong> -- ", 1))
        p.clutter.append(f"{FD_DATELINE} --")
    n_essay = len(pieces)
    ad = '<div class="ad-inline"><span class="ad-label">Advertisement</span><div class="ad-slot" id="ad-inline"></div></div>'
    slot_in(pieces, spot(n_essay, rng, 3, 4), ("block", ad))
    if w == "ullrich":
        others = [t for t in SITE_TITLES[site] if t != p.title]
        picks = random.Random(f"set42:{SEED}:fidra:related:{p.title}").sample(others, 1)
        picks.append(FD_MORE_RELATED[number(site, "rel", p.title, mod=len(FD_MORE_RELATED))])
        for j, t in enumerate(picks):
            line = f'<p><strong>RELATED:</strong> <a href="{FD_HOST}/{path}/{slug(t)}">{esc(t)}</a></p>'
            slot_in(pieces, spot(len(pieces), rng, 1, 3) if j == 0 else spot(len(pieces), rng, 5, 9), ("block", line))
            p.clutter.append(t)
        p.clutter.append("RELATED:")
    if w == "thune":
        body, run = [], []
        for kind, mk in pieces:
            if kind in ("list", "block"):
                if run:
                    body.append("<p>" + "<br /><br />".join(run) + "</p>")
                    run = []
                body.append(mk)
            elif kind == "heading":
                run.append(mk + "<br />" + "\u200b")
            else:
                if run and run[-1].endswith("\u200b"):
                    run[-1] = run[-1][:-1] + mk
                else:
                    run.append(mk)
        if run:
            body.append("<p>" + "<br /><br />".join(run) + "</p>")
        content = [b.replace("\u200b", "") for b in body]
    else:
        content = [mk for _, mk in pieces]
    end: list[str] = []
    if p.cut is not None:
        p.claimed_pages = 2
        end.append(f'<div class="pager"><span class="pager-current">Page 1 of 2</span> <a href="{FD_HOST}/{path}/{slug(p.title)}">1</a> '
                   f'<a href="{FD_HOST}/{path}/{slug(p.title)}?page=1">2</a> <a href="{FD_HOST}/{path}/{slug(p.title)}?page=1">Next page &raquo;</a></div>')
        p.clutter += ["Page 1 of 2", "Next page \u00bb"]
    elif p.refs:
        head = "<p><strong>Sources</strong></p>" if w in ("gantt", "thune") else "<h3>Sources</h3>"
        end.append(head + "<ul>" + "".join(f"<li>{mk}</li>" for _, mk in p.refs) + "</ul>")
        p.clutter.append("Sources")
    if w == "gantt":
        items = random.Random(f"set42:{SEED}:fidra:go:{p.title}").sample(FD_GO, 3)
        end.append("<p><strong>If you go</strong></p><ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>")
        p.clutter += ["If you go", *items]
    if w in FD_SIGNOFF:
        end.append(f"<p><em>{esc(FD_SIGNOFF[w])}</em></p>")
        p.clutter.append(FD_SIGNOFF[w])
    photo = ""
    turn = rank(site, "photo", 8, p.index)
    if turn is not None:
        caption, credit = FD_PHOTOS[turn]
        shots = 6 + number(site, "shots", p.title, mod=9)
        photo = (f'<div class="article-image"><img src="{FD_HOST}/images/blog/EXID{number(site, "img", p.title, mod=90000, base=10000)}/images/{slug(p.card["x"])[:20]}.jpg" '
                 f'width="300" height="200" alt="" /><div class="caption">{esc(caption)}</div><div class="credit">Credit: {esc(credit)}</div>'
                 f'<a class="slideshow-link" href="{FD_HOST}/slideshow/{slug(p.title)}">View slideshow: {esc(p.title)} ({shots} photos)</a></div>\n')
        p.clutter += [caption, f"Credit: {credit}", f"View slideshow: {p.title} ({shots} photos)"]
    topics = ["skiing", "ski history", p.topic.lower(), city.lower()]
    others = [t for t in SITE_TITLES[site] if t != p.title]
    suggested = random.Random(f"set42:{SEED}:fidra:sugg:{p.title}").sample(others, 2)
    mine = [t for t in SITE_TITLES[site] if t != p.title and fd_writer(t) == w][:3]
    more = "".join(f'<li><a href="{fd_url(t)}">{esc(FD_SHOWN[w].format(title=t))}</a><p>{esc(teaser(t, 18))}...</p></li>' for t in mine)
    k = number(site, "ncom", p.title, mod=4)
    chosen = random.Random(f"set42:{SEED}:fidra:com:{p.title}").sample(FD_COMMENTS, k)
    comments = []
    for j, (who, text) in enumerate(chosen):
        at = when + timedelta(hours=5 + 20 * j + number(site, "ct", p.title, j, mod=9))
        comments.append(f'<div class="comment"><span class="comment-author">{esc(who)}</span> <span class="comment-date">{fd_date(at)}</span>'
                        f'<p>{esc(text)}</p><a class="flag" href="#">Flag</a></div>')
        p.clutter += [text, who]
    none_yet = "<p>No comments yet. Start the conversation.</p>"
    main = (f'<div class="article">\n<h1 class="article-title">{esc(shown)}</h1>\n'
            f'<div class="byline"><img class="author-pic" src="{FD_HOST}/images/authors/{w}.jpg" alt="" /> '
            f'<a class="author" href="{FD_HOST}/{path}">{esc(name)}</a>, <span class="examiner-title">{esc(etitle)}</span><br />'
            f'<span class="date">{fd_stamp(when, tz)}</span> <a class="subscribe" href="{FD_HOST}/subscribe/{path}">Subscribe</a> '
            f'<a class="alerts" href="{FD_HOST}/alerts/{path}">Email alerts</a></div>\n'
            '<div class="share-bar"><a href="#">Like</a> <a href="#">Tweet</a> <a href="#">Email</a> <a href="#">Print</a> <a href="#">Share</a></div>\n'
            f'{photo}<div class="article-content">\n' + "\n".join(content + end) + "\n</div>\n"
            '<div class="topics">Topics in this article: ' + ", ".join(f'<a href="{FD_HOST}/topic/{slug(t)}">{esc(t)}</a>' for t in topics) + "</div>\n"
            '<div class="suggested">Suggested by the author:<ul>' + "".join(f'<li><a href="{fd_url(t)}">{esc(t)}</a></li>' for t in suggested) + "</ul></div>\n"
            f'<div class="about-author"><h3>About this Examiner</h3><p>{esc(bio)}</p><a href="{FD_HOST}/contact/{path}">Contact {esc(name)}</a></div>\n'
            f'<div class="more-from"><h3>More from this Examiner</h3><ul>{more}</ul></div>\n'
            f'<div class="comments"><h3>Comments ({len(comments)})</h3>' + ("".join(comments) or none_yet) +
            '<div class="add-comment"><h4>Add a comment</h4><textarea rows="4" cols="50"></textarea><input type="submit" value="Send" /></div></div>\n</div>')
    p.clutter += FD_FRAME + [name, etitle, fd_stamp(when, tz), bio, f"Contact {name}", "More from this Examiner",
                             f"Comments ({len(comments)})", *suggested, *[FD_SHOWN[w].format(title=t) for t in mine],
                             *[teaser(t, 18) + "..." for t in mine], *FD_POPULAR, *FD_SLIDES, city, shown if shown != p.title else ""]
    if not comments:
        p.clutter.append("No comments yet. Start the conversation.")
    crumbs = (f'<a href="{FD_HOST}/{slug(city)}">{esc(city)}</a> &rsaquo; <a href="{FD_HOST}/sports">Sports</a> &rsaquo; '
              f'<a href="{FD_HOST}/skiing">Skiing</a>')
    return fd_page(f"{shown} - {city} skiing | Examiner.com", city, crumbs, main, fd_url(p.title))


def fidra_index(ix: IndexPage) -> str:
    """No essay: the skiing channel's list of recent articles, or a photo slideshow."""
    crumbs = f'<a href="{FD_HOST}/sports">Sports</a> &rsaquo; <a href="{FD_HOST}/skiing">Skiing</a>'
    if ix.kind == "channel":
        cards = []
        for n, t in reversed([(n, t) for n, t in zip(ESSAY_PAGES["fidra"], ix.site_titles) if n <= ix.index + 4][-8:]):
            w = fd_writer(t)
            name, city, etitle, path, tz, _ = FD_EXAMINERS[w]
            cards.append(f'<div class="teaser"><h2><a href="{fd_url(t)}">{esc(FD_SHOWN[w].format(title=t))}</a></h2>'
                         f'<div class="byline">{esc(name)}, {esc(etitle)} | {fd_date(fd_when(n, tz))}</div>'
                         f'<p>{esc(teaser(t, 24))}... <a href="{fd_url(t)}">Read more</a></p></div>')
        main = ('<div class="channel"><h1>Skiing</h1><p class="intro">Ski news, travel and history from Examiners across the country.</p>\n'
                + "\n".join(cards) + "\n</div>")
        return fd_page("Skiing news and history | Examiner.com", "Denver", crumbs, main, f"{FD_HOST}/skiing")
    captions = ["A 1930s poster for a Swiss resort, all sun and blue sky.", "Rail companies sold ski trips with bold, simple posters.",
                "An Austrian poster from the years of the Arlberg school.", "Colorado's first resort posters borrowed the European look.",
                "A Norwegian poster for the Holmenkollen festival.", "Post-war posters sold skiing as a family holiday.",
                "A French poster from the 1950s, printed by lithograph.", "Posters now sell for thousands at auction."]
    slides = "".join(f'<li class="slide"><div class="slide-count">Photo {j + 1} of {len(captions)}</div><img src="{FD_HOST}/images/slides/posters-{j + 1}.jpg" alt="" />'
                     f'<p class="slide-caption">{esc(c)}</p></li>' for j, c in enumerate(captions))
    main = ('<div class="slideshow"><h1>Slideshow: Vintage ski posters from the golden age</h1>\n'
            '<div class="byline">Brooke Sandvik, Denver Ski History Examiner</div>\n<a class="start" href="#">Start slideshow</a> '
            f'<a class="next" href="#">Next photo &raquo;</a>\n<ul class="slides">{slides}</ul></div>')
    return fd_page("Slideshow: Vintage ski posters from the golden age | Examiner.com", "Denver", crumbs, main, f"{FD_HOST}/slideshow/vintage-ski-posters")


# ---- 4. handa: kite history on Nostr, read through Habla, 2023 ----------------------------------------------------

HD_HOST = "https://habla.news"
KITE = "\U0001FA81"
# writer: (display name, nip-05, about, title form, count form, markup, summary form, references heading)
HD_WRITERS = {
    "nilufar": ("Nilufar", "nilufar@kiteline.space", "Kite maker and flyer. Tashkent-born, Rotterdam-based. Bamboo, paper, wind.",
                KITE + " {title}", None, "h2", "Notes on {x}, with a few detours.", "Sources"),
    "pim": ("Pim Oosterhuis", "pim@windlijn.nl", "Retired physics teacher. Flies big kites on small beaches.",
            "{title}", "tldr", "rule", "An unhurried look at {x}, beyond the usual story.", "Reading pile"),
    "iara": ("Iara Lemos", "iara@pipa.social", "Writing a kite history one post at a time. Pipa, papagaio, cafifa.",
             "Kite History #{k}: {title}", "end", "h1", "Part {k} of my kite history series: {x}.", "Go deeper"),
    "rangi": ("Rangi", "rangi@manu.kites", "Kites, weaving, old photographs. Aotearoa.",
              "{title} (long read)", None, "h3", "Long read on {x}. Put the kettle on.", "Books & links"),
}
HD_GREETING = f"GM kite people {KITE}"
HD_SIGNOFF = "PV \U0001F919 Nilufar"
HD_CUT = ("\u270f\ufe0f Edited {day}: I have taken the second half down while I check some dates and names. "
          "It will be back soon.")
HD_NAV = ["Home", "Search", "Write", "Log in"]
HD_REPLIERS = [("Sindre", "This is great, saving it for the club bulletin."),
               ("kitebeach", "Love this. Those early days were all new to me."),
               ("Ottar", "Any source for those dates? Asking because I want to cite it."),
               ("wind_and_string", "Zapped. We need more posts of this kind."),
               ("Jarek", "Bookmarked for the long train ride tomorrow.")]
HD_FOOT = ["Habla \u00b7 long-form writing on Nostr", "About", "Source code", "Relays", "Terms", "Open in another client:"]
HD_FRAME = [*HD_NAV, *HD_FOOT, "Zap", "Repost", "Bookmark", "Share", "Highlight", "Replies", "Reply", "4 relays", "#kites", "#history"]


def hd_writer(title: str) -> str:
    return deal("handa", title, list(HD_WRITERS))


def hd_when(index: int) -> datetime:
    d = date(2023, 1, 6) + timedelta(days=19 * index + number("handa", "day", index, mod=5))
    return datetime(d.year, d.month, d.day, 7 + number("handa", "h", index, mod=15), number("handa", "m", index, mod=60))


def hd_day(d: datetime) -> str:
    return f"{d.strftime('%b')} {d.day}, {d.year}"


def bech(*parts, n: int) -> str:
    alphabet = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    raw = hashlib.sha512("|".join(map(str, parts)).encode()).digest()
    return "".join(alphabet[b % 32] for b in raw[:n])


def hd_npub(handle: str) -> str:
    return "npub1" + bech("npub", handle, n=58)


def hd_series(title: str) -> int:
    mine = [t for t in SITE_TITLES["handa"] if hd_writer(t) == "iara"]
    return 7 + mine.index(title) if title in mine else 7


def hd_title(title: str) -> str:
    return HD_WRITERS[hd_writer(title)][3].format(title=title, k=hd_series(title))


def hd_summary(title: str) -> str:
    return HD_WRITERS[hd_writer(title)][6].format(x=ESSAYS_BY_TITLE[title]["card"]["x"], k=hd_series(title))


def hd_page(head: str, description: str, main: str, naddr: str | None) -> str:
    nav = "".join(f'<a class="nav-link" href="{HD_HOST}/{slug(n)}">{n}</a>' for n in HD_NAV)
    client = (f'<p class="open-in">Open in another client: <code>nostr:{naddr}</code></p>' if naddr else "")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(head)}</title>
<meta name="description" content="{attr(description)}" />
<meta property="og:site_name" content="Habla" />
<link rel="stylesheet" href="/_next/static/css/app.css" />
<script src="/_next/static/chunks/main.js" defer></script>
</head>
<body>
<div id="__next"><div class="chakra-container">
<header class="header"><a class="logo" href="{HD_HOST}/">habla</a><nav>{nav}</nav><span class="relays" title="Connected relays">4 relays</span></header>
<main>
{main}
</main>
<footer class="footer"><p>{HD_FOOT[0]}</p><p><a href="{HD_HOST}/about">About</a> \u00b7 <a href="https://github.com/verbiricha/habla.news">Source code</a> \u00b7 <a href="{HD_HOST}/relays">Relays</a> \u00b7 <a href="{HD_HOST}/terms">Terms</a></p>
{client}</footer>
</div></div>
</body>
</html>
"""


def handa(p: Page) -> str:
    rng = p.rng
    site = "handa"
    backdate(p, LATEST_STUDY[site])
    h = hd_writer(p.title)
    display, nip05, about, _, count_form, style, _, refhead = HD_WRITERS[h]
    when = hd_when(p.index)
    shown = hd_title(p.title)
    summary = hd_summary(p.title)
    minutes = max(1, math.ceil(p.words / 230))

    def heading(v: str) -> str:
        if style == "rule":
            return f"<hr />\n<p><strong>{esc(v)}</strong></p>"
        return f"<{style}>{esc(v)}</{style}>"

    def listing(ordered: bool, items: list[str]) -> str:
        tag = "ol" if ordered else "ul"
        return f"<{tag}>\n" + "\n".join(f"<li>{esc(i)}</li>" for i in items) + f"\n</{tag}>"

    pieces = shown_pieces(p, heading, lambda v, k: f"<p>{esc(v)}</p>", lambda v: f"<blockquote>\n<p>{esc(v)}</p>\n</blockquote>", listing)
    if h == "rangi" or gets(site, "figure", 3, p.index, [n for n in ESSAY_PAGES[site] if hd_writer(SITE_TITLES[site][ESSAY_PAGES[site].index(n)]) != "rangi"]):
        caption = f"{cap(p.card['x'])}, as an old engraving shows it. Scan: mine." if number(site, "cap", p.title, mod=2) else \
            f"Found this picture of {p.card['x']} in a library archive years ago."
        slot_in(pieces, rng.randint(2, max(2, len(pieces) - 1)),
                ("block", f'<figure><img src="https://image.nostr.build/{digest(site, "fig", p.title, n=32)}.jpg" alt="" />'
                          f"<figcaption>{esc(caption)}</figcaption></figure>"))
        p.clutter.append(caption)
    body = [mk for _, mk in pieces]
    top: list[str] = []
    end: list[str] = []
    if h == "nilufar":
        top.append(f"<p>{esc(HD_GREETING)}</p>")
        p.clutter.append(HD_GREETING)
    if count_form == "tldr":
        line = f"TL;DR (the full post is {p.words} words): {cap(p.card['thesis'])}."
        top.append(f"<p><strong>TL;DR</strong> (the full post is {p.words} words): {esc(cap(p.card['thesis']))}.</p>")
        p.clutter.append(line)
    if h == "iara":
        k = hd_series(p.title)
        label = f"Kite History, part {k}."
        top.append(f'<p><em>{label}</em> <a href="#">\u2190 Part {k - 1}</a> \u00b7 <a href="#">Part {k + 1} \u2192</a></p>')
        p.clutter += [label, f"\u2190 Part {k - 1}", f"Part {k + 1} \u2192"]
    if p.cut is not None:
        day = when + timedelta(days=2 + number(site, "ed", p.title, mod=5))
        note = HD_CUT.format(day=f"{day.strftime('%b')} {day.day}")
        end.append(f"<p><em>{esc(note)}</em></p>")
        p.clutter.append(note)
    elif p.refs:
        end.append(heading(refhead).replace("<hr />\n", "") + "\n<ul>\n" + "\n".join(f"<li>{mk}</li>" for _, mk in p.refs) + "\n</ul>")
        p.clutter.append(refhead)
    if count_form == "end":
        line = f"Length: {p.words} words \u00b7 about {minutes} minutes at a relaxed pace"
        end.append(f"<p><small>{esc(line)}</small></p>")
        p.clutter.append(line)
    if count_form:
        p.claimed_words = p.words
    if h == "nilufar":
        end.append(f"<p>{esc(HD_SIGNOFF)}</p>")
        p.clutter.append(HD_SIGNOFF)
    if h == "rangi":
        tags = f"#kites #kitehistory #history #grownostr #{slug(p.topic)}"
        end.append(f"<p>{tags}</p>")
        p.clutter.append(tags)
    cover = ""
    if gets(site, "cover", 10, p.index):
        cover = f'<img class="cover" src="https://image.nostr.build/{digest(site, "cover", p.title, n=32)}.jpg" alt="" />\n'
    sats = 300 + number(site, "sats", p.title, mod=9000)
    zaps = 3 + number(site, "zaps", p.title, mod=40)
    likes = 5 + number(site, "likes", p.title, mod=60)
    reposts = number(site, "reposts", p.title, mod=12)
    k = number(site, "nrep", p.title, mod=4)
    people = random.Random(f"set42:{SEED}:handa:rep:{p.title}").sample(HD_REPLIERS, k)
    replies = []
    for j, (who, text) in enumerate(people):
        at = when + timedelta(hours=3 + 11 * j + number(site, "rt", p.title, j, mod=8))
        zap = 21 * (1 + number(site, "rz", p.title, j, mod=50))
        replies.append(f'<div class="reply"><div class="reply-head"><a href="{HD_HOST}/p/{hd_npub(who)}">{esc(who)}</a> '
                       f'<time>{hd_day(at)}</time></div><p>{esc(text)}</p><div class="reply-actions"><a href="#">Reply</a> '
                       f"\u00b7 \u26a1 {zap} \u00b7 \U0001F919</div></div>")
        p.clutter += [text, who, f"\u26a1 {zap}"]
    if gets(site, "zapreply", 5, p.index):
        zap = fmt_int(1000 + 100 * number(site, "bigzap", p.title, mod=40))
        replies.append(f'<div class="reply zap"><div class="reply-head"><a href="#">wind_and_string</a> <time>{hd_day(when + timedelta(days=1))}</time></div>'
                       f"<p>\u26a1 Zapped {zap} sats</p></div>")
        p.clutter.append(f"\u26a1 Zapped {zap} sats")
    highlight = ""
    if gets(site, "highlight", 5, p.index):
        paras = [v for kind, v in p.visible() if kind == "paragraph" and not v.rstrip().endswith(":")]
        said = first_sentence(paras[min(len(paras) - 1, 1 + number(site, "hp", p.title, mod=3))])
        who = ["kitebeach", "Ottar", "Jarek"][number(site, "hw", p.title, mod=3)]
        highlight = (f'<aside class="highlights"><h4>Highlights (1)</h4><blockquote>{esc(said)}</blockquote>'
                     f'<p class="by">highlighted by {who} \u00b7 {hd_day(when + timedelta(days=3))}</p></aside>\n')
        p.clutter += [f"highlighted by {who}", "Highlights (1)"]
    others = [t for t in SITE_TITLES[site] if t != p.title]
    mine = [t for t in others if hd_writer(t) == h][:2] + random.Random(f"set42:{SEED}:handa:more:{p.title}").sample(
        [t for t in others if hd_writer(t) != h], 1)
    more = "".join(f'<li><a href="{HD_HOST}/a/{slug(t)}">{esc(hd_title(t))}</a><p>{esc(hd_summary(t))}</p></li>' for t in mine)
    naddr = "naddr1" + bech("naddr", p.title, n=62)
    main = (f'<article class="article">\n{cover}<h1 class="article-title">{esc(shown)}</h1>\n<p class="summary">{esc(summary)}</p>\n'
            f'<div class="byline"><img class="avatar" src="https://image.nostr.build/av-{h}.jpg" alt="" /> <a href="{HD_HOST}/{nip05}">{esc(display)}</a> '
            f'<span class="nip05">{nip05}</span> \u00b7 <time>{hd_day(when)}</time> \u00b7 <span>{minutes} min read</span></div>\n'
            f'<div class="reactions"><span>\u26a1 {fmt_int(sats)} sats</span> \u00b7 <span>{zaps} zaps</span> \u00b7 <span>\U0001F919 {likes}</span> '
            f'\u00b7 <span>\U0001F501 {reposts}</span> \u00b7 <span>\U0001F4AC {len(replies)}</span></div>\n'
            f'<div class="article-body prose">\n' + "\n".join(top + body + end) + "\n</div>\n"
            f'<div class="tags"><a href="{HD_HOST}/t/kites">#kites</a> <a href="{HD_HOST}/t/history">#history</a> '
            f'<a href="{HD_HOST}/t/{slug(p.topic)}">#{slug(p.topic)}</a></div>\n'
            '<div class="actions"><button>Zap</button> <button>Repost</button> <button>Bookmark</button> <button>Share</button> <button>Highlight</button></div>\n'
            f'{highlight}<section class="replies"><h3>Replies</h3>\n' + "\n".join(replies) + "\n</section>\n"
            f'<section class="more-by"><h3>More by {esc(display)}</h3><ul>{more}</ul></section>\n</article>')
    p.clutter += HD_FRAME + [display, nip05, summary, f"{minutes} min read", f"#{slug(p.topic)}", hd_day(when), f"\u26a1 {fmt_int(sats)} sats",
                             f"{zaps} zaps", f"More by {display}", *[hd_title(t) for t in mine], *[hd_summary(t) for t in mine],
                             f"nostr:{naddr}", shown if shown != p.title else ""]
    return hd_page(f"{shown} | Habla", summary, main, naddr)


def handa_index(ix: IndexPage) -> str:
    """No essay: one writer's profile with her article list, or the #kites feed of short notes."""
    if ix.kind == "profile":
        h = "iara"
        display, nip05, about = HD_WRITERS[h][:3]
        cards = []
        for n, t in reversed([(n, t) for n, t in zip(ESSAY_PAGES["handa"], ix.site_titles) if hd_writer(t) == h]):
            cards.append(f'<li class="article-card"><a href="{HD_HOST}/a/{slug(t)}"><h2>{esc(hd_title(t))}</h2></a>'
                         f'<p>{esc(hd_summary(t))}</p><p class="meta">{hd_day(hd_when(n))} \u00b7 \u26a1 {fmt_int(300 + number("handa", "sats", t, mod=9000))} sats</p></li>')
        main = (f'<section class="profile"><img class="avatar" src="https://image.nostr.build/av-{h}.jpg" alt="" /><h1>{esc(display)}</h1>'
                f'<p class="nip05">{nip05}</p><p class="about">{esc(about)}</p><p class="npub">{hd_npub(h)}</p>'
                '<p>842 followers \u00b7 311 following</p><button>Follow</button> <button>Zap</button></section>\n'
                '<nav class="tabs"><a class="active">Articles</a> <a>Notes</a> <a>Highlights</a> <a>Zaps</a></nav>\n'
                '<ul class="article-list">\n' + "\n".join(cards) + "\n</ul>")
        return hd_page(f"{display} | Habla", about, main, None)
    notes = [("kitebeach", "Wind finally came back this afternoon. Three hours on the dunes and my arms are done."),
             ("Nilufar", f"New bamboo spars drying in the hallway. The cat is not impressed {KITE}"),
             ("Jarek", "Anyone flying at the festival in Fano this year? Looking for people to share a car."),
             ("Pim Oosterhuis", "Reminder that kite line and power lines do not mix. Stay safe out there."),
             ("Rangi", "Spent the morning in a museum store with a very old kite. Post coming soon."),
             ("Sindre", "Sled kite for beginners: cheap, simple, flies in almost anything. Happy to share plans."),
             ("Iara Lemos", "Next part of the series is nearly done. Grateful for every zap on the last one!")]
    items = "".join(f'<div class="note"><div class="note-head"><a href="{HD_HOST}/p/{hd_npub(who)}">{esc(who)}</a> '
                    f"<time>{hd_day(hd_when(ix.index) - timedelta(hours=9 * j))}</time></div><p>{esc(text)}</p>"
                    f'<div class="note-actions">\U0001F919 {3 + j * 2} \u00b7 \u26a1 {21 * (j + 1)}</div></div>' for j, (who, text) in enumerate(notes))
    main = ('<section class="tag-feed"><h1>#kites</h1><p>Notes and articles tagged #kites from the relays you follow.</p>\n'
            '<nav class="tabs"><a class="active">Notes</a> <a>Articles</a></nav>\n' + items + "\n</section>")
    return hd_page("#kites | Habla", "Notes tagged #kites", main, None)


# ------------------------------------------------------------------------------------------------------- assembly

SITES = {  # host -> (essay page writer, page writer without an essay, kinds of those, cut pages, pages with references)
    "hilbre": (hilbre, hilbre_index, ["home", "book"], 3, 4),        # cut: "still waiting to be typed in"
    "mersea": (mersea, mersea_index, ["home", "index"], 3, 3),       # cut: "Part 2 comes as a separate post"
    "fidra": (fidra, fidra_index, ["channel", "slideshow"], 3, 3),   # cut: "Page 1 of 2"
    "handa": (handa, handa_index, ["profile", "tag"], 3, 3),         # cut: "taken the second half down"
}
ENCODING = {"hilbre": "latin-1", "mersea": "latin-1"}  # the homepage declares nothing; the eGroups archive says ISO-8859-1


def save(path: Path, text: str) -> None:
    path.write_bytes(text.encode(ENCODING.get(path.parent.name, "utf-8"), "xmlcharrefreplace"))


def units_of(essay: dict) -> set[str]:
    """Normalised blocks and list items over five words, headings left out."""
    units = {norm(block_text(b)) for b in essay["blocks"] if b[0] != "heading" and len(block_text(b).split()) > 5}
    return units | {norm(i) for k, v in essay["blocks"] if k == "list" for i in v[1] if len(i.split()) > 5}


def choose_essays(cards: list[dict], seed: int) -> dict[str, list[dict]]:
    """Per host: shuffle cards (seeded), then drop drafts overlapping anything kept."""
    kept: list[tuple[dict, set[str], str]] = []
    chosen: dict[str, list[dict]] = {}
    for name, (_, _, kinds, _, _) in SITES.items():
        need = PAGES_PER_SITE - len(kinds)
        mine = [c for c in cards if c["host"] == name]
        random.Random(f"set42:{seed}:{name}:cards").shuffle(mine)
        chosen[name] = []
        for card in mine:
            if len(chosen[name]) == need:
                break
            essay = make_essay(card, seed)
            units = units_of(essay)
            text = norm(" ".join(block_text(b) for b in essay["blocks"]))
            if any(u in other for u in units for _, _, other in kept) or any(u in text for _, theirs, _ in kept for u in theirs):
                continue
            kept.append((essay, units, text))
            chosen[name].append(essay)
        if len(chosen[name]) < need:
            raise SystemExit(f"{name}: {len(chosen[name])} essays usable, {need} wanted")
    return chosen


def index_pages(name: str, kinds: list[str]) -> dict[int, str]:
    """The page numbers, 2 to 17, that carry no essay (seeded)."""
    spots = sorted(random.Random(f"set42:{SEED}:{name}:noessay").sample(range(2, PAGES_PER_SITE), len(kinds)))
    return dict(zip(spots, kinds))


def write_folders(outdir: Path, seed: int, chosen: dict[str, list[dict]]) -> list[str]:
    """Writes pages plus truths for all hosts; returns rows for SOURCES.tsv."""
    rows = []
    for name, (writer, lister, kinds, cuts, cited) in SITES.items():
        site_rng = random.Random(f"set42:{seed}:{name}")
        indexes = index_pages(name, kinds)
        ESSAY_PAGES[name] = [n for n in range(1, PAGES_PER_SITE + 1) if n not in indexes]
        mine = chosen[name]
        titles = [e["title"] for e in mine]
        SITE_TITLES[name] = titles
        order = list(range(len(mine)))
        site_rng.shuffle(order)
        cut_set, cited_set = set(order[:cuts]), set(order[cuts:cuts + cited])
        CUT_PAGES[name] = {ESSAY_PAGES[name][k] for k in cut_set}
        folder = outdir / name
        (folder / "truth").mkdir(parents=True, exist_ok=True)
        k = 0
        for n in range(1, PAGES_PER_SITE + 1):
            page_rng = random.Random(f"set42:{seed}:{name}:{n}")
            if n in indexes:
                ix = IndexPage(name, n, titles, page_rng, indexes[n])
                save(folder / f"page-{n:02d}.html", lister(ix))
                (folder / "truth" / f"page-{n:02d}.md").write_text(ix.truth(), "utf-8")
                rows.append(f"{name}\tpage-{n:02d}\t-\t0\t(no essay: {indexes[n]} page)")
                continue
            essay = mine[k]
            page = Page(essay, page_rng, n, titles, name)
            if k in cut_set:
                page.cut = max(3, round(len(page.blocks) * page_rng.uniform(0.38, 0.58)))
                while page.cut > 3 and (page.blocks[page.cut - 1][0] == "heading" or
                                        block_text(page.blocks[page.cut - 1]).rstrip().endswith(":")):
                    page.cut -= 1
            if k in cited_set:
                page.refs = g.works_cited(page_rng, page_rng.randint(3, 6))
            k += 1
            save(folder / f"page-{n:02d}.html", writer(page))
            (folder / "truth" / f"page-{n:02d}.md").write_text(page.truth(), "utf-8")
            rows.append(f"{name}\tpage-{n:02d}\t{essay['id']}\t{essay['words']}\t{essay['title']}")
    return rows


def main() -> None:
    global SEED
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--seed", type=int, default=2042)
    args = ap.parse_args()
    SEED = args.seed
    cards = parse_cards()
    chosen = choose_essays(cards, args.seed)
    ESSAYS_BY_TITLE.clear()
    ESSAYS_BY_TITLE.update({e["title"]: e for essays in chosen.values() for e in essays})
    rows = write_folders(args.outdir, args.seed, chosen)
    header = "site\tpage\ttopic_card\tessay_words\tessay_title"
    (args.outdir / "SOURCES.tsv").write_text("\n".join([header, *rows]) + "\n", "utf-8")
    need = sum(len(v) for v in chosen.values())
    print(f"{len(SITES)} hosts x {PAGES_PER_SITE} pages into {args.outdir}: {need} essays from {len(cards)} cards, "
          f"{len(SITES) * PAGES_PER_SITE - need} pages with none")


if __name__ == "__main__":
    main()
