"""Held-out site set 41 for issue 13 (site learning): four made-up hosts, eighteen pages apiece, spread over
four decades of school, club and hobby writing on the web. Composed blind to the extractor's code. Essays
get stitched together below from per-subject index cards and lists of sentence templates.

    /work/main/.venv/bin/python heldout/sites41/generate.py OUTDIR [--seed 2041]

Writes OUTDIR/<host>/page-NN.html, each with OUTDIR/<host>/truth/page-NN.md (bench/scoring.py's truth
syntax), plus OUTDIR/SOURCES.tsv beside the host folders. Each host has a pair of pages holding nothing
essay-like, and their truth files say so (no_essay: true). Same seed, same bytes.

Hosts:
  achill   1998. A ThinkQuest 98 team's site on diving history, four teenagers from four countries, each
           with a house style: a title drawn as a GIF (ALT text only), a whole essay indented with BLOCKQUOTE,
           PageMill pages still called "Untitled Document", an essay e-mailed in as plain text and pasted into
           PRE with hard line breaks; "Did you know?" tables and quiz questions inside the text, essays split
           over two pages for modem users
  oronsay  2003. A curling club's Discus board: a topic's messages all sit on one page, marked up alike, so
           an essay sits among its replies; sometimes a question opens a thread, with an essay as reply,
           titled only in its own opening line; some essays arrive in two consecutive posts; ISO-8859-1
  sherkin  2010. An eighth-grade class on Class Blogmeister writing the history of a game: MLA heading blocks and
           a repeated title inside the article, text pasted from Word with fake bullets, the teacher's red notes
           inside the text, halves held back until the teacher approves them
  gometra  2022. A natural-dye community on Hive, read through hive.blog: greetings and sign-offs, weekly prompt
           banners, cover photos with captions, text-justify divs and h1 headings inside the post, front-end
           footers, payouts, reblogs and badge-bot comments

Borrowed unchanged from sets 1-3: truth writing, invented reference lists, escaping, thousands separators,
insertion points, plurals.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import importlib.util
import random
import re
import textwrap
from datetime import date, datetime, timedelta
from pathlib import Path


def _load(name: str, folder: str):
    """Import an earlier set's generate.py from its folder."""
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

# Cards, one per line, "|" between twelve fields: host | title | subject (section, topic or tag on its host) |
# x (noun phrase, singular) | people | setting | period (holds a three- or four-figure year) | strands (three,
# ";" between them) | thesis | rival (both continue a "that" clause) | fact one | fact two (each fact a lone
# sentence, its one full stop final).

ESSAY_CARDS = """
achill | The Bell That Breathed | Early Divers | Halley's diving bell | Edmond Halley, the astronomer, the workmen who went down with him and salvage crews copying his bell | the River Thames and the English coast | 1690 to 1720 | a heavy open-bottomed bell lowered on a rope; barrels of fresh air sent down to refill it; a leather cap with a pipe that let one man walk outside | Halley's bell mattered because it kept a team supplied with air, not because it went deep | Halley's bell was a scientist's toy of no practical value | Edmond Halley, better known for his comet, improved the diving bell in the 1690s. | Halley's bell was refilled with air from weighted barrels lowered from the surface.
achill | A Barrel in the River Oder | Early Divers | Klingert's diving machine | the Breslau mechanic Karl Heinrich Klingert, the crowd on the riverbank and engineers reading his pamphlet | the River Oder at Breslau | 1797 to 1830 | a metal helmet and jacket joined to leather trousers; an air cylinder carried on the body; a public test watched from the bank | Klingert's machine was an honest failure that pointed the way to later suits | Klingert's machine was a hoax that never worked | Karl Heinrich Klingert demonstrated his diving apparatus in the River Oder in 1797. | Klingert described his machine in a pamphlet so that others could build one.
achill | From Smoke to Sea | Helmets and Hoses | the Deane brothers' open helmet | the brothers Charles and John Deane, the engineer Augustus Siebe who built their helmets and the ship owners who hired them | the harbours and wreck sites of southern England | 1823 to 1840 | a helmet first meant for smoke-filled buildings; air pumped down a hose from a boat; a diver who could not bend over without flooding the helmet | the Deane helmet was a firefighting idea that happened to suit the sea | the Deane brothers set out to invent a diving helmet from the beginning | Charles Deane patented a smoke helmet for firefighters in 1823. | The Deane brothers adapted their smoke helmet for work on shipwrecks.
achill | The Closed Helmet | Helmets and Hoses | Siebe's standard diving dress | the engineer Augustus Siebe, the Royal Navy and the working divers of harbours and docks | a London workshop plus naval dockyards | 1837 to 1970 | a helmet bolted to a waterproof suit; lead boots and weights; a hand pump on the surface worked by a crew | standard dress survived thanks to reliability and easy repairs, never comfort | standard dress was replaced quickly once better gear appeared | Augustus Siebe was a German-born engineer who worked in London. | The firm of Siebe Gorman kept making standard diving dress for over a hundred years.
achill | Pearls from the Gulf | Holding Your Breath | pearl diving in Bahrain | the divers and pullers of the pearling boats, the boat captains and the pearl buyers ashore | the oyster beds off Bahrain in the Persian Gulf | 1850 to 1950 | dives on a single breath with a stone for weight; a puller on deck hauling the diver up; debts passed from one season to the next | the pearling trade rested on debt and on diving skill in equal measure | pearl diving made the divers rich | Bahrain's pearling season traditionally ran through the hot summer months. | Cultured pearls from Japan undercut the Gulf pearl trade in the 1930s.
achill | The Sea Women of Japan | Holding Your Breath | the ama diving tradition of Japan | the ama divers, their fishing villages and the tourists and photographers who came to watch them | the coasts of Japan around the Shima peninsula | 1900 to 1990 | dives without tanks to gather shellfish and seaweed; a whistling breath at the surface; rules limiting the season to protect the catch | the ama survived by managing their fishing grounds carefully, not by tradition alone | the ama were a picturesque leftover with no real economy | Most ama divers have been women. | Ama divers have traditionally worked without breathing equipment.
achill | A Box of Air on the Back | Modern Diving | the Aqualung | the naval officer Jacques-Yves Cousteau, the engineer Emile Gagnan and the first sport divers who bought the new gear | the rocky shore near Toulon | 1943 to 1960 | a valve giving air only when the diver breathed in; tanks carried on the back; films that showed the sea to cinema audiences | the Aqualung succeeded because a valve from a car engine met a film-maker's ambition | the Aqualung was a single man's invention | Jacques-Yves Cousteau and Emile Gagnan tested their demand regulator in 1943. | Emile Gagnan had worked on gas valves for car engines.
achill | Half a Mile Down in a Steel Ball | Going Deeper | the bathysphere | the naturalist William Beebe, the engineer Otis Barton and the deck hands on the winch | the sea off Bermuda | 1930 to 1934 | a hollow steel ball with thick quartz windows; a telephone wire up to the ship; descriptions of glowing fish read out as they were seen | the bathysphere was half radio show, half scientific instrument | the dives were purely scientific | William Beebe and Otis Barton descended to 3,028 feet in the bathysphere in 1934. | The bathysphere hung from a steel cable attached to a ship on the surface.
achill | The Regulator Before Its Time | Helmets and Hoses | the Rouquayrol-Denayrouze apparatus | the mining engineer Benoit Rouquayrol, the naval officer Auguste Denayrouze and the French navy divers who tried their gear | French mines and naval ports | 1860 to 1875 | a small air tank worn on the back; a valve that fed air as the diver breathed; a novel that made the gear famous | the Rouquayrol-Denayrouze apparatus came eighty years early and lacked only a tank strong enough to hold high pressure | the Aqualung owed nothing to earlier French designs | Benoit Rouquayrol and Auguste Denayrouze patented their diving apparatus in 1864. | Jules Verne fitted out the divers of his novel Twenty Thousand Leagues Under the Sea with the Rouquayrol-Denayrouze apparatus.
achill | The Oxygen Pack | Modern Diving | Fleuss's rebreather | the inventor Henry Fleuss, the mine rescue teams who used his apparatus and the navies that adapted it | English mines and naval workshops | 1878 to 1945 | a bag of oxygen breathed over and over; a chemical that removed the breathed-out carbon dioxide; rescue work in flooded tunnels and mines | the rebreather found its first real job on land, in mine rescue | the rebreather was designed for underwater warfare | Henry Fleuss built a closed-circuit oxygen rebreather in 1878. | Fleuss's apparatus recycled the diver's breath through a chemical that removed carbon dioxide.
achill | Riders on Slow Torpedoes | Modern Diving | the frogman's war | Italian navy frogmen, the British crews who copied them and the harbour sentries watching for them | Mediterranean harbours | 1940 to 1945 | small torpedoes ridden by two divers; oxygen sets that left no bubbles; attacks on ships at anchor | wartime frogmen showed that small teams could do great damage, and navies never forgot it | frogmen played a tiny part in the war | Italian frogmen riding slow-moving torpedoes damaged two British battleships at Alexandria in 1941. | British divers copied the Italian craft and named their copy the chariot.
achill | Gold from the Laurentic | Salvage | the Laurentic gold salvage | the Royal Navy salvage divers, their commander and Treasury men waiting for their gold | a wreck off Donegal | 1917 to 1924 | gold bars buried in a collapsing wreck; work limited to the calm summer months; explosives used to open the hull | the Laurentic salvage succeeded through seven years of patient, dangerous routine rather than one daring dive | the gold was recovered in a single bold operation | The liner Laurentic sank off Donegal in 1917 with gold aboard. | Navy divers recovered almost all of the Laurentic's gold by 1924.
achill | The Egypt and the Grab | Salvage | the Egypt gold salvage | the Italian salvage crew of the Artiglio, their company and newspapermen following every dive | deep Atlantic water west of Brittany | 1922 to 1935 | an observation chamber lowered to the wreck; a mechanical grab steered by telephone; newspaper reports that turned the work into a serial | the Egypt salvage proved that machines guided by divers could reach depths that divers could not | divers in suits went down and carried up the gold by hand | The liner Egypt sank off Brittany in 1922 carrying gold and silver. | Italian salvors working from the ship Artiglio recovered most of the Egypt's gold in the 1930s.
achill | Houses at the Bottom | Going Deeper | the Sealab programme | the navy doctor George Bond, the astronaut Scott Carpenter and the aquanauts who lived below | the sea off Bermuda and California | 1957 to 1969 | divers living for weeks under pressure; a steel house lowered to the bottom; a dolphin carrying tools and mail | saturation diving came from a single doctor's stubborn animal experiments | its last accident made Sealab a failure | Sealab II went down off La Jolla, California, in 1965. | The astronaut Scott Carpenter lived in Sealab II for about a month.
achill | Armour for the Deep | Going Deeper | the armoured diving suit | the engineer Joseph Peress, the diver Jim Jarrett and the offshore oil companies that later bought hard suits | British coasts and North Sea oilfields | 1930 to 1980 | a rigid suit keeping the diver at surface pressure; joints that had to bend without leaking; oil rigs needing work at great depths | hard suits waited forty years for an industry that needed them | armoured suits led nowhere | Joseph Peress built an armoured diving suit called Tritonia in the 1930s. | The JIM suit of the 1970s honoured the diver Jim Jarrett in its name.
achill | Divers of the Old World | Early Divers | diving in the ancient Mediterranean | the diver Scyllias of Scione, the historian Herodotus and the shell gatherers of the Greek islands | the Aegean Sea | 500 BC to AD 200 | breath-hold dives with a stone for weight; divers used in sea battles; early talk of air trapped in a kettle | ancient diving was a working trade that writers only noticed in wartime | ancient divers were only legends | Herodotus tells of a Greek diver named Scyllias who cut the anchor ropes of Persian ships. | Aristotle mentions a kettle that let divers breathe under water.
achill | Clubs, Cards and Certificates | Modern Diving | the sport diving club movement | the people who set up the British Sub-Aqua Club, the instructors of PADI and the holiday divers they trained | swimming pools, quarries and holiday coasts | 1953 to 1995 | training in swimming pools before the sea; certificate cards for each level; package holidays for divers | sport diving became safe enough for ordinary people because of paperwork and training, not new gear | better equipment alone made diving safe | The British Sub-Aqua Club dates from 1953. | PADI was founded in 1966 to train recreational divers.
achill | Pictures Through the Glass | Modern Diving | underwater photography | the French scientist Louis Boutan, his brother Auguste and the magazine photographers who followed | the Mediterranean coast at Banyuls | 1893 to 1960 | a camera sealed in a watertight box; long exposures in dim light; flash powder set off under water | underwater photography began as a scientist's record-keeping, not as art | the first underwater pictures were taken for magazines | Louis Boutan took some of the first underwater photographs in the 1890s. | Boutan's camera was sealed inside a watertight box.
oronsay | The Stone in the Pond | Old stones | the Stirling Stone | the unknown curler who carved a date into it, the people who found it and the Stirling museum that now holds it | a drained pond near Stirling | 1511 to 1900 | a rough boulder with a crude handle; a date carved into the stone; early stones without handles called loofies | the Stirling Stone proves that curling was settled enough to leave dated objects, not that it began in 1511 | the stone marks the moment curling was invented | The Stirling Stone is inscribed with the date 1511. | The Stirling Stone now sits in the Smith Art Gallery and Museum in Stirling.
oronsay | A Monk's Challenge at Paisley | Old stones | the Paisley record of 1541 | the monk John Sclater, Gavin Hamilton and the notary who wrote down their challenge | the ice near Paisley Abbey | 1541 to 1700 | a wager written down by a notary; stones thrown along the ice; a game shared by clergy and laymen | the earliest written record of curling shows a settled game with rules, not a new pastime | curling was a peasants' game that left no written traces | A notary's record from Paisley in 1541 describes a challenge of throwing stones along the ice. | The Paisley challenge was between a monk, John Sclater, and Gavin Hamilton.
oronsay | Rules by the Loch | Clubs | the Duddingston rulebook | the gentlemen of the Duddingston Curling Society, their secretary and the Edinburgh clubs that copied them | Duddingston Loch below Arthur's Seat | 1795 to 1840 | written rules for play; a society medal and dinners; members drawn from Edinburgh's lawyers and merchants | the Duddingston rules spread because they came with a dining club rather than on merit | every parish had always played by the same rules | The Duddingston Curling Society drew up written rules in 1804. | Duddingston Loch lies below Arthur's Seat in Edinburgh.
oronsay | A Queen on the Ballroom Floor | Clubs | how the Royal Caledonian Curling Club began | the founders who met in Edinburgh, the Earl of Mansfield and Queen Victoria | Edinburgh and Scone Palace | 1838 to 1850 | a national club to settle rules; a demonstration on a polished floor; local clubs joining as members | the royal name gave curling a national body that could settle arguments between parishes | the club was founded by the Queen | The Grand Caledonian Curling Club came into being in Edinburgh in 1838. | Queen Victoria watched curling stones played on the ballroom floor of Scone Palace in 1842.
oronsay | North Against South | Matches | the Grand Match | the curlers from north and south of the Forth, the club secretaries who arranged trains and the ice watchers who judged the loch | the Lake of Menteith and other frozen lochs | 1847 to 1979 | hundreds of rinks playing at once; special trains to the loch; years of waiting for ice thick enough | the Grand Match stayed alive as an idea by being so rarely possible | the Grand Match was a yearly fixture | The first Grand Match between north and south of the Forth was played in 1847. | The last outdoor Grand Match on the Lake of Menteith was played in 1979.
oronsay | Granite from the Rock | Old stones | the Ailsa Craig curling stone | the quarrymen on Ailsa Craig, the stone makers Kays of Mauchline and the curlers who paid for matched pairs | Ailsa Craig and Mauchline in Ayrshire | 1851 to 2002 | granite blasted on a small island; stones shaped and polished in Ayrshire; matched sets replacing odd boulders | the matched granite stone turned curling from a test of strength into a game of precision | curlers always used matched stones | Kays of Mauchline began making curling stones in 1851. | Most Olympic curling stones come from Ailsa Craig granite.
oronsay | Irons by the St Lawrence | Abroad | early curling in Canada | Scottish merchants in Montreal, soldiers of the garrison and the Quebec players who took up irons | Montreal and Quebec | 1807 to 1900 | irons said to be cast from melted cannon balls; river ice and then covered rinks; clubs for merchants and soldiers | Canadian curling grew from what emigrants could make with local materials, not by copying Scotland | Canadian curling was a straight copy of the Scottish game | The Royal Montreal Curling Club dates from 1807. | Early Quebec curlers played with irons rather than granite stones.
oronsay | A Tobacco Brand's Trophy | Matches | the Brier | the Macdonald Tobacco company, the provincial champions who met every year and the Canadian sports writers | Toronto and later cities across Canada | 1927 to 2000 | one rink from each province; a sponsor's name on the trophy; huge crowds in arenas | the Brier made curling a Canadian national sport by giving each province a team to follow | the Brier was always a popular spectacle | The first Brier was played in Toronto in 1927. | The Brier was named after a tobacco brand sold by its first sponsor.
oronsay | Medals Found Late | Matches | curling at the 1924 Winter Olympics | the British team, mostly from Scotland, the French organisers and Olympic historians | the open-air rinks at Chamonix | 1924 to 2006 | only three teams entering; play outdoors in the Alps; medals unrecognised for decades | the 1924 medals show how uncertain early Olympic curling was | the 1924 tournament was always counted as an Olympic event | Curling featured at Chamonix in 1924, the first Winter Olympics. | In 2006 the IOC confirmed that the 1924 curling medals were official.
oronsay | The Stone of Destiny | Matches | the 2002 Olympic gold | Rhona Martin's rink, the Swiss team in the final and the viewers who stayed up past midnight | the ice at Salt Lake City | 1998 to 2002 | a team that nearly missed qualifying; a last stone watched on television; a rush of beginners at Scottish rinks | the 2002 gold counted for more through the beginners it drew to rinks than through the medal itself | the gold was a one-off fluke | Rhona Martin's rink won Olympic gold for Great Britain at Salt Lake City in 2002. | Rhona Martin's last stone in the final was nicknamed the stone of destiny.
oronsay | Ice Under a Roof | Ice | indoor curling | the builders of Crossmyloof, the ice makers and the clubs that gave up their ponds | Glasgow and Scotland's other cities | 1907 to 1990 | artificial ice under a roof; fixed sessions booked by the hour; the slow end of outdoor play | indoor rinks saved curling as a winter sport in a warming country while costing the ponds their curlers | indoor ice ruined the spirit of the game | Crossmyloof ice rink in Glasgow opened in 1907. | Indoor ice let Scottish curlers play whatever the weather.
oronsay | Besoms to Brushes | Ice | the curling broom | the broom makers, the Canadian sweepers who made sweeping an art and firms selling synthetic heads | Scottish ponds and Canadian rinks | 1800 to 2000 | besoms of broom or heather; corn brooms that cracked loudly; synthetic push brooms | sweeping changed from clearing snow to steering the stone | sweeping has always been about speed | Early curlers swept the ice with besoms of broom or heather. | Synthetic push brooms replaced corn brooms at top level by the 1990s.
oronsay | From Crampit to Hack | Ice | the curler's foothold | the Scottish curlers who threw from iron plates, the Canadians who made the long slide and the committees writing rules | ponds, rinks and club rooms | 1800 to 1960 | an iron plate called a crampit; foot irons fixed in the ice; the long sliding delivery | the change from crampit to hack turned curling from a standing throw into an athletic slide | the delivery has hardly changed | Scottish curlers once threw from an iron plate called a crampit. | Canadian curlers made the long sliding delivery popular during the 1900s.
oronsay | Scotland Against Canada | Matches | the Scotch Cup | the whisky firm that sponsored it, Ernie Richardson's rink and the Scottish champions who lost | Falkirk, Edinburgh and Perth | 1959 to 1967 | a challenge series between two countries; Canadian skill at the sliding delivery; the seed of a world championship | the Scotch Cup proved that the Canadian game had overtaken the Scottish one | the Scotch Cup was an even contest | The Scotch Cup between Scotland and Canada was first played in 1959. | Ernie Richardson's Canadian rink won the first Scotch Cup.
oronsay | Holidays on Alpine Ice | Abroad | curling in the Swiss Alps | British visitors, the hoteliers of St Moritz and Davos and Swiss players joining in later | the resorts of the Swiss Alps | 1880 to 1939 | hotel rinks made by flooding courts; winter holidays for wealthy Britons; Swiss clubs forming later | Swiss curling began as a hotel amusement for British visitors and only later turned Swiss | curling came to Switzerland from Swiss farmers | British visitors were curling at St Moritz by the 1880s. | Alpine hotels made rinks by flooding their grounds in winter.
oronsay | Tarmac and Curling Houses | Ice | the club pond | club members who dug ponds, the farmers who lent fields and the curling houses where stones were kept | village ponds across Scotland | 1850 to 1970 | shallow ponds built to freeze quickly; small stone houses for the club's stones; nights of waiting for frost | village ponds kept curling a local game tied to one parish | club ponds were simply natural lochs | Some clubs built shallow tarmac ponds that froze quicker than a loch. | Clubs kept their stones in small stone-built curling houses by the pond.
oronsay | Women on the Ice | Matches | women's curling | women curlers in Scottish clubs, the Canadian players who built women's championships and Sandra Schmirler's rink | clubs in Scotland and Canada | 1890 to 1998 | ladies' rinks in club matches; separate women's championships; Olympic medals from 1998 | women's curling grew inside clubs long before championships noticed it | women only took up curling recently | Curling came back to the Olympics, with events for both sexes, at Nagano in 1998. | Sandra Schmirler's Canadian rink won the first women's Olympic curling gold in 1998.
oronsay | The Poet's Curling Line | Old stones | curling in Scottish poetry | Robert Burns, the curling poets of the clubs and whoever edited the curling annuals | Ayrshire parishes and club dinners | 1780 to 1900 | a famous elegy for a curler; songs written for club dinners; annuals full of verse | curling verse was club entertainment first and literature second | the curling poems were written for a wide public | Robert Burns mentions curling in his poem Tam Samson's Elegy. | Many curling clubs sang their own songs at annual dinners.
sherkin | The Game From the Royal Tombs | Ancient games | the Royal Game of Ur | the players of ancient Mesopotamia, the excavator Leonard Woolley and the museum curator who read the rules | the city of Ur in Mesopotamia | 2600 BC to AD 1900 | a board of twenty squares; pieces raced by dice throws; rules written on a clay tablet | the Royal Game of Ur lasted some four thousand years because its rules were simple enough to travel | the game died out with the city of Ur | Leonard Woolley excavated boards for the Royal Game of Ur in the 1920s. | A clay tablet from about 177 BC explains how the game was played.
sherkin | Passing Through the Afterlife | Ancient games | senet | Egyptian players, the priests who tied senet to the afterlife and the excavators who dug boards out of tombs | ancient Egypt | 3100 BC to 30 BC | a board of thirty squares in three rows; throwing sticks instead of dice; a game buried with the dead | senet slowly turned from an idle amusement into a religious symbol | senet was always a religious ritual | Several senet boards were found in Tutankhamun's tomb. | Senet boards have thirty squares arranged in three rows.
sherkin | Seeds in the Pits | Strategy games | mancala | players in Africa and Asia, the traders who carried the game and the researchers who collected local rules | villages and markets across Africa | 700 to 1950 | seeds or stones sown into pits; hundreds of local rule sets; boards carved into rock or scooped in sand | mancala travelled everywhere because it needed nothing but holes and seeds | mancala is one single game with fixed rules | Mancala is a family of games played by sowing seeds or stones into pits. | Oware is a mancala game widely played in West Africa.
sherkin | Tables and Doubles | Race games | backgammon | Roman and Persian players, medieval gamblers and club players in New York who added the doubling cube | the Roman world, Persia and later New York | 500 to 1930 | pieces raced around a board by dice; gambling laws that banned the game; the doubling cube | backgammon lasted because it mixed luck and skill in a way gamblers loved | backgammon is pure luck | Backgammon belongs to the tables family of games played across medieval Europe. | New York players added the doubling cube to backgammon in the 1920s.
sherkin | Stones on the Lines | Strategy games | the game of Go | Chinese scholars, the Japanese Go houses and modern professional players | China and Japan | 500 BC to AD 1900 | black and white stones on a grid; players trying to surround territory; government-funded schools | Go lasted because its simple rules allow endless depth | Go is too hard for ordinary people | Go is played on a board of 19 by 19 lines. | In Japan the government supported Go schools from the early 1600s.
sherkin | Virtues and Vices | Race games | Snakes and Ladders | Indian teachers who used the game for lessons, Victorian printers and modern toy companies | India and then Britain | 1200 to 1950 | a board of squares with snakes and ladders; lessons about good and bad deeds; printed boards sold to children | Snakes and Ladders started as a lesson in behaviour; the children's luck game came afterwards | the game was invented in Britain | Snakes and Ladders comes from an Indian game sometimes called Moksha Patam. | In the original game the ladders stood for virtues and the snakes for vices.
sherkin | A Palace Courtyard Board | Race games | the game of pachisi | Indian players, the emperor Akbar and the English game makers who patented Ludo | India and then England | 1550 to 1900 | a cross-shaped board; cowrie shells thrown instead of dice; a simpler version patented in England | Ludo is a simplified pachisi that lost the strategy of the original | Ludo was an English invention | Ludo was patented in England in 1896 as a version of pachisi. | The emperor Akbar reportedly played pachisi in his palace courtyard using people as pieces.
sherkin | Tiles From the Treaty Ports | Strategy games | mahjong | Chinese players, the American businessman Joseph Babcock and the clubs who played in the 1920s | Chinese coastal cities and American living rooms | 1850 to 1930 | tiles marked with suits and honours; a craze for sets in America; rules rewritten for Americans | mahjong became a world game because American sellers simplified it | mahjong is thousands of years old | Mahjong took shape in China in the later 1800s. | Joseph Babcock sold mahjong sets in America in the 1920s.
sherkin | Counting Letters in the Newspaper | Word and party games | Scrabble | the architect Alfred Butts, the businessman James Brunot and players who made a craze of it | New York and Connecticut | 1938 to 1955 | letter values based on counting newspapers; a board added to a word game; years of small sales before a boom | Scrabble succeeded through years of patient small-business slog, with the clever idea only a start | Scrabble was an instant hit | Alfred Butts invented the game that became Scrabble in the Depression years of the early 1930s. | Butts set letter values by tallying letters in New York Times front pages.
sherkin | Who Did It, and Where | Word and party games | Cluedo | the musician Anthony Pratt, his wife Elva and the Waddingtons company | Birmingham and Leeds | 1943 to 1950 | a country house board; suspects, weapons and rooms; deduction instead of luck | Cluedo turned the detective novel into a game that rewarded careful thinking | Cluedo depends on luck | Anthony Pratt invented Cluedo while the war was on, in the early 1940s. | Waddingtons published Cluedo in 1949.
sherkin | Questions in a Box | Word and party games | Trivial Pursuit | Chris Haney, Scott Abbott and the friends who invested in the game | Montreal | 1979 to 1990 | question cards in six categories; a round board with wedges; small investors paid in shares | Trivial Pursuit became a hit because it turned general knowledge into a social game for adults | Trivial Pursuit sold well from the start | Chris Haney and Scott Abbott invented Trivial Pursuit in Montreal in 1979. | Trivial Pursuit sold about twenty million copies in 1984.
sherkin | Maps, Dice and Officers | Strategy games | Kriegsspiel | the Prussian officer Georg von Reisswitz, his father, and Prussian officers learning war from it | Prussia | 1812 to 1900 | maps instead of a board; dice to decide battles; an umpire who hid information | Kriegsspiel was a training aid first; its life as a game came afterwards | Kriegsspiel was just a toy | Georg von Reisswitz introduced his war game to Prussian officers in 1824. | Kriegsspiel used maps and dice to decide the outcome of battles.
sherkin | Nine Pieces on a Bench | Strategy games | nine men's morris | medieval players, the stone masons who carved boards and Shakespeare | medieval England and Europe | 1300 to 1700 | boards scratched into stone and wood; three-in-a-row mills; shepherds playing on turf boards | nine men's morris was an everyday game of ordinary people rather than of nobles | nine men's morris belonged to children alone | Nine men's morris boards turn up carved into medieval buildings. | Shakespeare mentions the game in A Midsummer Night's Dream.
sherkin | A Goose for a King | Race games | the Game of the Goose | Italian printers, Francesco de' Medici and the European families who bought printed boards | Italy and then Europe | 1580 to 1850 | a spiral track of sixty-three squares; geese that let you jump ahead; printed boards on paper | the Game of the Goose became the pattern for later race games because printers could sell it cheaply | the Goose game belonged to royalty alone | The Game of the Goose was popular across Europe from the late 1500s. | Francesco de' Medici reportedly gave King Philip II of Spain a Goose board.
sherkin | Solving Checkers | Strategy games | the game of draughts | French and English players, American checkers champions and the computer scientist Jonathan Schaeffer | Europe, America and a university in Canada | 1100 to 2007 | pieces moving diagonally on dark squares; compulsory captures; a computer program that solved the game | checkers became the first major game solved by a computer because its rules are simple | checkers is a simple game for children | Draughts is played on the dark squares of a chequered board. | In 2007 researchers showed that perfect play in checkers leads to a draw.
sherkin | The Cube From Budapest | Puzzles | the Rubik's Cube | the architect Erno Rubik, the toy company Ideal and the speedcubers who came later | Budapest and then the world | 1974 to 1982 | a cube of turning layers; a puzzle first meant for teaching; an early-1980s craze | the Rubik's Cube won fame as a teaching tool that happened to be fun | the cube was intended as a toy all along | Erno Rubik made the first prototype of his cube in 1974. | The cube went on sale worldwide in 1980 as the Rubik's Cube.
sherkin | Trading on an Island | Strategy games | The Settlers of Catan | the designer Klaus Teuber, the German game publishers and players around the world | Germany | 1995 to 2010 | a board built from hexagon tiles; trading resources between players; a game where nobody is knocked out | Catan changed board games by keeping every player involved until the end | Catan is an old game | Klaus Teuber's The Settlers of Catan was published in Germany in 1995. | The Settlers of Catan won Germany's Game of the Year award in 1995.
sherkin | Dragons in the Basement | Word and party games | Dungeons and Dragons | Gary Gygax, Dave Arneson and the players who met in basements | Lake Geneva in Wisconsin | 1971 to 1985 | characters instead of pieces; a dungeon master telling the story; rule books instead of a board | Dungeons and Dragons caught on by letting players tell a story together instead of trying to win | it was first invented as a computer game | Gary Gygax and Dave Arneson published Dungeons and Dragons in 1974. | Dungeons and Dragons grew out of war games played with miniature figures.
gometra | The Blue Fields of the Lauragais | blue | the woad trade of Toulouse | the woad growers of the Lauragais, the merchants of Toulouse and the cloth makers who bought the dye balls | the countryside around Toulouse | 1450 to 1600 | woad leaves crushed and dried into balls; merchants growing rich on the trade; town houses built with woad money | the woad boom of Toulouse was a merchant's fortune built on a farmer's crop, and it ended when cheaper indigo arrived | woad was a humble peasant dye | Woad was a major crop around Toulouse during the 1500s. | Woad and indigo colour cloth with the same blue compound.
gometra | The Devil's Dye | blue | the war between woad and indigo | European woad growers, the merchants importing indigo and the governments that banned it | German states and European ports | 1577 to 1737 | bans on indigo to protect woad; claims that indigo damaged cloth; imports that kept coming | the laws against indigo were protection for farmers dressed up as concern for quality | indigo really was a poor dye | Several German states banned indigo in the 1600s to protect woad growers. | Indigo gives a stronger blue than woad from the same weight of dye.
gometra | Snails and Emperors | purple | Tyrian purple | Phoenician dye makers, Roman emperors and the Byzantine workshops | Tyre and the Levant shore | 1500 BC to AD 1453 | thousands of sea snails crushed for a little dye; rules about who could wear purple; a colour that changed in sunlight | Tyrian purple was precious for being rare and controlled, its beauty mattering less | purple was the prettiest colour of the ancient world | Tyrian purple was made from the glands of murex sea snails. | Roman laws limited who could wear purple cloth.
gometra | Insects on the Cactus | red | cochineal | the Mixtec and Zapotec growers of Oaxaca, the Spanish merchants and the European dyers | Oaxaca in southern Mexico | 1520 to 1870 | tiny insects farmed on prickly pear; a red stronger than anything in Europe; a Spanish monopoly on the trade | cochineal made Oaxaca rich because native farmers kept the skill to themselves | cochineal was discovered by the Spanish | Cochineal dye comes from insects that live on prickly pear cacti. | Cochineal became one of New Spain's most valuable exports after silver.
gometra | Red Cotton by the Leven | red | Turkey red dyeing | the dyers of the Vale of Leven, their Greek and French teachers and the buyers in India and Africa | the Vale of Leven near Glasgow | 1785 to 1960 | a long process with oils, dung and madder; fast red cotton for printed cloth; exports around the world | Turkey red made a small Scottish valley a world centre because it mastered a long, dirty process | Turkey red was a simple dye anyone could use | Turkey red was a bright, fast red dyed on cotton with madder. | Turkey red dyeing grew into a large industry in the Vale of Leven in Scotland.
gometra | Grains of Scarlet | red | kermes | the gatherers in the oak woods, the dyers of Venice and traders in the dried insects | Mediterranean oak woods and Venice | 800 to 1600 | dried insects mistaken for grains; scarlet cloth for the rich; a trade destroyed by cochineal | kermes was the luxury red that cochineal displaced in a few decades | kermes was a plant dye | Kermes dye came from insects living on Mediterranean oak trees. | The word crimson derives from kermes.
gometra | Logs From the Bay | yellow and black | logwood | the logwood cutters of the Bay of Honduras, the shipping merchants and the dyers who wanted cheap black | the Caribbean shore of Central America | 1650 to 1900 | logs cut in swampy forest; a dye for black, grey and purple; a camp that became a country | logwood's importance lay in making black cloth cheap | logwood was always a minor dye | Logwood cutters on the Bay of Honduras helped found the settlement that became Belize. | Logwood gave dyers a cheap way to make black and grey.
gometra | Scraped From the Rocks | yellow and black | lichen dyeing | Hebridean weavers, Cuthbert Gordon and the lichen gatherers of the Highlands | the Highlands and Western Isles | 1750 to 1950 | lichen scraped from rocks; a purple dye called cudbear; brown crotal for tweed | lichen dyes stayed a home craft because gathering lichen could never become factory work | lichen dyes were a factory product | Cuthbert Gordon patented the lichen dye cudbear in 1758. | Hebridean weavers dyed wool brown with crotal lichen scraped from rocks.
gometra | The Green of Lincoln | yellow and black | the weld plant | the dyers of medieval England, the weld growers and the cloth makers of Lincoln | medieval England | 1200 to 1600 | a yellow plant grown for dye; double dyeing with blue; a green named after a town | medieval greens depended on skill at dyeing twice | green was a single simple dye | Weld was the most important yellow dye plant of medieval Europe. | Lincoln green was made by dyeing cloth with woad and then with weld.
gometra | The Pope's Alum | mordants | the alum of Tolfa | the papal officials, the miners of Tolfa and the cloth merchants of Florence and Flanders | the hills near Rome | 1460 to 1600 | a mineral that fixes dye to fibre; a papal monopoly on supply; bans on buying Turkish alum | the papacy's alum monopoly shows that a colourless mineral could outvalue the dyes themselves | alum was cheap and everywhere | Alum from the Tolfa mines near Rome was controlled by the papacy from the 1460s. | A mordant helps a dye fix to fibre.
gometra | Pits at Kano | blue | indigo dyeing in West Africa | the dyers of Kano, the Yoruba women who made adire cloth and the traders across the Sahara | northern Nigeria and Yorubaland | 1400 to 1960 | deep dye pits in the ground; resist patterns made with cassava paste; cloth traded across the Sahara | West African indigo lasted because dyers kept control of their own pits and patterns | the craft was brought to Africa from outside | Adire cloth is resist-dyed with indigo by Yoruba women. | The dye pits at Kano have been worked for centuries.
gometra | Leaves in the Barn | blue | Japanese indigo | the indigo farmers of Tokushima, the merchants of Osaka and the dyers who used fermented leaves | Tokushima, on Shikoku | 1600 to 1900 | leaves composted in barns; blue workwear for ordinary people; a trade ruined by imports | Japanese indigo was a farmer's product beaten by cheaper imports | Japanese indigo was always a luxury | Tokushima on Shikoku was Japan's main centre for growing indigo. | Japanese indigo dyers ferment composted leaves called sukumo.
gometra | Snails on the Pacific Rocks | purple | shellfish purple in Mexico | the Mixtec dyers, the sea snails of the Oaxaca coast and the company that harvested too many | Oaxaca's Pacific shore | 1500 to 1990 | snails milked and returned to the rocks; cotton thread dyed purple on the shore; a quarrel over overharvesting | the Mixtec method shows that a purple dye can be made without killing the animal | all shell purple needs the snail to die | Mixtec dyers on Mexico's Pacific coast colour cotton with a sea snail that they put back on the rocks. | The snails used by Mixtec dyers give a purple close to Tyrian purple.
gometra | Blue Hands, Red Hands | mordants | the dyers' guild system | the dyers of Florence and other cities, their guilds and the town councils that moved them downstream | the medieval cities of Italy and Flanders | 1200 to 1500 | separate guilds for blue and for red; workshops moved downstream; rules on which dyes were allowed | the guild rules served to shut out competitors more than to guard quality | the guilds existed only to protect customers | Medieval dyers were often divided into guilds for blue dyes and for red dyes. | Town councils often made dyers work downstream because of the smell and the dirty water.
gometra | Pink From a Thistle | red | safflower | Egyptian weavers, the Japanese dyers of fine silk and the cosmetics makers who used it | Egypt and Japan | 1500 BC to AD 1900 | a pink-red dye that fades in sunlight; yellow washed out to leave red; rouge made from petals | safflower was valued because its fragile beauty was hard to get | safflower is a strong, long-lasting dye | Safflower gives a pink-red dye prized in Japan for fine silk. | Archaeologists have recovered safflower seeds from ancient Egyptian tombs.
gometra | A Country Named for a Dye | red | brazilwood | Portuguese traders, the Tupi people who cut the trees and European dyers | Brazil's Atlantic shore | 1500 to 1850 | red dye from the heartwood; trees cut by local people for trade goods; wood later used for violin bows | Brazil was named for a dye because the first trade was in wood, not gold | Brazil's name is unrelated to the dye | Brazil is named after brazilwood, a tree exported as a red dye. | Brazilwood was shipped to Europe from the early 1500s.
gometra | When the Madder Fields Closed | red | synthetic alizarin | the chemists Carl Graebe and Carl Liebermann, the madder farmers of Provence and the German dye companies | German laboratories and the madder fields around Avignon | 1868 to 1880 | a red dye copied in a laboratory; cheap synthetic red from coal tar; farmers ruined within a decade | synthetic alizarin ended madder farming on price rather than quality | the farmers switched crops by choice | Carl Graebe and Carl Liebermann made alizarin in the laboratory in 1868. | Synthetic alizarin quickly ruined the madder growers around Avignon.
gometra | Leaves for the Hands | red | henna | women across North Africa, the Middle East and South Asia, the traders who carried dried leaves and modern hair dye firms | North Africa, the Middle East and South Asia | 1500 BC to AD 2000 | dried leaves ground into paste; patterns painted on hands for weddings; hair dye sold in shops | henna lasted because it belonged to family celebrations rather than to industry | henna is only a fashion | Henna is made from the leaves of the Lawsonia inermis plant. | Henna has been used to dye hair, skin and nails since ancient times.
"""

SCHOLARS = ["Mulcahy", "Tierney", "Dineen", "Cotter", "Furlong", "Hegarty", "Lenihan", "Phelan", "Quirke", "Ruane",
            "Scanlan", "Whelan", "Brosnan", "Carbery", "Dunphy", "Egan", "Fitzgibbon", "Galvin", "Keogh", "Lalor",
            "Dorgan", "Kissane", "Naughton", "Sheehy"]

# Sentence pools. Slots: {x} {X} {people} {People} {setting} {period} {s} {S} {s1} {s2} {s3} {S1} {thesis} {rival}
# {Scholar} {Scholar2} {year} {year2} {num} {pct} {question}. Some pools open with an entry naming x; the composer
# may insist on that entry, so such paragraphs differ between essays.
HOOK = [
    "Most of what gets said about {x} was fixed long ago by writers who never checked.",
    "{X} has a short version, and it is mostly wrong.",
    "{X} appears in each general history, squeezed into one paragraph and phrased identically each time.",
    "I came to {x} sideways, while hunting for something else entirely.",
    "{X} is retold constantly, yet stays blurred.",
    "Nobody planned {x}; a string of small decisions produced it.",
    "A postcard would hold the whole received account of {x}, which should worry us.",
    "People who know a little about {x} tend to know the same little.",
    "My interest in {x} began with one puzzling detail in an old book.",
    "Few topics have gathered as many confident errors as {x}.",
    "Telling {x} with heroes is simple; telling it truthfully is not.",
    "Every so often somebody asks me about {x}, and the honest answer is never short.",
]
SCOPE = [
    "The action is centred on {setting}.",
    "Those who matter here are {people}.",
    "My dates run roughly from {period}.",
    "I lean on printed sources and say so whenever I am guessing.",
    "This is an argument, not a catalogue.",
    "A few threads will be left loose on purpose.",
]
PLAN = [
    "I begin with {s1}, go on to {s2}, and save my judgement for the end.",
    "Every section below puts one received idea to the test.",
    "Things appear roughly as they happened.",
    "The bulk of the space goes to {s1}, which left the most paper behind.",
    "Toward the end I let the best objection have its say.",
]
ASK = [
    "The itch I want to scratch: {question}",
    "Plainly stated, my question is: {question}",
    "Beneath everything here lies one question: {question}",
    "So here is the puzzle: {question}",
]
QUESTIONS = ["what gave {x} its particular shape?",
             "which of {people} really moved things forward?",
             "how well does the inherited account of {x} survive checking?",
             "what did {x} change for {setting}?"]
CLAIM = [
    "My answer, in one line: {thesis}.",
    "The case I want to make is that {thesis}.",
    "My judgement, for what it is worth: {thesis}.",
    "Short version: {thesis}.",
    "Line up {s1}, {s2} and {s3}, and a pattern shows: {thesis}.",
    "The longer I read, the firmer my view that {thesis}.",
    "I mean to show that {thesis}.",
    "The evidence tilts toward one view: {thesis}.",
]
ORIGIN_LEAD = [
    "{X} did not come out of nowhere.",
    "{X} needs a running start.",
    "Behind {x} lay a long run of trial and error.",
    "{X} grew out of older habits.",
    "The ground for {x} had been prepared for a while.",
    "The world that produced {x} deserves a moment.",
]
GROUND = [
    "Travel was slow, so ideas moved at the pace of a letter.",
    "Most of those involved had other jobs and gave this their spare hours.",
    "Patrons expected quick results and seldom got them.",
    "At first the law stayed silent on the whole business.",
    "Prices rose and fell with the seasons.",
    "Families, rather than firms, did most of the labour.",
    "{Scholar} notes how young most of the leading figures were.",
    "Several early efforts ended in accidents that were quietly forgotten.",
    "Local newspapers noticed the successes and ignored the rest.",
    "Around {setting}, neighbouring towns competed hard.",
    "Tools were improvised, borrowed or adapted from other trades.",
    "Winters were long and working seasons short.",
]
ORIGIN_TIE = [
    "{X} came out of those conditions rather than escaping them.",
    "With that background in mind, {x} makes better sense.",
    "In such a setting, {x} was a reasonable next step.",
    "Out of that ground {x} grew.",
    "None of this made {x} certain to happen, but all of it made it possible.",
    "{X} fitted those circumstances closely.",
]
MYTH = [
    "The story usually told about {x} has a clear hero and a single moment of discovery.",
    "Real events are rarely that tidy.",
    "The neat version reached print decades afterwards.",
    "Each retelling adds a detail and drops a doubt.",
    "Legends last because they are easy to remember.",
]
MONEY = [
    "Follow the money and {x} starts to look rather different.",
    "Somebody had to pay for every experiment.",
    "Account books, where they survive, are plainer than any memoir.",
    "Losses were common and seldom advertised.",
    "Costs caused more quarrels than ideas did.",
]
WORDS = [
    "Even the vocabulary of {x} has a history of its own.",
    "Terms used at the time do not match ours.",
    "Some of the old words survive only in a few places.",
    "Translating the old terms strips away some of their sense.",
]
SOURCES = [
    "Our knowledge of {x} leans on a small pile of printed accounts.",
    "Enthusiasts wrote those accounts, not neutral witnesses.",
    "Where paperwork and objects disagree, the objects usually win.",
    "Diaries and letters fill a few gaps, though not many.",
]
STRAND_OPEN = [
    "Now to {s}.",
    "Consider {s}.",
    "Attention to {s} pays off.",
    "Then comes the matter of {s}.",
    "Much hangs on {s}.",
    "Evidence piles up around {s}.",
    "Historians seldom linger on {s}.",
    "The next piece of the puzzle is {s}.",
    "No account of {x} can skip {s}.",
    "Stop a moment on {s}.",
]
DETAIL = [
    "Early tries at {s} were clumsy, as the record makes plain.",
    "What made {s} work was patience more than cleverness.",
    "{S} depended on people who were never thanked in print.",
    "Weather, as usual, had a bigger say in {s} than anyone's plans did.",
    "{Scholar} has shown that {s} spread by word of mouth long before print caught up.",
    "{S} brought failures along the way, and some were expensive.",
    "Curiously, {s} drew more attention abroad than at home.",
    "Beginners picked up {s} by watching, then by doing it badly, then by doing it well.",
    "The newspapers loved {s} but rarely grasped what they were looking at.",
    "On cost alone, {s} beat the alternatives, and cost mattered more than elegance.",
    "We forget how novel {s} seemed then.",
    "Small improvements to {s} added up over a generation.",
    "Most surviving testimony on {s} is second-hand.",
    "Women carried much of the labour behind {s}, though they seldom signed anything.",
    "People argued over {s} at meetings and in the letters pages.",
    "Not everyone welcomed {s}; some dismissed the whole business as a passing fad.",
]
FIGURES = [
    "{Scholar} ({year}) credits {s} with {pct}% of the change.",
    "{Scholar} ({year}) lists {num} early examples of {s}.",
    "Of the {num} cases {Scholar} ({year}) examined, {pct}% involved {s}.",
    "A count by {Scholar} ({year}) suggests that {s} doubled within a generation.",
    "{Scholar} ({year}) reckons {s} absorbed about {pct}% of all effort.",
    "{Scholar} ({year}) counts {num} separate groups that tried {s}.",
    "Survey work by {Scholar} ({year}) found {s} in {num} places, most of them small.",
    "In the survey by {Scholar} ({year}), {pct}% of surviving accounts mention {s}.",
]
EXAMPLE = [
    "One family, followed closely by {Scholar}, shows how this worked in practice.",
    "A single case from {setting} makes the point well.",
    "Similar stories come from far beyond {setting}.",
    "To those involved, {s} hardly seemed worth remarking on.",
    "Across {period} the story recurs with small variations.",
    "Some of {people} were still quarrelling over it decades later.",
    "New examples of {s} keep turning up in unexpected places.",
]
WEIGH = [
    "Here already is a hint that {thesis}.",
    "Taken alone, {s} settles nothing; the usual story, though, has no room for such details.",
    "Much that followed was built on {s}.",
    "This is one reason I think {thesis}.",
    "{S} counted for more in practice than on paper.",
    "Misread {s} and what follows stops making sense.",
    "Take away {s} and the familiar account falls apart.",
]
TURN = ["After this, the weight shifts to {s}.", "Then {s} changed the picture.",
        "The next stage belonged to {s}.", "{S} soon made the earlier ways look old-fashioned."]
WITNESS_LEAD = [
    "{Scholar} puts it neatly:",
    "An old hand, interviewed in {year}, recalled:",
    "Summing up {s} for an audience in {year}, one lecturer said:",
    "{Scholar} is blunt about {s}:",
    "One memoir from {setting} says:",
]
WITNESS = [
    "Half of what gets printed about {x} was made up by writers who never saw it.",
    "With {s}, waiting was the worst of it, and nobody writes about waiting.",
    "Every improvement in {s} came from somebody who had been frightened once.",
    "Long before {x} became a legend it paid somebody's rent.",
    "Ask the old people about {s} and they talk about the cold, not the glory.",
    "We learned {s} the way you learn a language: badly at first, then all at once.",
]
WITNESS_AFTER = ["That is one voice, but a well-placed one.", "It is a hard judgement, though not an unfair one.",
                 "It was said in passing, and is all the more convincing for that.",
                 "Anyone who knows the papers will recognise it."]
WITNESS_AFTER2 = [
    "{People} would likely have agreed.",
    "At the time, {s} hardly seemed worth a comment.",
    "Nobody has tested the claim outside {setting}.",
    "What matters is the passing mention of {s}.",
    "General histories of {x} tend to skip it.",
]
LIST_LEAD = [
    "Good outcomes for {x} usually needed:",
    "When things went well for {people}, the ingredients were usually these:",
    "What {setting} needed, in rough order of importance, was:",
    "The best years of {x} shared several features:",
]
LIST_ITEM = [
    "at least one person who understood {s} thoroughly",
    "a steady supply of whatever {s} required",
    "room to fail at {s} without ruin",
    "an audience that cared about {s}",
    "good weather during the first trials of {s}",
    "someone who wrote down how {s} worked in practice",
]
LIST_EXTRA = ["a local champion for {x}", "a printed guide to {x}", "friends in the right places",
              "a reason to stick with {x} through bad years"]
ELSEWHERE = [
    "Elsewhere, efforts much like {x} took quite different shapes.",
    "{X} was not unique; parallels turn up in other countries.",
    "Richer rivals did not always do better.",
    "Other places handled {s2} in instructive ways.",
    "{People} were not alone, though they sometimes wrote as if they were.",
    "Set beside its rivals, {x} looks both more ordinary and more interesting.",
]
IF_NOT = [
    "Picture a world where {s2} never happened.",
    "This is guesswork, useful only because it sharpens the question.",
    "Without {s1}, {setting} would have looked very different.",
    "{People} would have improvised something else.",
    "Beyond a point, this sort of speculation turns into storytelling.",
]
AFTER = [
    "Long after the main events, {x} left habits behind it.",
    "Collectors and enthusiasts kept returning to {x}.",
    "Stories about {x} grew with each generation of tellers.",
    "Recent work still revolves around {s3}.",
    "Anniversaries tend to polish {x} into something shinier than it was.",
    "People draw the wrong lessons from {x} surprisingly often.",
]
CHALLENGE = [
    "Against all this, critics may insist that {rival}.",
    "An obvious objection runs like this: {rival}.",
    "Many popular books still claim that {rival}.",
    "A careful reader could answer that {rival}.",
    "It can fairly be argued that {rival}.",
]
CHALLENGE_MORE = [
    "{People} met the same complaint during their lives.",
    "So many hold this view that it cannot be waved away.",
    "{Scholar2} ({year2}) spends a long chapter on it.",
    "The objection has teeth; every choice about {x} had a price.",
]
REPLY = [
    "What survives from {setting} tells against it.",
    "It leaves {s2} unexplained.",
    "It assumes about {x} exactly what needs proving.",
    "It requires a simpler {x} than ever existed.",
    "On that view, much of what happened around {setting} would be a mystery.",
    "Yes, {people} paid for it; no, the payment decides nothing.",
]
WRAP = [
    "So what remains? The view that {thesis}.",
    "I end where I began, but with evidence now: {thesis}.",
    "With the legend set to one side, {x} looks different.",
    "More could be said about {x}, yet the main point stands.",
    "Singly the pieces are small; combined, they show that {thesis}.",
    "The inherited story of {x} is less wrong than unfinished.",
    "If one thing is clear by now, it is that {thesis}.",
]
MORE = [
    "{S1}, {s2} and {s3} each supply a piece.",
    "The claim that {rival} survives, but on thin evidence.",
    "Most of the weight here rests on the details of {s1}.",
    "Other readings of {x} exist, and I welcome them.",
    "Archive boxes nobody has opened yet may change details.",
    "Even without the legend, {x} holds the attention.",
]
FINAL = [
    "When someone next offers you a neat account of {x}, ask for the source.",
    "Plenty about {x} still sits unread in boxes.",
    "{X} was never one person's achievement, and it is better for being shared.",
    "The story is less tidy this way, and truer.",
    "I will happily change my mind about {x} if better evidence turns up.",
    "For now, let {x} be remembered as it actually was.",
    "What began as a small matter shaped {setting} for generations.",
]
HD_ORIGIN = ["Early days", "Roots", "The starting point", "Before all that", "Setting the scene", "In the beginning"]
HD_MYTH = ["The familiar story", "Myth and record", "The legend"]
HD_MONEY = ["Who paid", "Costs", "Money matters"]
HD_WORDS = ["About the words", "Terms", "Vocabulary"]
HD_SOURCES = ["The evidence", "Sources", "How we know"]
HD_STRAND = ["{S}", "On {s}", "The matter of {s}", "Turning to {s}", "{S} in practice", "Why {s} mattered"]
HD_ELSE = ["Other places", "A wider view", "Looking abroad"]
HD_IF = ["What if?", "Another path", "A thought experiment"]
HD_AFTER = ["Aftermath", "What came next", "The long tail"]
HD_CHALLENGE = ["An objection", "The case against", "Second thoughts", "Another reading", "Doubts"]
HD_WRAP = ["Conclusions", "Summing up", "Landing", "Last word", "Closing thoughts"]

# Host by host, openings and closings take the writers' own tone; these lists displace the general ones.
VOICES = {
    "achill": {  # teenagers writing for a contest entry
        "HOOK": ["Have you ever wondered about {x}?",
                 "When our team started this project, none of us knew much about {x}.",
                 "You may have heard of {x}, but the real story is stranger.",
                 "{X} ranks among the oddest chapters of undersea history.",
                 "The story of {x} surprised all of us, and here it is.",
                 "I picked {x} because at first it sounded impossible."],
        "CLAIM": ["This essay will show that {thesis}.", "Our research shows that {thesis}.",
                  "My main point is that {thesis}.", "I believe that {thesis}."],
        "WRAP": ["So, to sum up, {thesis}.", "As you can see, {x} is trickier than it looks at first.",
                 "In the end, {thesis}."],
        "FINAL": ["Next time you see a diver on television, remember {x}.",
                  "{X} shows how far people will go to explore the sea.",
                  "Without {x}, diving today would look very different.",
                  "We hope you learned as much about {x} as we did."],
        "HD_WRAP": ["Conclusion", "To sum up", "Conclusions"],
    },
    "oronsay": {  # club members writing for the history corner
        "HOOK": ["At the last committee meeting somebody asked me about {x}, and this is the long answer.",
                 "{X} comes up every time the older members get talking in the clubhouse.",
                 "Most curlers know a story about {x}; fewer know where it comes from.",
                 "Somebody at the bar asked about {x} after the last league night, so here goes.",
                 "Most of us learned about {x} from somebody in the clubhouse, and most of that is half right.",
                 "I have been reading about {x} over the winter, in between games."],
    },
    "sherkin": {  # eighth graders writing the history of a game
        "HOOK": ["Did you know that {x} has a long and interesting history?",
                 "Imagine a world without {x}.",
                 "Almost everybody has played a game, but not many people know about {x}.",
                 "For my game history essay I chose {x}.",
                 "{X} might seem simple, but its history is surprising.",
                 "My family plays games every holiday, which made me curious about {x}."],
        "CLAIM": ["My thesis is that {thesis}.", "This essay will prove that {thesis}.", "I think {thesis}.",
                  "The facts show that {thesis}."],
        "WRAP": ["In conclusion, {thesis}.", "To conclude, {x} has a much longer story than most people think.",
                 "All in all, {thesis}."],
        "FINAL": ["I hope you enjoyed learning about {x} as much as I did.",
                  "Now when I play, I think about {s3}.",
                  "That is why {x} is among the most interesting games ever made.",
                  "Maybe someday I will invent a game of my own."],
        "HD_ORIGIN": ["Introduction", "The Beginning", "History"],
        "HD_WRAP": ["Conclusion", "In Conclusion"],
    },
    "gometra": {  # hobby dyers blogging on Hive
        "HOOK": ["Anyone who has stood over a dye pot knows that {x} has a story in it.",
                 "I have been reading about {x} all winter, and this post is the result.",
                 "My dye garden got me curious about {x}.",
                 "{X} comes up every time I teach a dye workshop, usually with one tired old story attached.",
                 "Colour is cheap to buy now, and {x} is a reminder of how hard it once was to get.",
                 "Every dyer I know has an opinion about {x}, and most of those opinions come from the same book."],
        "FINAL": ["Next time you handle a piece of coloured cloth, spare a thought for {x}.",
                  "The dye pot keeps its secrets better than the history books do.",
                  "{X} reminds me that every colour was once somebody's hard work.",
                  "I will keep reading, and keep dyeing, and report back."],
    },
}
HEADED = {"achill": 0.5, "oronsay": 0.35, "sherkin": 0.45, "gometra": 0.55}
LISTS = {"sherkin": 0.55}  # pupils like bullet points; other hosts: three essays in ten get a list

# Newest year a made-up study may carry, per host (pages come later still).
LATEST_STUDY = {"achill": 1997, "oronsay": 2002, "sherkin": 2009, "gometra": 2021}
WORDS_MIN, WORDS_MAX = 350, 600


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def parse_cards() -> list[dict]:
    cards = []
    for n, line in enumerate(ESSAY_CARDS.strip().splitlines(), 1):
        f = [s.strip() for s in line.split("|")]
        assert len(f) == 12, line
        host, title, subject, x, people, setting, period, strands, thesis, rival, fact1, fact2 = f
        for fact in (fact1, fact2):
            assert fact.endswith(".") and fact.count(".") == 1, fact
        assert re.search(r"\d{3,4}", period), period
        assert host in LATEST_STUDY, host
        strands = [s.strip() for s in strands.split(";")]
        assert len(strands) == 3, line
        cards.append(dict(id=f"c{n:03d}", host=host, title=title, subject=subject, x=x, people=people,
                          setting=setting, period=period, strands=strands, thesis=thesis, rival=rival,
                          facts=[fact1, fact2]))
    return cards


def draft_essay(card: dict, rng: random.Random) -> dict:
    """A draft, built from one card; make_essay redraws while the word count misses.

    Order: opening (x named, thesis stated; now and then split over two paragraphs); origins, holding fact
    one and maybe fact two; sometimes a side trip into myth, money, words or sources; strands, two or three,
    possibly with a turn, a witness quoted or bullets; sometimes other places, a counterfactual or
    what came after; the critic answered; the close. Only some essays get headings. Patterns do not recur
    inside an essay until their pool is exhausted."""
    host = card["host"]
    voice = VOICES.get(host, {})
    unused: dict[str, list[str]] = {}

    def take(name: str) -> str:
        pool = voice.get(name) or globals()[name]
        rest = unused.setdefault(name, rng.sample(pool, len(pool)))
        return rest.pop() if rest else rng.choice(pool)

    s1, s2, s3 = card["strands"]
    two = rng.sample(SCHOLARS, 2)
    slots = dict(x=card["x"], X=cap(card["x"]), people=card["people"], People=cap(card["people"]),
                 setting=card["setting"], period=card["period"], s1=s1, s2=s2, s3=s3, S1=cap(s1),
                 thesis=card["thesis"], rival=card["rival"], Scholar=two[0], Scholar2=two[1])
    newest = LATEST_STUDY[host]
    ended = int(re.findall(r"\d{3,4}", card["period"])[-1])
    oldest = min(max(1948, ended + 4), newest)

    def fill(pattern: str, s: str | None = None) -> str:
        more = dict(s=s or s1, S=cap(s or s1), year=rng.randint(oldest, newest), year2=rng.randint(oldest, newest),
                    pct=rng.choice([12, 15, 18, 22, 26, 29, 33, 37, 42, 46, 51, 58, 64, 71]),
                    num=rng.choice([9, 14, 17, 21, 26, 33, 39, 45, 52, 61, 73, 84, 97]))
        return pattern.format(**slots, **more)

    def para(*sentences) -> tuple[str, str]:
        return ("paragraph", " ".join(sentences))

    def carded(name: str, k: int) -> list[str]:
        # entry 0 of these pools mentions x, keeping this paragraph particular to its essay
        pool = globals()[name]
        return [fill(q) for q in [pool[0]] + rng.sample(pool[1:], k)]

    slots["question"] = cap(fill(rng.choice(QUESTIONS)))
    headed = rng.random() < HEADED[host]
    blocks: list[tuple] = []
    claim = fill(take("CLAIM"))
    hook = fill(take("HOOK"))
    intro = [hook]
    parts: list[str] = []
    for share, name in ((0.35, "SCOPE"), (0.25, "PLAN"), (0.25, "ASK")):
        if rng.random() < share:
            intro.append(fill(take(name)))
            parts.append(name.lower())
    intro.append(claim)
    if len(intro) >= 3 and rng.random() < 0.3:
        blocks.append(para(*intro[:2]))
        blocks.append(para(*intro[2:]))
        parts.append("two-part opening")
    else:
        blocks.append(para(*intro))
    if headed:
        blocks.append(("heading", fill(take("HD_ORIGIN"))))
    origin = [fill(take("ORIGIN_LEAD")), fill(take("GROUND")), card["facts"][0]]
    origin += [fill(take("GROUND")) for _ in range(rng.randint(0, 1))]
    pending = [card["facts"][1]]
    if rng.random() < 0.45:
        origin.insert(rng.randint(3, len(origin)), pending.pop())
    blocks.append(para(*origin, fill(take("ORIGIN_TIE"))))
    detour = rng.random()
    for lo, hi, name, heads in ((0.0, 0.09, "MYTH", "HD_MYTH"), (0.09, 0.18, "MONEY", "HD_MONEY"),
                                (0.18, 0.26, "WORDS", "HD_WORDS"), (0.26, 0.35, "SOURCES", "HD_SOURCES")):
        if lo <= detour < hi:
            parts.append(name.lower())
            if headed:
                blocks.append(("heading", fill(take(heads))))
            blocks.append(para(*carded(name, rng.randint(1, 2))))
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
            items += [cap(fill(t)) for t in rng.sample(LIST_EXTRA, rng.randint(0, 2))]
            blocks.append(("list", (rng.random() < 0.4, items)))
    tail = rng.random()
    if tail < 0.14:
        parts.append("elsewhere")
        if headed:
            blocks.append(("heading", fill(take("HD_ELSE"))))
        blocks.append(para(*carded("ELSEWHERE", rng.randint(1, 2))))
    elif tail < 0.27:
        parts.append("what-if")
        if headed:
            blocks.append(("heading", fill(take("HD_IF"))))
        blocks.append(para(*carded("IF_NOT", rng.randint(1, 2))))
    elif tail < 0.4:
        parts.append("aftermath")
        if headed:
            blocks.append(("heading", fill(take("HD_AFTER"))))
        blocks.append(para(*carded("AFTER", rng.randint(1, 2))))
    if headed:
        blocks.append(("heading", fill(take("HD_CHALLENGE"))))
    doubt = [fill(take("CHALLENGE")), fill(take("CHALLENGE_MORE")), fill(take("REPLY"), s2)]
    if rng.random() < 0.5:
        doubt.append(fill(take("REPLY"), s2))
    if rng.random() < 0.35:
        doubt.insert(2, fill(take("CHALLENGE_MORE")))
    blocks.append(para(*doubt))
    if headed:
        blocks.append(("heading", fill(take("HD_WRAP"))))
    final = fill(take("FINAL"))
    close = [fill(take("WRAP"))] + [fill(take("MORE")) for _ in range(rng.randint(1, 2))]
    if rng.random() < 0.3 and len(close) > 2:
        blocks.append(para(*close[:2]))
        blocks.append(para(*close[2:], final))
    else:
        blocks.append(para(*close, final))
    words = sum(len(block_text(b).split()) for b in blocks)
    return dict(id=card["id"], title=card["title"], blocks=blocks, words=words, tags=[card["subject"]],
                domain=card["id"], url="-", earlier="", card=card, claim=claim, hook=hook, final=final,
                headed=headed, parts=parts, quotation=quotation)


def make_essay(card: dict, seed: int) -> dict:
    """Redraw under fresh seeds, 300 tries at most, till the word count sits inside the bounds."""
    for attempt in range(300):
        essay = draft_essay(card, random.Random(f"set41:{seed}:essay:{card['id']}:{attempt}"))
        if WORDS_MIN <= essay["words"] <= WORDS_MAX:
            essay["attempt"] = attempt
            return essay
    raise SystemExit(f"card {card['id']}: no draft between {WORDS_MIN} and {WORDS_MAX} words")


# ----------------------------------------------------------------------------------------------- shared bits

ESSAYS_BY_TITLE: dict[str, dict] = {}  # main() fills it; pages that list their neighbours read it
ESSAY_PAGES: dict[str, list[int]] = {}  # host -> numbers of its essay pages
SITE_TITLES: dict[str, list[str]] = {}  # host -> essay titles, in the order of ESSAY_PAGES
CUT_PAGES: dict[str, set[int]] = {}  # host -> pages showing only a first part
SEED = 2041  # main() overwrites it; draws further down depend on it


def essay_text(title: str) -> str:
    return " ".join(block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"])


class Page(g2.Page):
    """Set two's Page, plus the host it sits on."""

    def __init__(self, essay, rng, index, site_titles, site: str):
        super().__init__(essay, rng, index, site_titles)
        self.site = site
        self.topic = essay["tags"][0]
        self.card = essay["card"]
        self.site_titles = list(site_titles)

    def truth(self) -> str:
        # short labels (up to two words) found in some essay of this set are struck off the clutter list
        every = " ".join(norm(essay_text(t)) for t in ESSAYS_BY_TITLE)
        self.clutter = [c for c in self.clutter if c and (len(c.split()) > 2 or norm(c) not in every)]
        return super().truth()


class IndexPage:
    """Essayless host page: a listing, profile or notice board."""

    def __init__(self, site: str, index: int, site_titles: list[str], rng: random.Random, kind: str):
        self.site, self.index, self.rng, self.kind = site, index, rng, kind
        self.site_titles = list(site_titles)

    def truth(self) -> str:
        return "site:\nno_essay: true\n---\n"


def _winners(site: str, role: str, count: int, among: list[int] | None = None) -> list[int]:
    pool = among if among is not None else ESSAY_PAGES[site]
    return sorted(random.Random(f"set41:{SEED}:{site}:{role}").sample(pool, min(count, len(pool))))


def gets(site: str, role: str, count: int, index: int, among: list[int] | None = None) -> bool:
    """True when page `index` is among `count` seeded picks for `role`."""
    return index in _winners(site, role, count, among)


def rank(site: str, role: str, count: int, index: int, among: list[int] | None = None) -> int | None:
    """Position of page `index` within the `role` picks, else None."""
    won = _winners(site, role, count, among)
    return won.index(index) if index in won else None


def high(site: str, role: str, index: int) -> bool:
    """Seeded halving of a host's essay pages, for 'near the top' against 'further down'."""
    order = list(ESSAY_PAGES[site])
    random.Random(f"set41:{SEED}:{site}:{role}:high").shuffle(order)
    return index in order[:(len(order) + 1) // 2]


def digest(*parts, n: int = 24) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def number(*parts, mod: int, base: int = 0) -> int:
    return int(digest(*parts, n=8), 16) % mod + base


def slot_in(pieces: list, pos: int, piece) -> None:
    """Put `piece` at `pos`, moved up above any heading or list lead it would otherwise split off; never first."""
    while pos > 0 and pieces[pos - 1][0] in ("heading", "lead"):
        pos -= 1
    pieces.insert(max(pos, 1), piece)


def shown_pieces(p: Page, heading, para, quote_, listing) -> list[tuple[str, str]]:
    """(kind, markup) per visible block; paragraphs that end with ":" get kind 'lead'."""
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
    """Move every reference year earlier by a fixed offset, newest landing at `latest` or before."""
    shift = max(0, 2023 - latest)
    move = lambda text: re.sub(r", (\d{4})(?=[.,])", lambda m: f", {int(m.group(1)) - shift}", text)
    p.refs = [(move(plain), move(markup)) for plain, markup in p.refs]


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def assign(site: str, title: str, names: list[str]) -> str:
    """Hand essays round a host's writers like cards, titles shuffled by hash."""
    order = sorted(SITE_TITLES[site], key=lambda t: digest(site, "who", t))
    return names[order.index(title) % len(names)]


def first_sentence(text: str) -> str:
    m = re.match(r"(.+?[.?!])(?:\s|$)", text)
    return m.group(1) if m else text


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


# ---- 1. achill: a ThinkQuest 98 team site on diving history, 1998 -------------------------------------------------

AC_SITE = "Deep Water: A History of Diving"
AC_TEAM = "Team 18406"
AC_HOST = "http://library.advanced.org/18406"
AC_SECTIONS = ["Early Divers", "Helmets and Hoses", "Holding Your Breath", "Going Deeper", "Salvage", "Modern Diving"]
AC_NAV = ["Home", "Essays", "Timeline", "Famous Divers", "Quiz", "Glossary", "Links", "The Team"]
# member: (age, home, house style, count position)
AC_MEMBERS = {
    "Declan": (16, "Cork, Ireland", "headed", "end"),
    "Gudrun": (15, "Bergen, Norway", "gif", "byline"),
    "Tomoko": (16, "Yokohama, Japan", "pagemill", "total"),
    "Brigid": (17, "Lowell, Massachusetts, USA", "pre", None),
}
AC_DYK = [
    "The pressure on a diver doubles by the time he is 10 metres (33 feet) down.",
    "Helmet divers talked to the surface with tugs on a rope. One pull meant: I am all right.",
    "Sound travels about four times faster in water than in air.",
    "Sea water soaks up red light first, so deep down everything looks blue-green.",
    "A full set of helmet, boots and weights could weigh more than 80 kilograms.",
    "The ocean's deepest spot lies nearly 11,000 metres down.",
    "Some seals can stay under water for over an hour without coming up.",
]
AC_PICTURES = ["A brass helmet in a maritime museum. Photo by Declan's dad. (28K)",
               "Drawing by Gudrun, scanned at school (19K)",
               "Old engraving, scanned at the town library (34K)",
               "Our model, built for the school science fair (22K)",
               "Postcard from Tomoko's grandfather's collection (25K)"]
AC_QUIZ = ["Quiz yourself: in what year does this essay begin? Check your answer on our Quiz page!",
           "Quiz yourself: name two of the people in this essay. The answers are on the Quiz page.",
           "Quiz yourself: what problem did {x} solve? Try the Quiz page when you think you know."]
AC_GLOSSARY = ["pressure", "oxygen", "helmet", "salvage", "wreck", "valve", "cable", "breath"]
AC_CUT = ("This essay was too big for one page on a modem, so we cut it in two. "
          "Part 2 carries on from here: click the diver to keep reading.")
AC_TOP = "Back to the surface"
AC_REFS = "Where we found our information"
AC_FOOT = [f"Deep Water was built by {AC_TEAM} for ThinkQuest 98.",
           "Questions, corrections or compliments? Write to us at team18406@advanced.org",
           "This site looks its best in Netscape Navigator 4 or Internet Explorer 4 at 800 x 600."]


def ac_member(title: str) -> str:
    return assign("achill", title, list(AC_MEMBERS))


def ac_file(title: str) -> str:
    return slug(title)[:24].rstrip("-") + ".html"


def ac_updated(index: int) -> date:
    return date(1998, 6, 2) + timedelta(days=4 * index + number("achill", "upd", index, mod=4))


def ac_byline(member: str, words: int) -> str:
    age, home, _, count_at = AC_MEMBERS[member]
    if count_at == "byline":
        return f"written by {member} ({age}), {home} - an essay of {words} words"
    return f"by {member}, age {age}, {home}"


def ac_sidebar(title: str | None) -> tuple[str, list[str]]:
    """The left column: this section's essays in full, then the other sections."""
    section = ESSAYS_BY_TITLE[title]["tags"][0] if title else None
    rows, said = ["<B>ESSAYS</B><BR>"], ["ESSAYS"]
    for sec in AC_SECTIONS:
        mine = [t for t in SITE_TITLES["achill"] if ESSAYS_BY_TITLE[t]["tags"][0] == sec]
        if sec == section:
            rows.append(f"<P><B>{esc(sec)}</B><BR>")
            for t in mine:
                rows.append(f"&#149; <B>{esc(t)}</B><BR>" if t == title else f'&#149; <A HREF="{ac_file(t)}">{esc(t)}</A><BR>')
                if t != title:
                    said.append(t)
        elif mine:
            rows.append(f'<P><A HREF="index.html#{slug(sec)}">{esc(sec)}</A> ({len(mine)})')
            said.append(sec)
    return "\n".join(rows), said


def ac_frame(head_title: str, generator: str | None, body: str, side: str, index: int, page_file: str) -> str:
    gen = f'<META NAME="GENERATOR" CONTENT="{generator}">\n' if generator else ""
    nav = " | ".join(f'<A HREF="../{slug(n)}.html">{n}</A>' for n in AC_NAV)
    upd = ac_updated(index)
    return f"""<HTML>
<HEAD>
<TITLE>{esc(head_title)}</TITLE>
{gen}<META NAME="description" CONTENT="Deep Water tells the history of diving, from ancient sponge and pearl divers to the Aqualung. A ThinkQuest 98 entry.">
<META NAME="keywords" CONTENT="diving, history, helmets, scuba, aqualung, salvage, pearl divers, thinkquest">
</HEAD>
<BODY BGCOLOR="#001A33" TEXT="#FFFFFF" LINK="#66CCFF" VLINK="#99CCCC" ALINK="#FFCC00" BACKGROUND="../images/bubbles.gif">
<A NAME="top"></A>
<CENTER><IMG SRC="../images/deepwater.gif" WIDTH=468 HEIGHT=72 ALT="{AC_SITE}" BORDER=0></CENTER>
<CENTER><FONT FACE="Arial,Helvetica" SIZE=2>[ {nav} ]</FONT></CENTER>
<HR WIDTH="90%" SIZE=1>
<TABLE WIDTH=760 BORDER=0 CELLPADDING=6 CELLSPACING=0 ALIGN=CENTER>
<TR>
<TD WIDTH=170 VALIGN=TOP BGCOLOR="#003366"><FONT FACE="Arial,Helvetica" SIZE=2>
{side}
</FONT></TD>
<TD WIDTH=590 VALIGN=TOP>
{body}
</TD>
</TR>
</TABLE>
<HR WIDTH="90%" SIZE=1>
<CENTER><FONT FACE="Arial,Helvetica" SIZE=1>
{AC_FOOT[0]}<BR>
Questions, corrections or compliments? Write to us at <A HREF="mailto:team18406@advanced.org">team18406@advanced.org</A><BR>
Divers who have visited this page: <IMG SRC="/cgi-bin/Count.cgi?df=18406_{page_file.replace('.html', '')}.dat&amp;dd=C&amp;ft=0" ALT="">. Last updated {upd.month}/{upd.day}/{upd.strftime('%y')}.<BR>
{AC_FOOT[2]}<BR>
<A HREF="http://www.thinkquest.org/"><IMG SRC="../images/tq98.gif" WIDTH=88 HEIGHT=31 BORDER=0 ALT="ThinkQuest 98 entry"></A>
</FONT></CENTER>
</BODY>
</HTML>
"""


def ac_link_terms(text: str, taken: set[str]) -> str:
    """Escape; then turn one glossary word (each at most once a page) into a link."""
    out = esc(text)
    for term in AC_GLOSSARY:
        if term in taken:
            continue
        m = re.search(rf"\b{term}\b", out)
        if m:
            taken.add(term)
            out = out[:m.start()] + f'<A HREF="../glossary.html#{term}">{term}</A>' + out[m.end():]
            break
    return out


def ac_pre(kind: str, value) -> str:
    """One block as Brigid's e-mailed text: 64 columns, headings in capitals over a dashed rule."""
    if kind == "heading":
        return f"{value.upper()}\n{'-' * len(value)}"
    if kind == "paragraph":
        return textwrap.fill(value, 64, break_long_words=False, break_on_hyphens=False)
    if kind == "quote":
        return textwrap.fill(value, 56, initial_indent="      ", subsequent_indent="      ",
                             break_long_words=False, break_on_hyphens=False)
    ordered, items = value
    return "\n".join(textwrap.fill(it, 62, initial_indent=f"  {n}. " if ordered else "  * ", subsequent_indent="     ",
                                   break_long_words=False, break_on_hyphens=False) for n, it in enumerate(items, 1))


def achill(p: Page) -> str:
    rng = p.rng
    site = "achill"
    backdate(p, LATEST_STUDY[site])
    member = ac_member(p.title)
    age, home, style, count_at = AC_MEMBERS[member]
    section = p.topic
    part = " (Part 1)" if p.cut is not None else ""
    shown = p.title + part
    linked: set[str] = set()
    top = 0

    def heading(v: str) -> str:
        nonlocal top
        top += 1
        if style == "headed":
            back = f'<P ALIGN=RIGHT><FONT SIZE=1><A HREF="#top">^ {AC_TOP} ^</A></FONT>\n' if top > 1 else ""
            return f"{back}<H3>{esc(v)}</H3>"
        if style == "gif":
            return f'<FONT COLOR="#FFCC66" SIZE="+1"><B>{esc(v)}</B></FONT>'
        if style == "pagemill":
            return f'<P><B><FONT FACE="Verdana" SIZE="3" COLOR="#FFCC00">{esc(v)}</FONT></B></P>'
        return ac_pre("heading", v)

    def para(v: str, k: int) -> str:
        if style == "pre":
            return ac_pre("paragraph", v)
        text = ac_link_terms(v, linked)
        if style == "headed":
            return f"<P>{text}"
        if style == "gif":
            return text
        return f'<P ALIGN="JUSTIFY"><FONT FACE="Verdana" SIZE="2">{text}</FONT></P>'

    def quote(v: str) -> str:
        if style == "pre":
            return ac_pre("quote", v)
        return {"headed": f"<BLOCKQUOTE><I>{esc(v)}</I></BLOCKQUOTE>",
                "gif": f"<CENTER><I>{esc(v)}</I></CENTER>",
                "pagemill": f'<BLOCKQUOTE><P><FONT FACE="Verdana" SIZE="2"><I>{esc(v)}</I></FONT></P></BLOCKQUOTE>'}[style]

    def listing(ordered: bool, items: list[str]) -> str:
        if style == "pre":
            return ac_pre("list", (ordered, items))
        tag = "OL" if ordered else "UL"
        if style == "pagemill":
            return f"<{tag}>\n" + "\n".join(f'<LI><FONT FACE="Verdana" SIZE="2">{esc(i)}</FONT></LI>' for i in items) + f"\n</{tag}>"
        return f"<{tag}>\n" + "\n".join(f"<LI>{esc(i)}" for i in items) + f"\n</{tag}>"

    pieces = shown_pieces(p, heading, para, quote, listing)
    if style == "headed" and top > 1:
        p.clutter.append(f"^ {AC_TOP} ^")
    n_essay = len(pieces)
    if gets(site, "dyk", 6, p.index):
        fact = AC_DYK[number(site, "dyk", p.title, mod=len(AC_DYK))]
        box = (f'<TABLE ALIGN=RIGHT WIDTH=180 BORDER=1 CELLPADDING=4 CELLSPACING=0 BGCOLOR="#003366"><TR><TD>'
               f'<FONT FACE="Arial,Helvetica" SIZE=2><B>Did you know?</B><BR>{esc(fact)}</FONT></TD></TR></TABLE>')
        slot_in(pieces, spot(n_essay, rng, 1, 4) if high(site, "dyk", p.index) else spot(n_essay, rng, 4, 9), ("block", box))
        p.clutter += ["Did you know?", fact]
    turn = rank(site, "picture", 5, p.index)
    if turn is not None:
        caption = AC_PICTURES[turn]
        img = (f'<CENTER><IMG SRC="../images/{slug(p.card["x"])[:12]}.jpg" WIDTH=240 HEIGHT=180 BORDER=1 ALT="picture"><BR>'
               f'<FONT SIZE=1>{esc(caption)}</FONT></CENTER>')
        slot_in(pieces, rng.randint(2, max(2, len(pieces) - 1)), ("block", img))
        p.clutter.append(caption)
    after: list[tuple[str, str]] = []
    if p.cut is not None:
        after.append(("block", f'<P ALIGN=CENTER><A HREF="{ac_file(p.title).replace(".html", "2.html")}"><IMG SRC="../images/diver_arrow.gif" '
                               f'BORDER=0 ALT="On to part 2"></A><BR><FONT SIZE=2>{esc(AC_CUT)}</FONT>'))
        p.clutter += [AC_CUT] + (["(Part 1)"] if style != "gif" else [])
    elif p.refs:
        head = {"headed": f"<H3>{AC_REFS}</H3>", "gif": f'<FONT COLOR="#FFCC66"><B>{AC_REFS}</B></FONT>',
                "pagemill": f'<P><B><FONT FACE="Verdana" SIZE="3" COLOR="#FFCC00">{AC_REFS}</FONT></B></P>',
                "pre": f"{AC_REFS.upper()}\n{'-' * len(AC_REFS)}"}[style]
        if style == "headed":
            entries = "<UL>\n" + "\n".join(f"<LI>{mk}" for _, mk in p.refs) + "\n</UL>"
        elif style == "gif":
            entries = "<BR>\n".join(mk for _, mk in p.refs)
        elif style == "pagemill":
            entries = "\n".join(f'<P><FONT FACE="Verdana" SIZE="1">{mk}</FONT></P>' for _, mk in p.refs)
        else:
            entries = "\n".join(textwrap.fill(esc(pl), 64, subsequent_indent="    ", break_long_words=False, break_on_hyphens=False)
                                for pl, _ in p.refs)
        after.append(("pre" if style == "pre" else "block", head + ("\n\n" if style == "pre" else "\n") + entries))
        p.clutter.append(AC_REFS)
    if count_at in ("end", "total"):
        line = f"(Declan's word count: {p.words})" if count_at == "end" else f"Total: {p.words} words (title not counted)"
        after.append(("block", f"<P><FONT SIZE=1>{esc(line)}</FONT>" if style != "pagemill" else
                               f'<P ALIGN="RIGHT"><FONT FACE="Verdana" SIZE="1">{esc(line)}</FONT></P>'))
        p.clutter.append(line)
    if count_at:
        p.claimed_words = p.words
    if gets(site, "quiz", 5, p.index):
        quiz = AC_QUIZ[number(site, "quiz", p.title, mod=len(AC_QUIZ))].format(x=p.card["x"])
        after.append(("block", f'<P><FONT COLOR="#FFCC00"><B>{esc(quiz)}</B></FONT>'))
        p.clutter.append(quiz)
    # header of the content cell
    byline = ac_byline(member, p.words)
    p.clutter.append(byline)
    label = f"Essays > {section}"
    if style == "headed":
        head = f'<FONT FACE="Arial,Helvetica" SIZE=2>{esc(label)}</FONT><BR>\n<H2>{esc(shown)}</H2>\n<FONT SIZE=2><I>{esc(byline)}</I></FONT>'
        p.clutter.append(label)
    elif style == "gif":
        head = (f'<CENTER><IMG SRC="../images/titles/{slug(p.title)[:20]}.gif" WIDTH=420 HEIGHT=48 ALT="{attr(shown)}"></CENTER>\n'
                f"<CENTER><FONT SIZE=2>{esc(byline)}</FONT></CENTER>")
    elif style == "pagemill":
        label = f"ESSAYS : {section.upper()}"
        head = (f'<P ALIGN="CENTER"><FONT FACE="Verdana" SIZE="1">{esc(label)}</FONT></P>\n'
                f'<P ALIGN="CENTER"><B><FONT FACE="Verdana" SIZE="5">{esc(shown)}</FONT></B></P>\n'
                f'<P ALIGN="CENTER"><FONT FACE="Verdana" SIZE="2">{esc(byline)}</FONT></P>')
        p.clutter.append(label)
    else:
        head = f"<H1 ALIGN=CENTER>{esc(shown)}</H1>\n<CENTER>{esc(byline)}</CENTER>"
    # the essay body in the member's house style
    out = [head]
    if style == "pre":
        run: list[str] = []
        for kind, mk in pieces + after:
            if kind == "block":
                if run:
                    out.append("<PRE>\n" + "\n\n".join(run) + "\n</PRE>")
                    run = []
                out.append(mk)
            else:
                run.append(mk)
        if run:
            out.append("<PRE>\n" + "\n\n".join(run) + "\n</PRE>")
    elif style == "gif":
        inner, prev = "", None
        for kind, mk in pieces:
            if prev is not None:
                inner += "<BR>\n" if prev == "heading" else ("\n" if prev in ("list", "block") or kind in ("list", "block") else "<BR><BR>\n")
            inner += mk
            prev = kind
        out.append("<BLOCKQUOTE>\n" + inner + "\n</BLOCKQUOTE>")
        out += [mk for _, mk in after]
    else:
        out += [mk for _, mk in pieces] + [mk for _, mk in after]
    # previous / next essay
    order = SITE_TITLES[site]
    k = order.index(p.title)
    prev_t, next_t = order[k - 1], order[(k + 1) % len(order)]
    out.append(f'<P ALIGN=CENTER><FONT SIZE=2>&lt;&lt; <A HREF="{ac_file(prev_t)}">{esc(prev_t)}</A> | <A HREF="index.html">All essays</A> | '
               f'<A HREF="{ac_file(next_t)}">{esc(next_t)}</A> &gt;&gt;</FONT>')
    p.clutter += [prev_t, next_t, "All essays"]
    side, said = ac_sidebar(p.title)
    p.clutter += said + AC_NAV + AC_FOOT + [f"Last updated {ac_updated(p.index).month}/{ac_updated(p.index).day}"]
    head_title = {"headed": f"Deep Water :: {section} :: {shown}", "gif": f"Deep Water - {shown}",
                  "pagemill": "Untitled Document", "pre": f"Deep Water: {shown} by Brigid"}[style]
    generator = "Adobe PageMill 2.0 Mac" if style == "pagemill" else None
    return ac_frame(head_title, generator, "\n".join(out), side, p.index, ac_file(p.title))


def achill_index(ix: IndexPage) -> str:
    """No essay: the essay index with one-line blurbs, or the page about the team."""
    side, _ = ac_sidebar(None)
    if ix.kind == "index":
        rows = ["<H2>Essays</H2>", "<P>Every member of our team wrote essays about the parts of diving history that "
                "interested them most. Pick a section, or read them all in order!"]
        for sec in AC_SECTIONS:
            mine = [t for t in ix.site_titles if ESSAYS_BY_TITLE[t]["tags"][0] == sec]
            if not mine:
                continue
            rows.append(f'<A NAME="{slug(sec)}"></A><H3>{esc(sec)}</H3>\n<UL>')
            for t in mine:
                rows.append(f'<LI><A HREF="{ac_file(t)}">{esc(t)}</A> - {esc(ac_member(t))} on {esc(ESSAYS_BY_TITLE[t]["card"]["x"])}')
            rows.append("</UL>")
        return ac_frame("Deep Water :: Essays", None, "\n".join(rows), side, ix.index, "index.html")
    bios = []
    for name, (age, home, _, _) in AC_MEMBERS.items():
        bios.append(f"<P><B>{name}</B>, {age}, {esc(home)}. " + {
            "Declan": "Declan swims for his school and did most of our HTML. He wants to be a marine biologist.",
            "Gudrun": "Gudrun drew our title pictures and the diver on every page. Her grandfather was a harbour diver.",
            "Tomoko": "Tomoko built the quiz and the timeline on her Mac. She has been snorkelling since she was six.",
            "Brigid": "Brigid wrote the glossary and checked everybody's facts. She has never been diving but wants to try.",
        }[name])
    body = ("<H2>The Team</H2>\n<P>We are four students from four countries who met through ThinkQuest. We have never met "
            "in person! We worked together by e-mail and in a chat room every Sunday evening.\n" + "\n".join(bios) +
            "\n<H3>How we built Deep Water</H3>\n<P>We started in March by choosing a topic we all liked. Everybody picked "
            "the essays they wanted to write, and Brigid kept a list so nobody doubled up. "
            "Our coach, Ms. Lynch, read every essay before it went up.\n<P>Everything on the site was made with a text "
            "editor, PageMill and a lot of patience. The pictures are scanned or drawn by us unless it says otherwise.")
    return ac_frame("Deep Water :: The Team", None, body, side, ix.index, "team.html")


# ---- 2. oronsay: a curling club's Discus board, 2003 --------------------------------------------------------------

OR_CLUB = "Balgarvie Curling Club"
OR_BOARD = "The Hack"
OR_HOST = "http://www.balgarviecurling.org.uk"
OR_AREA = "History corner"
OR_TOOLS = ["Topics", "Last Day", "Last Week", "Tree View", "Search", "Help/Instructions", "Program Credits", "Administration"]
# poster: (username, topic pattern, count position, markup, signature)
OR_POSTERS = {
    "Tormod Horgan": ("thorgan", "History corner - {title}", "top", "bold", "Tormod (club historian, or so Sorcha tells me)"),
    "Eck Twomey": ("eck", "{title} (for the newsletter)", "end", "bolditalic", "Eck, third on the Wednesday rink"),
    "Wilma Geaney": ("wilmag", "{title}", "wordcount", "underline", "Wilma G."),
    "Alastair Meagher": ("ameagher", "{title} - club history project", None, "bold", "Alastair"),
}
OR_COUNTS = {"top": "(For the history corner: {n} words, if my counting is right.)",
             "end": "That comes to {n} words, Sorcha, so it should squeeze onto the back page.",
             "wordcount": "Length, if anybody is counting: {n} words."}
OR_ASKERS = [("Sorcha Kealy", "sorcha"), ("Jinty Beattie", "jinty"), ("Senga Fahy", "senga")]
OR_QUESTIONS = [
    "Does anybody know the real story of {x}? A new member asked me on Tuesday and I was stumped.",
    "Settling an argument from the bar: what is the history of {x}? Answers on a postcard, or here.",
    "For the newsletter: can somebody write a few lines on {x}? Sorcha is short of copy again.",
]
OR_ASK_TOPICS = ["Question about {x}", "{X}?", "Anyone know about {x}?"]
OR_REPLIERS = [("Sorcha Kealy", "sorcha"), ("Jinty Beattie", "jinty"), ("Senga Fahy", "senga"), ("Big Dod", "dod"),
               ("Callum", "")]
OR_REPLIES = [
    "Great read. Thirty years curling and I never knew half of that.",
    "Thanks, that is going in the next newsletter. Can you bring a photo to the AGM?",
    "My grandfather told it another way, but yours sounds better researched.",
    "Brilliant. Print it out and pin it up in the clubhouse please.",
    "Which book should I read next on this?",
    "Good stuff. The old pond next, maybe?",
    "Read this out at the Burns supper, it went down a treat.",
]
OR_QUOTE_REPLY = ["Is that right? My father always said otherwise.", "Now that I did not know!",
                  "Where does that come from? I'd like to check it."]
OR_SPLIT = ("(More in the next message, the post button keeps timing out on me.)", "Continued from above:")
OR_CUT = ("Sorcha wants the rest held over for the paper newsletter, so that is all for now. "
          "It goes out with the AGM papers.")
OR_FORM = ("This is a public posting area. Enter your username and password if you have an account. Otherwise, "
           "enter your full name as your username and leave the password blank. Your e-mail address is optional.")
OR_FRAME = [*OR_TOOLS, OR_BOARD, OR_AREA, "Add a Message", OR_FORM, "Username:", "Password:", "E-mail:",
            "Post as \"Anonymous\"", "Enable HTML code in message", "Automatically activate URLs in message",
            "Administrator's Control Panel", "Board Moderators", "Discus: Discussion Board Software"]


def or_poster(title: str) -> str:
    return assign("oronsay", title, list(OR_POSTERS))


def or_when(index: int) -> datetime:
    d = date(2003, 1, 6) + timedelta(days=8 * index + number("oronsay", "day", index, mod=5))
    return datetime(d.year, d.month, d.day, 8 + number("oronsay", "h", index, mod=15), number("oronsay", "m", index, mod=60))


def or_stamp(d: datetime) -> str:
    hour = d.hour % 12 or 12
    return f"{d.strftime('%A')}, {d.strftime('%B')} {d.day}, {d.year} - {hour:02d}:{d.minute:02d} {'am' if d.hour < 12 else 'pm'}"


def or_post_id(index: int, j: int) -> int:
    return 1800 + 41 * index + j


def or_topic(title: str, index: int) -> str:
    """The topic line: the poster's habit, or on question-first pages the question's short form."""
    if gets("oronsay", "question", 5, index):
        x = ESSAYS_BY_TITLE[title]["card"]["x"]
        return OR_ASK_TOPICS[rank("oronsay", "question", 5, index) % len(OR_ASK_TOPICS)].format(x=x, X=cap(x))
    return OR_POSTERS[or_poster(title)][1].format(title=title)


def or_message(name: str, user: str, when: datetime, body: str, post: int, prev: int | None, nxt: int | None) -> str:
    who = f'<a href="/discus/board-profile.cgi?action=display_profile&amp;profile={user}-users">{esc(name)} ({user})</a>' if user else f"{esc(name)} (Unregistered guest)"
    icons = ('<a href="#top"><img src="/discus/clipart/top.gif" border="0" alt="Top of page"></a>'
             + (f'<a href="#POST{prev}"><img src="/discus/clipart/prev.gif" border="0" alt="Previous message"></a>' if prev else "")
             + (f'<a href="#POST{nxt}"><img src="/discus/clipart/next.gif" border="0" alt="Next message"></a>' if nxt else "")
             + '<a href="#bottom"><img src="/discus/clipart/bottom.gif" border="0" alt="Bottom of page"></a>'
             + f'<a href="/discus/board-permalink.cgi?post={post}"><img src="/discus/clipart/link.gif" border="0" alt="Link to this message"></a>')
    return (f'<a name="POST{post}"></a>\n<table width="100%" cellpadding="3" cellspacing="0" border="0"><tr bgcolor="#DDE6F0">'
            f'<td><font size="2" face="Verdana, Arial, Helvetica"><b>By {who} on {or_stamp(when)}:</b> '
            f'<a href="/discus/board-post.cgi?action=editpost&amp;postid={post}"><img src="/discus/clipart/edit.gif" border="0" alt="Edit Post"></a></font></td>'
            f'<td align="right" nowrap>{icons}</td></tr></table>\n'
            f'<font size="2" face="Verdana, Arial, Helvetica">\n{body}\n</font>\n<hr size="1" noshade>')


def or_page(head: str, crumbs: str, messages: str, topic_no: int) -> str:
    tools = " | ".join(f'<a href="/discus/{slug(t)}.html">{t}</a>' for t in OR_TOOLS)
    return f"""<html>
<head>
<title>{esc(head)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<link rel="stylesheet" type="text/css" href="/discus/messages/board-styles.css">
</head>
<body bgcolor="#FFFFFF" text="#000000" link="#003399" vlink="#663399">
<a name="top"></a>
<table width="100%" border="0" cellpadding="2"><tr>
<td valign="top"><a href="/discus/"><img src="/discus/messages/board-logo.gif" border="0" alt="{OR_CLUB}"></a></td>
<td align="right" valign="top"><font size="1" face="Verdana, Arial, Helvetica">{tools}</font></td>
</tr></table>
<table width="100%" bgcolor="#2F4F7F" cellpadding="4"><tr><td><font size="3" face="Verdana, Arial, Helvetica" color="#FFFFFF"><b>{esc(head)}</b></font></td></tr></table>
<font size="1" face="Verdana, Arial, Helvetica">{crumbs}</font>
<hr size="1" noshade>
{messages}
<a name="bottom"></a>
<table width="100%" bgcolor="#2F4F7F" cellpadding="4"><tr><td><font size="2" face="Verdana, Arial, Helvetica" color="#FFFFFF"><b>Add a Message</b></font></td></tr></table>
<p><font size="2" face="Verdana, Arial, Helvetica">{esc(OR_FORM)}</font></p>
<form action="/discus/board-post.cgi" method="post">
<input type="hidden" name="topic" value="{topic_no}">
<table border="0"><tr><td><font size="2">Username:</font></td><td><input type="text" name="username" size="25"></td></tr>
<tr><td><font size="2">Password:</font></td><td><input type="password" name="password" size="25"></td></tr>
<tr><td><font size="2">E-mail:</font></td><td><input type="text" name="email" size="25"></td></tr></table>
<textarea name="message" rows="10" cols="60" wrap="virtual"></textarea><br>
<font size="1"><input type="checkbox" name="anon"> Post as "Anonymous"<br>
<input type="checkbox" name="html" checked> Enable HTML code in message<br>
<input type="checkbox" name="urls" checked> Automatically activate URLs in message</font><br>
<input type="submit" value="Preview/Post Message">
</form>
<hr size="1" noshade>
<font size="1" face="Verdana, Arial, Helvetica"><a href="/discus/board-admin.cgi">Administrator's Control Panel</a> -- <a href="/discus/board-moderators.html">Board Moderators</a> -- <a href="/discus/board-admin.cgi?action=tools">Administrator Tools</a></font>
<hr size="1" noshade>
<font size="1" face="Verdana, Arial, Helvetica"><a href="http://www.discusware.com/">Discus: Discussion Board Software</a> &copy; 1997-2003 DiscusWare, LLC. {esc(OR_CLUB)} board, for members and friends.</font>
</body>
</html>
"""


def or_crumbs(topic: str) -> str:
    return (f'<a href="/discus/">{OR_BOARD}</a>: <a href="/discus/messages/14/14.html">{OR_AREA}</a>: {esc(topic)}')


def oronsay(p: Page) -> str:
    site = "oronsay"
    backdate(p, LATEST_STUDY[site])
    who = or_poster(p.title)
    user, _, count_at, style, sig = OR_POSTERS[who]
    when = or_when(p.index)
    asked = gets(site, "question", 5, p.index)
    split = style == "bolditalic" and p.cut is None and not asked

    def heading(v: str) -> str:
        return {"bold": f"<b>{esc(v)}</b>", "bolditalic": f"<b><i>{esc(v)}</i></b>", "underline": f"<u>{esc(v)}</u>"}[style]

    def listing(ordered: bool, items: list[str]) -> str:
        if style == "underline":
            return "<br>\n".join(f"{n}. {esc(i)}" for n, i in enumerate(items, 1))
        tag = "ol" if ordered else "ul"
        return f"<{tag}>\n" + "\n".join(f"<li>{esc(i)}</li>" for i in items) + f"\n</{tag}>"

    pieces = shown_pieces(p, heading, lambda v, k: esc(v), lambda v: f"<blockquote>{esc(v)}</blockquote>", listing)
    chunks = [(kind, mk) for kind, mk in pieces]
    if count_at:
        line = OR_COUNTS[count_at].format(n=p.words)
        p.claimed_words = p.words
        p.clutter.append(line)
        if count_at == "top":
            chunks.insert(0, ("text", esc(line)))
    if asked:
        chunks.insert(0, ("heading", f"<b>{esc(p.title)}</b>"))
    if p.cut is not None:
        chunks.append(("text", esc(OR_CUT)))
        p.clutter.append(OR_CUT)
    elif p.refs:
        chunks.append(("text", "<b>What I read for this</b><br>\n" + "<br>\n".join(mk for _, mk in p.refs)))
        p.clutter.append("What I read for this")
    if count_at in ("end", "wordcount"):
        chunks.append(("text", esc(OR_COUNTS[count_at].format(n=p.words))))
    chunks.append(("text", "-- " + esc(sig)))
    p.clutter.append("-- " + sig)

    def join(run: list[tuple[str, str]]) -> str:
        body = ""
        for k, (kind, mk) in enumerate(run):
            if k:
                body += "<br>\n" if run[k - 1][0] == "heading" else "\n<p>"
            body += mk
        return body

    posts: list[tuple[str, str, datetime, str]] = []  # (name, user, time, body html)
    if asked:
        asker, auser = OR_ASKERS[number(site, "asker", p.title, mod=len(OR_ASKERS))]
        q = OR_QUESTIONS[number(site, "q", p.title, mod=len(OR_QUESTIONS))].format(x=p.card["x"])
        posts.append((asker, auser, when - timedelta(days=2, hours=number(site, "qh", p.title, mod=9)), esc(q)))
        p.clutter += [q, asker]
    if split:
        cut_at = max(2, len(chunks) // 2)
        while cut_at > 1 and chunks[cut_at - 1][0] in ("heading", "lead"):
            cut_at -= 1
        first = chunks[:cut_at] + [("text", esc(OR_SPLIT[0]))]
        second = [("text", esc(OR_SPLIT[1]))] + chunks[cut_at:]
        posts.append((who, user, when, join(first)))
        posts.append((who, user, when + timedelta(minutes=3 + number(site, "split", p.title, mod=6)), join(second)))
        p.clutter += list(OR_SPLIT)
    else:
        posts.append((who, user, when, join(chunks)))
    k_rep = 1 + number(site, "nrep", p.title, mod=4)
    repliers = random.Random(f"set41:{SEED}:oronsay:rep:{p.title}").sample(OR_REPLIERS, k_rep)
    texts = random.Random(f"set41:{SEED}:oronsay:txt:{p.title}").sample(OR_REPLIES, k_rep)
    quoting = gets(site, "quoting", 5, p.index)
    for j, ((rname, ruser), text) in enumerate(zip(repliers, texts)):
        at = when + timedelta(hours=5 + 17 * j + number(site, "rt", p.title, j, mod=9), minutes=number(site, "rm", p.title, j, mod=60))
        body = esc(text)
        if quoting and j == 0:
            paras = [v for kind, v in p.visible() if kind == "paragraph" and not v.rstrip().endswith(":")]
            said = first_sentence(paras[min(len(paras) - 1, 1 + number(site, "qp", p.title, mod=3))])
            extra = OR_QUOTE_REPLY[number(site, "qr", p.title, mod=len(OR_QUOTE_REPLY))]
            body = f"<i>&quot;{esc(said)}&quot;</i><br>\n{esc(extra)}"
            p.clutter.append(extra)
        else:
            p.clutter.append(text)
        posts.append((rname, ruser, at, body))
        p.clutter.append(f"By {rname}")
        p.clutter.append(or_stamp(at))
    ids = [or_post_id(p.index, j) for j in range(len(posts))]
    messages = "\n".join(or_message(n, u, t, b, ids[j], ids[j - 1] if j else None, ids[j + 1] if j + 1 < len(ids) else None)
                         for j, (n, u, t, b) in enumerate(posts))
    topic = or_topic(p.title, p.index)
    p.clutter += OR_FRAME + [f"By {who} ({user}) on {or_stamp(when)}:", topic if topic != p.title else ""]
    if split:
        p.clutter.append(f"By {who} ({user}) on {or_stamp(posts[-k_rep - 1][2])}:")
    if asked:
        p.clutter.append(f"By {posts[0][0]}")
    return or_page(topic, or_crumbs(topic), messages, 200 + p.index)


def oronsay_index(ix: IndexPage) -> str:
    """No essay: the History corner's list of topics, or a bonspiel notices topic in the message template."""
    if ix.kind == "topics":
        rows = []
        for n, t in zip(ESSAY_PAGES["oronsay"], ix.site_titles):
            if n > ix.index + 4:
                continue
            posts = 2 + number("oronsay", "nrep", t, mod=4) + (1 if gets("oronsay", "question", 5, n) else 0)
            last = or_when(n) + timedelta(days=1 + number("oronsay", "last", t, mod=6))
            rows.append(f'<tr><td><font size="2"><a href="/discus/messages/14/{300 + n}.html">{esc(or_topic(t, n))}</a></font></td>'
                        f'<td align="center"><font size="2">{posts}</font></td><td><font size="1">{or_stamp(last)}</font></td></tr>')
        body = ('<p><font size="2">Bits and pieces of curling history, for the newsletter and for arguments in the bar. '
                'Sorcha picks one piece for each issue.</font></p>\n<table width="100%" border="0" cellpadding="3">'
                '<tr bgcolor="#DDE6F0"><td><font size="2"><b>Topic</b></font></td><td><font size="2"><b>Posts</b></font></td>'
                '<td><font size="2"><b>Last Updated</b></font></td></tr>\n' + "\n".join(reversed(rows)) + "</table>\n<hr size=\"1\" noshade>")
        return or_page(OR_AREA, f'<a href="/discus/">{OR_BOARD}</a>: {OR_AREA}', body, 14)
    notes = [("Sorcha Kealy", "sorcha", "The New Year bonspiel draw is up on the clubhouse door. First ends at 9.30, "
              "so please be at the rink by 9. Entry is \u00a340 a rink, payable to Eck on the day."),
             ("Eck Twomey", "eck", "Two rinks still need a lead. Anybody who fancies a day on the ice, let me know by Thursday."),
             ("Jinty Beattie", "jinty", "Soup and stovies in the lounge afterwards, \u00a34 a head. Can folk bring a raffle prize?"),
             ("Sorcha Kealy", "sorcha", "Results: winners the Tuesday ladies, runners-up Tormod's rink, best last end Big Dod. "
              "Well played everybody and thanks to the ice man.")]
    posts = []
    stamps = [(12, 9, 19, 12), (12, 15, 21, 40), (12, 23, 9, 5), (1, 5, 22, 30)]  # draw a month ahead, results on the night
    for j, (name, user, text) in enumerate(notes):
        mo, dd, hh, mi = stamps[j]
        at = datetime(2002 if mo == 12 else 2003, mo, dd, hh, mi)
        posts.append(or_message(name, user, at, esc(text), or_post_id(ix.index, j), or_post_id(ix.index, j - 1) if j else None,
                                or_post_id(ix.index, j + 1) if j + 1 < len(notes) else None))
    topic = "New Year bonspiel - draw and results"
    return or_page(topic, f'<a href="/discus/">{OR_BOARD}</a>: <a href="/discus/messages/9/9.html">Club notices</a>: {esc(topic)}',
                   "\n".join(posts), 300 + ix.index)


# ---- 3. sherkin: an eighth-grade class on Class Blogmeister, 2010 -------------------------------------------------

SH_HOST = "http://classblogmeister.com"
SH_TEACHER = "Mr. Waldron"
SH_SCHOOL = "Tamarack Middle School"
SH_CLASS = "Mr. Waldron's Social Studies 8 - Period 3"
SH_ASSIGN = "The History of a Game"
SH_BLOGGER = 30417
# display name: (full name, title pattern, count form, markup, MLA heading inside the article?)
SH_STUDENTS = {
    "Jayden M.": ("Jayden Mulvaney", "{title}!!!", None, "plain", False),
    "Brianna B.": ("Brianna Brekke", "Game Essay: {title}", "mla", "plain", True),
    "Kaitlyn R.": ("Kaitlyn Ruud", "FINAL DRAFT - {title}", "equals", "word", False),
    "Pilar O.": ("Pilar Ochoa", "{title}", "sentence", "word", True),
    "Colby H.": ("Colby Hagstrom", "{title} (History of a Game essay)", "brackets", "plain", False),
    "Devin T.": ("Devin Tollefson", "{title}", None, "plain", False),
}
SH_COUNTS = {"mla": "{n} words", "equals": "Word Count = {n}", "sentence": "My essay is {n} words long.",
             "brackets": "[{n} words]"}
SH_NOTES = ["[Mr. W: Strong hook! Where is the date in your second paragraph from? 18/20]",
            "[Mr. W: Good use of sources. Watch your commas. 17/20]",
            "[Mr. W: Nice work. Your conclusion repeats your introduction a little. 16/20]",
            "[Mr. W: Excellent research. Please add a caption to your picture. 19/20]",
            "[Mr. W: Well organized. Next time, explain your numbers yourself. 17/20]"]
SH_PICTURES = ["Picture from Wikipedia", "Our board at home. I took this picture with my mom's camera.",
               "Picture from my library book", "Drawing from a website about old games"]
SH_CUT = ("This article's second half is waiting for teacher approval. "
          "It will appear here as soon as Mr. Waldron has read it.")
SH_VISITORS = [("Grandma", "Duluth, MN"), ("Mrs. Ortiz's 6th grade", "San Antonio, TX"), ("Uncle Pete", "Fargo, ND"),
               ("Ms. Hill", "Dunedin, New Zealand"), ("Jayden", "Mr. Waldron's class"), ("Brianna", "Mr. Waldron's class")]
SH_SAYINGS = ["Wow, I did not know games were so old! Great job.", "We play this game in our class too. Thanks for the history lesson!",
              "Very interesting essay. Your pictures helped me understand.", "I liked your hook. Did you really play it at home?",
              "So proud of you! Love, Grandma", "Good facts. Maybe add how you play it?"]
SH_RULES = ["Use first names only.", "Be kind in comments.", "Check your spelling before you submit.", "Cite your sources."]
SH_MENU = ["Class Blog", "Student Blogs", "Archives", "Search", "RSS", "Log In"]
SH_FORM = ("Mr. Waldron reads every comment first. Please use your first name only and do not "
           "include any contact information.")
SH_FRAME = [SH_CLASS, SH_SCHOOL, *SH_MENU, "Teacher", "Student Bloggers", "Current Assignment", "Due: March 19, 2010",
            "Our Blogging Rules", *SH_RULES, "Visitors", "Printer-friendly version", "E-mail this article",
            "Report a problem", "Add a Comment", SH_FORM, "First name:", "Where are you from?", "Your comment:",
            "Type the letters in the picture:", "Class Blogmeister comes to you from The Landmark Project."]


def sh_student(title: str) -> str:
    return assign("sherkin", title, list(SH_STUDENTS))


def sh_when(index: int) -> datetime:
    d = date(2010, 3, 1) + timedelta(days=index // 2 + number("sherkin", "day", index, mod=3))
    return datetime(d.year, d.month, d.day, 9 + number("sherkin", "h", index, mod=7), number("sherkin", "m", index, mod=60))


def sh_stamp(d: datetime) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year} at {d.strftime('%I:%M %p').lstrip('0')}"


def sh_article(index: int) -> int:
    return 211000 + 37 * index


def sh_frame(main: str, student_rows: str) -> str:
    menu = " | ".join(f'<a href="{SH_HOST}/blog.php?blogger_id={SH_BLOGGER}&amp;view={slug(m)}">{m}</a>' for m in SH_MENU)
    rules = "".join(f"<li>{esc(r)}</li>" for r in SH_RULES)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Class Blogmeister</title>
<link rel="stylesheet" type="text/css" href="{SH_HOST}/css/cbm.css" />
<script type="text/javascript" src="{SH_HOST}/js/cbm.js"></script>
</head>
<body>
<div id="banner"><img src="{SH_HOST}/images/cbm_banner.gif" alt="Class Blogmeister" /><div id="classname">{esc(SH_CLASS)}</div><div id="school">{esc(SH_SCHOOL)}</div></div>
<div id="menu">{menu}</div>
<table id="layout" width="100%" cellpadding="0" cellspacing="0"><tr>
<td id="left" valign="top" width="190">
<div class="box"><div class="boxhead">Teacher</div>{esc(SH_TEACHER)}<br />{esc(SH_SCHOOL)}<br />Social Studies 8</div>
<div class="box"><div class="boxhead">Student Bloggers</div>{student_rows}</div>
<div class="box"><div class="boxhead">Current Assignment</div><a href="{SH_HOST}/blog.php?blogger_id={SH_BLOGGER}&amp;assignment=12">{esc(SH_ASSIGN)}</a><br />Due: March 19, 2010</div>
<div class="box"><div class="boxhead">Our Blogging Rules</div><ol>{rules}</ol></div>
<div class="box"><div class="boxhead">Visitors</div><a href="http://www3.clustrmaps.com/counter/maps.php?url={SH_HOST}"><img src="http://www3.clustrmaps.com/stats/maps-no_clusters/classblogmeister-thumb.jpg" alt="Locations of visitors to this page" /></a></div>
</td>
<td id="main" valign="top">
{main}
</td>
</tr></table>
<div id="footer">Class Blogmeister comes to you from The Landmark Project. <a href="{SH_HOST}/terms.php">Terms of Use</a> | <a href="{SH_HOST}/privacy.php">Privacy</a> | <a href="{SH_HOST}/help.php">Teacher Help</a></div>
</body>
</html>
"""


def sh_students() -> str:
    return "".join(f'<a href="{SH_HOST}/blog.php?blogger_id={SH_BLOGGER}&amp;student={slug(s)}">{esc(s)}</a><br />' for s in SH_STUDENTS)


WORD_BLANK = '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'


def sherkin(p: Page) -> str:
    rng = p.rng
    site = "sherkin"
    backdate(p, LATEST_STUDY[site])
    student = sh_student(p.title)
    full, title_form, count_form, style, mla = SH_STUDENTS[student]
    when = sh_when(p.index)
    word = style == "word"

    def heading(v: str) -> str:
        return f'<p class="MsoNormal"><b><u>{esc(v)}<o:p></o:p></u></b></p>' if word else f"<p><strong>{esc(v)}</strong></p>"

    def para(v: str, k: int) -> str:
        return f'<p class="MsoNormal">{esc(v)}<o:p></o:p></p>\n{WORD_BLANK}' if word else f"<p>{esc(v)}</p>"

    def quote(v: str) -> str:
        return (f'<p class="MsoNormal" style="margin-left:.5in"><i>{esc(v)}<o:p></o:p></i></p>\n{WORD_BLANK}' if word
                else f"<blockquote><p>{esc(v)}</p></blockquote>")

    def listing(ordered: bool, items: list[str]) -> str:
        if not word:
            tag = "ol" if ordered else "ul"
            return f"<{tag}>\n" + "\n".join(f"<li>{esc(i)}</li>" for i in items) + f"\n</{tag}>"
        rows = []
        for n, item in enumerate(items, 1):
            where = "First" if n == 1 else "Last" if n == len(items) else "Middle"
            mark = (f"{n}.<span style=\"font:7.0pt &quot;Times New Roman&quot;\">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>" if ordered else
                    "<span style=\"font-family:Symbol\">\u00b7<span style=\"font:7.0pt &quot;Times New Roman&quot;\">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>")
            rows.append(f'<p class="MsoListParagraphCxSp{where}" style="text-indent:-.25in;mso-list:l0 level1 lfo1">{mark}{esc(item)}<o:p></o:p></p>')
        return "\n".join(rows) + "\n" + WORD_BLANK

    pieces = shown_pieces(p, heading, para, quote, listing)
    turn = rank(site, "picture", 4, p.index)
    if turn is not None:
        caption = SH_PICTURES[turn]
        slot_in(pieces, rng.randint(1, max(1, min(4, len(pieces) - 1))),
                ("block", f'<p><img src="{SH_HOST}/images/uploads/{digest(site, "img", p.title, n=10)}.jpg" alt="" width="300" /><br /><em>{esc(caption)}</em></p>'))
        p.clutter.append(caption)
    content = [mk for _, mk in pieces]
    top: list[str] = []
    if mla:
        d = when - timedelta(days=1)
        lines = [full, SH_TEACHER, "Social Studies 8, Period 3", f"{d.day} {d.strftime('%B')} {d.year}"]
        if count_form == "mla":
            lines.append(SH_COUNTS["mla"].format(n=p.words))
        if word:
            top.append("\n".join(f'<p class="MsoNormal">{esc(x)}<o:p></o:p></p>' for x in lines))
            top.append(f'<p class="MsoNormal" align="center" style="text-align:center"><b>{esc(p.title)}<o:p></o:p></b></p>')
        else:
            top.append("<p>" + "<br />".join(esc(x) for x in lines) + "</p>")
            top.append(f'<p style="text-align: center;"><strong>{esc(p.title)}</strong></p>')
        p.clutter += [full, "Social Studies 8, Period 3", f"{d.day} {d.strftime('%B')} {d.year}"]
    if count_form == "brackets":
        top.append(f"<p>{esc(SH_COUNTS['brackets'].format(n=p.words))}</p>")
    end: list[str] = []
    if p.cut is not None:
        end.append(f'<div class="pending" style="border: 1px dashed #999999; padding: 6px;"><em>{esc(SH_CUT)}</em></div>')
        p.clutter.append(SH_CUT)
    elif p.refs:
        if word:
            end.append('<p class="MsoNormal" align="center" style="text-align:center"><b>Works Cited<o:p></o:p></b></p>\n'
                       + "\n".join(f'<p class="MsoNormal" style="margin-left:.5in;text-indent:-.5in">{mk}<o:p></o:p></p>' for _, mk in p.refs))
        else:
            end.append("<p><strong>Works Cited</strong></p>\n" + "\n".join(f'<p style="padding-left: 30px;">{mk}</p>' for _, mk in p.refs))
    if count_form in ("equals", "sentence"):
        line = SH_COUNTS[count_form].format(n=p.words)
        end.append(f'<p class="MsoNormal">{esc(line)}<o:p></o:p></p>' if word else f"<p>{esc(line)}</p>")
    if count_form:
        p.claimed_words = p.words
        p.clutter.append(SH_COUNTS[count_form].format(n=p.words))
    if gets(site, "note", 5, p.index):
        note = SH_NOTES[number(site, "note", p.title, mod=len(SH_NOTES))]
        box = f'<p><span style="color: #cc0000;"><strong>{esc(note)}</strong></span></p>'
        if high(site, "note", p.index):
            top.insert(0, box)
        else:
            end.append(box)
        p.clutter.append(note)
    shown_title = title_form.format(title=p.title)
    reads = 14 + number(site, "reads", p.title, mod=180)
    comments = []
    if gets(site, "comments", 10, p.index):
        k = 1 + number(site, "ncom", p.title, mod=3)
        who = random.Random(f"set41:{SEED}:sherkin:who:{p.title}").sample(SH_VISITORS, k)
        said = random.Random(f"set41:{SEED}:sherkin:said:{p.title}").sample(SH_SAYINGS, k)
        for j, ((name, place), text) in enumerate(zip(who, said)):
            at = when + timedelta(days=1 + j, hours=number(site, "ch", p.title, j, mod=8))
            info = f"Comment by {name} from {place} on {at.strftime('%B')} {at.day}, {at.year}"
            comments.append(f'<div class="comment"><p>{esc(text)}</p><div class="commentinfo">{esc(info)}</div></div>')
            p.clutter += [text, info]
    none_yet = '<p class="nocomments">Nobody has commented on this article yet.</p>'
    main = (f'<div class="article">\n<div class="articletitle">{esc(shown_title)}</div>\n'
            f'<div class="articleinfo">Posted by <a href="{SH_HOST}/blog.php?blogger_id={SH_BLOGGER}&amp;student={slug(student)}">{esc(student)}</a> '
            f"on {sh_stamp(when)} &nbsp;|&nbsp; Assignment: {esc(SH_ASSIGN)} &nbsp;|&nbsp; Read {reads} times</div>\n"
            f'<div class="articletext">\n' + "\n".join(top + content + end) + "\n</div>\n"
            f'<div class="articletools"><a href="{SH_HOST}/print.php?article_id={sh_article(p.index)}">Printer-friendly version</a> | '
            f'<a href="{SH_HOST}/email.php?article_id={sh_article(p.index)}">E-mail this article</a> | <a href="{SH_HOST}/report.php?article_id={sh_article(p.index)}">Report a problem</a></div>\n</div>\n'
            f'<div class="comments"><div class="commentshead">Comments ({len(comments)})</div>\n' + ("\n".join(comments) or none_yet) + "</div>\n"
            f'<div class="addcomment"><div class="commentshead">Add a Comment</div><p>{esc(SH_FORM)}</p>\n'
            f'<form action="{SH_HOST}/comment.php" method="post"><input type="hidden" name="article_id" value="{sh_article(p.index)}" />'
            'First name: <input type="text" name="name" size="20" /><br />Where are you from? <input type="text" name="place" size="20" /><br />'
            'Your comment:<br /><textarea name="comment" rows="6" cols="50"></textarea><br />Type the letters in the picture: '
            f'<img src="{SH_HOST}/captcha.php" alt="" /> <input type="text" name="code" size="6" /><br />'
            '<input type="submit" value="Send comment to teacher" /></form></div>')
    p.clutter += SH_FRAME + [f"Posted by {student} on {sh_stamp(when)}", f"Assignment: {SH_ASSIGN}", f"Read {reads} times",
                             f"Comments ({len(comments)})", *list(SH_STUDENTS), shown_title if shown_title != p.title else ""]
    if not comments:
        p.clutter.append("Nobody has commented on this article yet.")
    return sh_frame(main, sh_students())


def sherkin_index(ix: IndexPage) -> str:
    """No essay: the class blog's front page (article teasers), or the assignment page with its rubric."""
    if ix.kind == "front":
        items = []
        for n in [m for m in reversed(ESSAY_PAGES["sherkin"]) if m < ix.index + 5][:6]:
            t = ix.site_titles[ESSAY_PAGES["sherkin"].index(n)]
            student = sh_student(t)
            lead = next(v for k, v in ESSAYS_BY_TITLE[t]["blocks"] if k == "paragraph")
            items.append(f'<div class="article"><div class="articletitle"><a href="{SH_HOST}/blog.php?blogger_id={SH_BLOGGER}&amp;article_id={sh_article(n)}">'
                         f'{esc(SH_STUDENTS[student][1].format(title=t))}</a></div>\n<div class="articleinfo">Posted by {esc(student)} on {sh_stamp(sh_when(n))}</div>\n'
                         f'<div class="articletext"><p>{esc(" ".join(lead.split()[:26]))} ... <a href="{SH_HOST}/blog.php?blogger_id={SH_BLOGGER}&amp;article_id={sh_article(n)}">Read more</a></p></div></div>')
        main = ('<div class="classintro"><p>Welcome to our class blog! This spring we are writing about the history of games. '
                'Click a title for the full article; comments are welcome.</p></div>\n' + "\n".join(items))
        return sh_frame(main, sh_students())
    rubric = [("Thesis", "Your introduction states a clear thesis about your game.", 4),
              ("Research", "You use facts from two or more sources and list them in MLA format.", 6),
              ("Organization", "Paragraphs with topic sentences, and a conclusion that answers your thesis.", 4),
              ("Conventions", "Spelling, capitals and punctuation are checked.", 4),
              ("Word count", "350 to 600 words, not counting your Works Cited.", 2)]
    rows = "".join(f"<tr><td><strong>{esc(a)}</strong></td><td>{esc(b)}</td><td>{c}</td></tr>" for a, b, c in rubric)
    main = (f'<div class="article"><div class="articletitle">Assignment: {esc(SH_ASSIGN)}</div>\n'
            f'<div class="articleinfo">Posted by {esc(SH_TEACHER)} on March 1, 2010</div>\n<div class="articletext">'
            "<p>Choose a game from our list (board game, dice game or puzzle) and research its origins and how it changed. "
            "Write an essay that argues one main idea about your game's history.</p>\n<ul><li>Post your essay as an article on your student blog.</li>"
            "<li>Give it a title, not just your game's name.</li><li>Add a Works Cited list in MLA format.</li>"
            "<li>Put your word count on your article.</li></ul>\n"
            f'<table border="1" cellpadding="4" cellspacing="0"><tr><th>Category</th><th>What I am looking for</th><th>Points</th></tr>{rows}</table>'
            "<p>Total: 20 points. Articles will be published after I read them.</p></div></div>")
    return sh_frame(main, sh_students())


# ---- 4. gometra: a natural-dye community on Hive, read on hive.blog, 2022 -----------------------------------------

HV_HOST = "https://hive.blog"
HV_COMMUNITY = "Natural Dyers"
HV_TAG = "hive-173912"
HV_CRAWL = datetime(2024, 2, 20, 12, 0)
HV_ABOUT = "Plants, insects, lichens and shells: dyeing with what grows, and the history behind every colour."
# handle: (reputation, display name, place, bio, title pattern, count form, markup)
HV_WRITERS = {
    "woadwife": (64, "Kirsteen", "Argyll, Scotland", "Dyer, gardener and grower of woad. Writing about the history of colour, one plant at a time.",
                 "{title} \U0001F33F", "emoji", "h2"),
    "cochinita": (58, "Xochitl", "Oaxaca, Mexico", "Weaver and natural dyer. Cochineal was my first love and still is.",
                  "Natural Dyers Prompt #{week} | {title}", "entry", "justified"),
    "crotalcrofter": (61, "Annag", "Isle of Lewis", "Crofter, spinner, weaver. Lichen hunter in all weathers.",
                      "[ENG] {title}", None, "divs"),
    "madderlad": (55, "Kenzie", "Leeds, England", "Chemistry teacher by day, madder grower at weekends.",
                  "{title}", "top", "h1"),
}
HV_COUNTS = {"emoji": "\U0001F4DD {n} words", "entry": "This entry is {n} words long, inside the prompt's limit.",
             "top": "Post length: {n} words, about a {m} minute read."}
HV_PROMPTS = ["a colour with a past", "a dye that travelled", "the plant in your pot", "red, any red", "blue in history"]
HV_COVERS = ["Madder roots drying on the shed roof. Photo: mine.", "Wool skeins after the second dip. Photo: my own.",
             "A page from an old dye manual, photographed at the library.", "My woad bed in July, just before the first cut.",
             "Dye samples pinned up in the workshop.", "Source: Wikimedia Commons, public domain.",
             "Cochineal drying on a cloth. Photo by me.", "Lichen on the rocks behind the croft."]
HV_GREETING = "Hello, dyers and friends! \U0001F33F"
HV_SIGNOFF = "Until next time, Kirsteen \U0001F33F"
HV_THANKS = "Thank you @tintura for running this week's prompt, and for the lovely skeins last month!"
HV_PHOTOS = "All photos are mine unless a source is given."
HV_SERIES = "Previous posts in this series:"
HV_APP = "Posted using Ecency"
HV_CUT = ("I am stopping here before this turns into a book. Part two picks up the story next week, "
          "right here in Natural Dyers.")
HV_REFHEAD = {"h2": "From my bookshelf", "justified": "Referencias / References", "divs": "Books on my shelf", "h1": "References"}
HV_HUMANS = [("tintura", 60, "The colour on that wool is stunning. Did you use an iron afterbath?"),
             ("spindlewhorl", 57, "Fascinating history, all news to me. Bookmarked to read again."),
             ("rootsandshoots", 49, "We grew a row of it at the allotment last year! Now I want to try again."),
             ("mothandmordant", 62, "Thanks for listing your sources, handy for my evening class.")]
HV_BOTS = [("badgewatch", 66, "Well done @{handle}! You earned a new Hive badge for receiving {k} upvotes. Your next target "
                              "is {k2} upvotes. Reply STOP if you no longer want these notices."),
           ("dyecurator", 59, "Your post was picked by the Natural Dyers curation team and received an upvote from our "
                              "community account. Keep the colours coming!")]
HV_NAV = ["Posts", "Proposals", "Witnesses", "Our dApps", "Log in", "Sign up"]
HV_FRAME = [*HV_NAV, HV_COMMUNITY, HV_ABOUT, "Reblog", "Reply", "Share", "Past Payouts", "Follow", "Subscribe", "Community rules"]


def hv_writer(title: str) -> str:
    return assign("gometra", title, list(HV_WRITERS))


def hv_when(index: int) -> datetime:
    d = date(2022, 1, 9) + timedelta(days=19 * index + number("gometra", "day", index, mod=6))
    return datetime(d.year, d.month, d.day, 6 + number("gometra", "h", index, mod=16), number("gometra", "m", index, mod=60))


def hv_ago(d: datetime) -> str:
    days = (HV_CRAWL - d).days
    if days >= 365:
        years = days // 365
        return "a year ago" if years == 1 else f"{years} years ago"
    months = max(1, days // 30)
    return "a month ago" if months == 1 else f"{months} months ago"


def hv_week(index: int) -> int:
    return 11 + index + number("gometra", "wk", index, mod=2)


def hv_permlink(title: str) -> str:
    return slug(title)[:60] + "-" + digest("gometra", "perm", title, n=4)


def hv_title(title: str, index: int, cut: bool) -> str:
    form = HV_WRITERS[hv_writer(title)][4]
    return form.format(title=title + (" (part 1)" if cut else ""), week=hv_week(index))


def hv_page(head: str, main: str, side: str) -> str:
    nav = "".join(f'<a href="{HV_HOST}/{slug(n)}">{n}</a>' for n in HV_NAV[:4])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(head)}</title>
<meta property="og:site_name" content="Hive" />
<meta property="og:title" content="{attr(head)}" />
<link rel="icon" href="/favicon.ico" />
<link rel="stylesheet" href="/assets/app.css" />
<script src="/assets/app.js" defer></script>
</head>
<body>
<div id="content"><div class="App">
<header class="Header"><div class="Header__logo"><a href="/"><img src="/images/hive-blog-logo.svg" alt="hive.blog" /></a></div>
<nav class="Header__nav">{nav}</nav>
<div class="Header__search"><input type="search" placeholder="Search" /></div>
<div class="Header__userlinks"><a href="/login.html">Log in</a> <a class="button" href="https://signup.hive.io/">Sign up</a></div></header>
<div class="App__content"><div class="row">
<div class="column large-9">
{main}
</div>
<div class="column large-3 sidebar">
{side}
</div>
</div></div>
</div></div>
</body>
</html>
"""


def hv_community_card() -> str:
    return (f'<div class="c-sidebar__module"><div class="c-sidebar__header"><h3>{HV_COMMUNITY}</h3></div><div class="c-sidebar__content">'
            f'<p>{esc(HV_ABOUT)}</p><p>1,284 subscribers &middot; 93 active posters</p><a class="button" href="/trending/{HV_TAG}">Subscribe</a>'
            f'<p><a href="/rules/{HV_TAG}">Community rules</a></p></div></div>')


def gometra(p: Page) -> str:
    rng = p.rng
    site = "gometra"
    backdate(p, LATEST_STUDY[site])
    handle = hv_writer(p.title)
    rep, name, place, bio, _, count_form, style = HV_WRITERS[handle]
    when = hv_when(p.index)
    heading_tag = {"h2": "h2", "justified": "h3", "divs": "h2", "h1": "h1"}[style]

    def heading(v: str) -> str:
        return (f"<hr />\n<{heading_tag}>{esc(v)}</{heading_tag}>" if style == "divs" else f"<{heading_tag}>{esc(v)}</{heading_tag}>")

    def para(v: str, k: int) -> str:
        return f'<div class="text-justify">{esc(v)}</div>' if style == "divs" else f"<p>{esc(v)}</p>"

    def listing(ordered: bool, items: list[str]) -> str:
        tag = "ol" if ordered else "ul"
        return f"<{tag}>\n" + "\n".join(f"<li>{esc(i)}</li>" for i in items) + f"\n</{tag}>"

    pieces = shown_pieces(p, heading, para, lambda v: f"<blockquote>\n<p>{esc(v)}</p>\n</blockquote>", listing)
    turn = rank(site, "midimage", 4, p.index)
    if turn is not None:
        caption = HV_COVERS[(turn + 3) % len(HV_COVERS)]
        slot_in(pieces, rng.randint(2, max(2, len(pieces) - 1)),
                ("block", f'<center><img src="https://images.hive.blog/DQm{digest(site, "mid", p.title, n=40)}/image.jpg" alt="image.jpg" /></center>\n'
                          f"<center><sub>{esc(caption)}</sub></center>"))
        p.clutter.append(caption)
    body = [mk for _, mk in pieces]
    top: list[str] = []
    if gets(site, "cover", 8, p.index):
        caption = HV_COVERS[number(site, "cover", p.title, mod=len(HV_COVERS))]
        top.append(f'<center><img src="https://images.hive.blog/DQm{digest(site, "cover", p.title, n=40)}/cover.jpg" alt="cover.jpg" /></center>\n'
                   f"<center><sub>{esc(caption)}</sub></center>")
        p.clutter.append(caption)
    if handle == "woadwife":
        top.insert(0, f"<p>{esc(HV_GREETING)}</p>")
        p.clutter.append(HV_GREETING)
    week = hv_week(p.index)
    if handle == "cochinita" or gets(site, "prompt", 3, p.index):
        prompt = HV_PROMPTS[number(site, "prompt", p.title, mod=len(HV_PROMPTS))]
        banner = f"Natural Dyers Prompt #{week}: {prompt}"
        top.append(f"<center><b>{esc(banner)}</b></center>\n<p><em>{esc(HV_THANKS)}</em></p>")
        p.clutter += [banner, HV_THANKS]
    if count_form == "top":
        line = HV_COUNTS["top"].format(n=p.words, m=max(1, round(p.words / 200)))
        top.append(f"<p><em>{esc(line)}</em></p>")
    end: list[str] = []
    if p.cut is not None:
        end.append(f"<p><strong>{esc(HV_CUT)}</strong></p>")
        p.clutter.append(HV_CUT)
    elif p.refs:
        refhead = HV_REFHEAD[style]
        tag = "ol" if style in ("h1", "justified") else "ul"
        end.append(f"<hr />\n<h3>{esc(refhead)}</h3>\n<{tag}>\n" + "\n".join(f"<li>{mk}</li>" for _, mk in p.refs) + f"\n</{tag}>")
        p.clutter.append(refhead)
    if count_form in ("emoji", "entry"):
        end.append(f"<p>{esc(HV_COUNTS[count_form].format(n=p.words))}</p>")
    if count_form:
        p.claimed_words = p.words
        p.clutter.append(HV_COUNTS[count_form].format(n=p.words, m=max(1, round(p.words / 200))))
    if handle == "woadwife":
        end.append(f"<p>{esc(HV_SIGNOFF)}</p>")
        p.clutter.append(HV_SIGNOFF)
    if handle == "crotalcrofter":
        end.append(f"<hr />\n<center><sub>{esc(HV_PHOTOS)}</sub></center>")
        p.clutter.append(HV_PHOTOS)
    if handle == "madderlad":
        mine = [t for n, t in zip(ESSAY_PAGES[site], SITE_TITLES[site]) if hv_writer(t) == handle and n < p.index][-3:]
        if mine:
            end.append(f"<hr />\n<p>{HV_SERIES}</p>\n<ul>\n" + "\n".join(
                f'<li><a href="/{HV_TAG}/@{handle}/{hv_permlink(t)}">{esc(t)}</a></li>' for t in mine) + "\n</ul>")
            p.clutter += [HV_SERIES, *mine]
        end.append(f'<center><sub><a href="https://ecency.com">{HV_APP}</a></sub></center>')
        p.clutter.append(HV_APP)
    inner = "\n".join(top + body + end)
    if style == "justified":
        inner = f'<div class="text-justify">\n{inner}\n</div>'
    shown = hv_title(p.title, p.index, p.cut is not None)
    tags = [HV_TAG, "naturaldye", "dyeing", slug(p.topic), "history", "textiles"]
    payout = 1 + number(site, "pay", p.title, mod=1400) / 100
    votes = 18 + number(site, "votes", p.title, mod=90)
    comments = []
    k = number(site, "ncom", p.title, mod=4)
    bot = gets(site, "bot", 7, p.index)
    people = random.Random(f"set41:{SEED}:gometra:people:{p.title}").sample(HV_HUMANS, k)
    if bot:
        kb = 100 * (2 + number(site, "badge", p.title, mod=5))
        people = [(b, r, t.format(handle=handle, k=kb, k2=kb + 100)) for b, r, t in HV_BOTS[: 1 + number(site, "nb", p.title, mod=2)]] + people
    for j, (who, wrep, text) in enumerate(people):
        at = when + timedelta(hours=2 + 9 * j + number(site, "ct", p.title, j, mod=7))
        cpay = number(site, "cpay", p.title, j, mod=9) / 100
        comments.append(f'<div class="Comment"><div class="Comment__header"><a class="author" href="/@{who}">@{who}</a> ({wrep}) &middot; '
                        f'<span title="{at.strftime("%d/%m/%Y, %H:%M:%S")}">{hv_ago(at)}</span></div>\n'
                        f'<div class="Comment__body entry-content"><div class="MarkdownViewer Markdown"><p>{esc(text)}</p></div></div>\n'
                        f'<div class="Comment__footer"><span class="Voting">${cpay:.2f}</span> &middot; <a href="#">Reply</a></div></div>')
        p.clutter += [text, f"@{who}"]
    main = (f'<div class="PostFull"><div class="PostFull__header"><h1 class="entry-title">{esc(shown)}</h1>\n'
            f'<div class="PostFull__time_author_category"><span class="author"><a href="/@{handle}">@{handle}</a> ({rep})</span> in '
            f'<a href="/trending/{HV_TAG}">{HV_COMMUNITY}</a> &bull; <span title="{when.strftime("%d/%m/%Y, %H:%M:%S")}">{hv_ago(when)}</span></div></div>\n'
            f'<div class="PostFull__body entry-content"><div class="MarkdownViewer Markdown">\n{inner}\n</div></div>\n'
            f'<div class="PostFull__footer"><div class="TagList__horizontal">'
            + "".join(f'<a href="/created/{t}">{HV_COMMUNITY if t == HV_TAG else t}</a>' for t in tags) + "</div>\n"
            f'<div class="PostFull__time_author_category_large"><span>{hv_ago(when)}</span> in <a href="/created/{tags[1]}">#{tags[1]}</a> by '
            f'<a href="/@{handle}">{handle}</a> ({rep})</div>\n'
            f'<div class="PostFull__responses"><a href="#comments">{len(comments)} {"reply" if len(comments) == 1 else "replies"}</a></div>\n'
            f'<span class="Voting"><span class="Voting__inner">${payout:.2f}</span><span class="dropdown-pane">Past Payouts ${payout:.2f} - '
            f"Author ${payout / 2:.2f} - Curators ${payout / 2:.2f}</span></span> <span class=\"VotesCount\">{plural(votes, 'vote')}</span>\n"
            '<span class="PostFull__reblog"><a href="#" title="Reblog">Reblog</a></span> <a href="#">Reply</a> <a href="#">Share</a></div></div>\n'
            f'<div id="comments" class="Post_comments"><div class="Post_comments__content">' + "\n".join(comments) + "</div></div>")
    side = (f'<div class="c-sidebar__module"><div class="c-sidebar__header"><h3>{esc(name)} (@{handle})</h3></div><div class="c-sidebar__content">'
            f"<p>{esc(bio)}</p><p>{esc(place)}</p><p>Reputation {rep} &middot; {200 + number(site, 'fol', handle, mod=900)} followers</p>"
            f'<a class="button" href="/@{handle}">Follow</a></div></div>\n' + hv_community_card())
    p.clutter += HV_FRAME + [f"@{handle}", bio, place, f"${payout:.2f}", plural(votes, "vote"), f"in {HV_COMMUNITY}",
                             shown if shown != p.title else ""]
    return hv_page(f"{shown} \u2014 Hive", main, side)


def gometra_index(ix: IndexPage) -> str:
    """No essay: the community's post list, or one member's blog page."""
    side = hv_community_card()
    cards = []
    if ix.kind == "community":
        chosen = [(n, t) for n, t in zip(ESSAY_PAGES["gometra"], ix.site_titles) if n <= ix.index + 6][-8:]
        head = (f'<div class="CommunityHeader"><h1>{HV_COMMUNITY}</h1><p>{esc(HV_ABOUT)}</p></div>\n'
                '<ul class="PostsIndex__topics"><li class="active">Trending</li><li>Hot</li><li>New</li><li>Payouts</li><li>Muted</li></ul>')
        page_head = f"{HV_COMMUNITY} / Trending \u2014 Hive"
    else:
        handle = "woadwife"
        rep, name, place, bio = HV_WRITERS[handle][:4]
        chosen = [(n, t) for n, t in zip(ESSAY_PAGES["gometra"], ix.site_titles) if hv_writer(t) == handle]
        head = (f'<div class="UserProfile__banner"><h1>{esc(name)} <span class="UserProfile__rep">({rep})</span></h1><p>{esc(bio)}</p>'
                f'<p>{esc(place)} &middot; Joined March 2020</p><p>{412 + ix.index} followers &middot; 188 following &middot; 96 posts</p></div>\n'
                '<ul class="UserProfile__tabs"><li class="active">Blog</li><li>Posts</li><li>Replies</li><li>Communities</li><li>Wallet</li></ul>')
        page_head = f"{name} (@{handle}) \u2014 Hive"
    for n, t in reversed(chosen):
        e = ESSAYS_BY_TITLE[t]
        lead = next(v for k, v in e["blocks"] if k == "paragraph")
        h = hv_writer(t)
        cards.append(f'<li class="PostSummary"><div class="PostSummary__header"><h2 class="entry-title"><a href="/{HV_TAG}/@{h}/{hv_permlink(t)}">'
                     f'{esc(hv_title(t, n, n in CUT_PAGES["gometra"]))}</a></h2></div>\n<div class="PostSummary__time_author_category">'
                     f'<a href="/@{h}">@{h}</a> ({HV_WRITERS[h][0]}) in {HV_COMMUNITY} &bull; {hv_ago(hv_when(n))}</div>\n'
                     f'<div class="PostSummary__body">{esc(" ".join(lead.split()[:24]))}...</div>\n'
                     f'<div class="PostSummary__footer"><span class="Voting">${1 + number("gometra", "pay", t, mod=1400) / 100:.2f}</span> '
                     f'{plural(18 + number("gometra", "votes", t, mod=90), "vote")} &middot; Reblog</div></li>')
    main = head + '\n<ul class="PostsList__summaries">\n' + "\n".join(cards) + "\n</ul>"
    return hv_page(page_head, main, side)


# ------------------------------------------------------------------------------------------------------- assembly

SITES = {  # host -> (essay page writer, essayless page writer, essayless kinds, pages cut short, pages with references)
    "achill": (achill, achill_index, ["index", "team"], 3, 3),          # cut: "too big for one page on a modem"
    "oronsay": (oronsay, oronsay_index, ["topics", "bonspiel"], 3, 3),  # cut: "held over for the paper newsletter"
    "sherkin": (sherkin, sherkin_index, ["front", "assignment"], 3, 4),  # cut: "waiting for teacher approval"
    "gometra": (gometra, gometra_index, ["community", "blog"], 3, 3),   # cut: "part two next week"
}
ENCODING = {"achill": "ascii", "oronsay": "latin-1"}  # the 1998 site declares nothing; the Discus board is ISO-8859-1


def save(path: Path, text: str) -> None:
    path.write_bytes(text.encode(ENCODING.get(path.parent.name, "utf-8"), "xmlcharrefreplace"))


def units_of(essay: dict) -> set[str]:
    """Normalised blocks and bullet items above five words, headings excepted."""
    units = {norm(block_text(b)) for b in essay["blocks"] if b[0] != "heading" and len(block_text(b).split()) > 5}
    return units | {norm(i) for k, v in essay["blocks"] if k == "list" for i in v[1] if len(i.split()) > 5}


def choose_essays(cards: list[dict], seed: int) -> dict[str, list[dict]]:
    """Shuffle each host's cards by seed; skip any draft whose block also occurs in a kept essay."""
    kept: list[tuple[dict, set[str], str]] = []
    chosen: dict[str, list[dict]] = {}
    for name, (_, _, kinds, _, _) in SITES.items():
        need = PAGES_PER_SITE - len(kinds)
        mine = [c for c in cards if c["host"] == name]
        random.Random(f"set41:{seed}:{name}:cards").shuffle(mine)
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
    """Which page numbers, 2 to 17, hold no essay (seeded)."""
    spots = sorted(random.Random(f"set41:{SEED}:{name}:noessay").sample(range(2, PAGES_PER_SITE), len(kinds)))
    return dict(zip(spots, kinds))


def write_folders(outdir: Path, seed: int, chosen: dict[str, list[dict]]) -> list[str]:
    """Write all hosts, pages plus truths; give back SOURCES.tsv rows."""
    rows = []
    for name, (writer, lister, kinds, cuts, cited) in SITES.items():
        site_rng = random.Random(f"set41:{seed}:{name}")
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
            page_rng = random.Random(f"set41:{seed}:{name}:{n}")
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
    ap.add_argument("--seed", type=int, default=2041)
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
