"""Held-out site set 31 (issue 13): a thirty-first quartet of invented essay hosts, each a page kind absent
from all thirty previous sets, withheld so that site learning encounters them fresh; 18 pages apiece.

    usage (project interpreter): generate.py OUTDIR [--seed 2031]

OUTDIR/<host>/ receives HTML pages numbered 01 to 18, with truth/ notes beside them as bench/scoring.py
expects. A few pages per host (one or two) are essay-free: a level list, a page of advice for teachers, a journal
issue index, a society's meetings card, a reader's public shelf, a digest of highlighted lines, an issue's
table of articles. Such notes carry no_essay. Each essay is assembled when the script executes, from topic cards
and phrase stock composed afresh for set 31; which card fed each page gets logged in OUTDIR/SOURCES.tsv. Identical
seeds give identical bytes.

Hosts (page kinds):
  soay     Graded English readings for adult learners, 2012, all nested tables: numbered paragraph rows with a
           key-words cell, a warm-up box that leads or trails, grammar rows wedged between paragraphs,
           comprehension questions, and sibling readings shown by their main-idea sentence
  kerrera  A stamp collectors' society archive of papers from its printed quarterly, 2018, retyped by one
           volunteer: hard-wrapped lines broken by br tags, a display note that leads or trails, bracketed
           editorial interjections, links to scanned pages, and sibling papers shown by their summing-up line
  lismore  A read-later app's public shared copy, 2023, rendered as script-built div soup: one span per
           sentence, highlight marks, reader annotations between blocks, the sharer's note moving about, a
           spoken-audio strip, and sibling saves shown by their first dated fact
  canna    An airline's in-flight magazine online, 2019: a drop capital split from its word, pull quotes that
           repeat the essay, fact-file boxes, a flight-deck note leading or trailing, duty-free offers, and
           sibling long reads shown by the first remark on their opening strand

Borrowed by import (not pasted) from sets 1-3: truth notes, invented reference lists, escaping,
number formatting, in-text placement, plurals.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import random
import re
import textwrap
from datetime import date, timedelta
from pathlib import Path


def _load(name: str, folder: str):
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

# ------------------------------------------------------------------------------------------------ topic cards
# Card layout, pipe-separated: title | subject | x, the episode's common label | people, plural | setting |
# period, with a four-figure year somewhere | strands, three, semicolon-separated | thesis | rival (both end
# a that-clause) | fact one | fact two (one full stop apiece, final).

ESSAY_CARDS = """
Cane Knives on the River Road | Louisiana history | the German Coast uprising | the enslaved men of the sugar plantations, the rebel leader Charles Deslondes and the planters' militia | the plantations along the Mississippi above New Orleans | 1811 | the march downriver towards the city; the planters' hurried counter-attack; the trials held on the plantations afterwards | the rising was a planned military campaign and was punished as a warning to every plantation in the territory | the revolt was a spontaneous outburst with no plan behind it | Enslaved men on the plantations of the German Coast rose under Charles Deslondes in January 1811. | Militia and planters defeated the rebels within three days of the first attack.
A Storm over Richmond | Virginia history | Gabriel's conspiracy | the enslaved blacksmith Gabriel, his brother Solomon and the frightened gentry of Henrico County | the farms around Richmond, Virginia | 1800 | the recruiting done at Sunday gatherings; the downpour that postponed the march; the informers and the hangings | the plan failed through weather and betrayal rather than through any weakness in its design | the plot was never more than loose talk | Gabriel planned to lead a march on Richmond at the end of August 1800. | Gabriel was hanged in Richmond in October 1800.
A Mountain Camp in Grenada | Caribbean history | Fedon's rebellion | the planter Julien Fedon, his free coloured and enslaved followers and the British garrison of Grenada | the mountainous interior of Grenada | 1795 to 1796 | the French republican commissions carried by the rebels; the killing of the captured governor; the long siege of the mountain camp | the rising belonged to the war between Britain and revolutionary France as much as to Grenada itself | the rebellion was a purely local quarrel over land | Julien Fedon launched a rising against British rule in Grenada in March 1795. | British forces captured the rebels' mountain camp in June 1796.
The Colony That Nearly Fell | Guianese history | the Berbice revolt | the enslaved workers of the Dutch colony, the rebel leader Coffy and the governor Wolfert Simon van Hoogenheim | the plantations along the Berbice River | 1763 to 1764 | the flight of the colonists down the river; the letters exchanged between Coffy and the governor; the quarrel that split the rebel camp | the colony survived because the rebels divided, not because the Dutch were strong | Dutch soldiers won the war by their own efforts | Enslaved people in the Dutch colony of Berbice rose in February 1763. | Dutch troops had crushed the revolt by the spring of 1764.
Baskets and Rifles in Maranhao | Brazilian history | the Balaiada | the cowherds, basket makers and runaway slaves of Maranhao and the imperial colonel sent to subdue them | the backlands of the province of Maranhao | 1838 to 1841 | the freeing of a prisoner that began it; the rebel capture of the town of Caxias; the amnesty that divided the rebels | the rising was several revolts sharing a name, and the empire won by dealing with them one by one | the Balaiada was a simple bandit war | The Balaiada rising began in the Brazilian province of Maranhao in December 1838. | Imperial troops had put down the Balaiada by 1841.
Swords of the Paikas | Indian history | the Paika rising | the Paika militiamen of Khurda, their commander Bakshi Jagabandhu and the Company revenue collectors | the district of Khurda in Odisha | 1817 to 1825 | the lost land grants of the old militia; the new salt monopoly and its prices; the long hunt for Jagabandhu in the hills | a displaced warrior class, not the peasantry, drove the rising | the Paikas were mere brigands | The Paika rising broke out in Khurda in Odisha in 1817. | Bakshi Jagabandhu surrendered to the British in 1825.
Outsiders in Chota Nagpur | Indian history | the Kol rising | the Munda and Ho villagers of Chota Nagpur, the moneylenders who had arrived from the plains and the Company's troops | the uplands of Chota Nagpur | 1831 to 1833 | the loss of village land to newcomers; the burning of outsiders' houses; the new agency set up to govern the uplands | the rising forced the British to admit that the uplands needed separate laws | the violence had no cause beyond tribal custom | The Kol rising broke out in Chota Nagpur in December 1831. | The East India Company placed Chota Nagpur under a new frontier agency in 1834.
Mutiny at a Hill Garrison | Vietnamese history | the Yen Bai mutiny | the Vietnamese soldiers of the colonial army, the nationalist leader Nguyen Thai Hoc and the French officers of the garrison | the garrison town of Yen Bai | 1930 | the secret party cells inside the barracks; the confused night of the rising; the executions and the bombing of villages | the failure at Yen Bai handed the leadership of Vietnamese nationalism to the communists | the mutiny was a French provocation | Vietnamese soldiers of the French colonial army mutinied at Yen Bai in February 1930. | Nguyen Thai Hoc was guillotined at Yen Bai in June 1930.
A Novelist before a Firing Squad | Philippine history | the execution of Jose Rizal | the writer Jose Rizal, the Spanish friars he satirised and the colonial courts | the city of Manila | 1887 to 1896 | the novel printed in Berlin; the exile to Dapitan; the court martial in the last weeks of 1896 | Spain made Rizal a revolutionary martyr although he had argued for reform, not revolution | Rizal led the revolution of 1896 | Jose Rizal published his novel Noli Me Tangere in Berlin in 1887. | Jose Rizal was shot by a Spanish firing squad in Manila on 30 December 1896.
A Dog Tax and Aircraft | Namibian history | the Bondelswarts affair | the Bondelswarts people of the south, the administrator Gysbert Hofmeyr and the mandates commissioners at Geneva | the dry country near the Orange River | 1922 to 1923 | the tax on hunting dogs; the bombing of the Bondelswarts camp; the inquiry at Geneva | the affair showed how little the mandate system could restrain a mandatory power | the Bondelswarts were rebels who had to be stopped | South African aircraft bombed the Bondelswarts people in South West Africa in 1922. | The League of Nations mandates commission criticised the South African administration over the affair in 1923.
Red Shawls in Madagascar | Malagasy history | the Menalamba rising | the rural people of Imerina, the French general Joseph Gallieni and the Merina court | the highlands around Antananarivo | 1895 to 1897 | the French capture of the capital; the attacks on churches and missionaries; the end of the monarchy | the rising was aimed at the Merina elite and its Christian allies as much as at the French | the Menalamba fought foreigners and nobody else | French troops captured Antananarivo in September 1895. | Joseph Gallieni abolished the Merina monarchy in 1897.
A Company Flag on the Coast | Tanzanian history | the Abushiri revolt | the sugar planter Abushiri ibn Salim, the coastal merchants and the officers of the German East Africa Company | the Swahili towns of the mainland coast | 1888 to 1889 | the company's raising of its flag over the customs houses; the attacks on the company's stations; the imperial force under Hermann von Wissmann | the revolt turned a trading company's venture into a colony ruled by the German state | Abushiri fought to protect the slave trade and nothing else | Coastal towns of German East Africa rose against the German East Africa Company in 1888. | Abushiri was captured and hanged in December 1889.
A State on the Move | West African history | the wars of Samori Toure | the ruler Samori Toure, his professional soldiers and the French columns sent against him | the upper Niger and the savanna to the east | 1882 to 1898 | the workshops that copied European rifles; the scorched-earth retreat eastward; the capture in the forest | Samori was a state-builder whose empire moved across the map to survive | Samori was merely a slave raider | French forces first clashed with Samori Toure's army in 1882. | French forces captured Samori Toure in September 1898.
Barefoot against the Salt Tax | French history | the revolt of the Nu-pieds | the salt makers of the Avranches coast, the poor of Rouen and the chancellor Pierre Seguier | the coast of Lower Normandy and the city of Rouen | 1639 to 1640 | the rumour of a new salt tax; the rebel army calling itself after its bare feet; the chancellor's punishment of Rouen | the revolt was put down so harshly because the crown feared Normandy would be a model for others | the revolt was a riot of the desperate poor with no leaders | The revolt of the Nu-pieds broke out in Normandy in July 1639. | Chancellor Pierre Seguier punished the city of Rouen for the revolt in 1640.
Stamped Paper and Red Caps | French history | the revolt of the bonnets rouges | the peasants of Lower Brittany, the duke of Chaulnes and the tax farmers of the crown | the parishes of western Brittany | 1675 | the new duties on stamped paper and tobacco; the peasant codes demanding fairer dues; the troops quartered on the province afterwards | the peasants' codes show a political programme that the crown chose to treat as mere disorder | the revolt was only a tax riot | Peasants in Lower Brittany rose against new taxes in the summer of 1675. | Royal troops took severe reprisals in Brittany in the autumn of 1675.
Ten Days of a Fisherman | Italian history | the revolt of Masaniello | the fishmonger Tommaso Aniello, the crowds of the market square and the Spanish viceroy | the city of Naples | 1647 to 1648 | the tax on fruit; the ten days of Masaniello's rule; the republic that followed his murder | the revolt outlived its famous leader because its causes were fiscal and not personal | one charismatic fishmonger made the whole revolt | A revolt against a tax on fruit broke out in Naples in July 1647. | Spanish forces regained control of Naples in April 1648.
Blades on the Right Bank | Ukrainian history | the Koliivshchyna | the haidamak leader Maksym Zalizniak, the Cossack captain Ivan Gonta and the Polish nobles and Jewish townspeople of the region | the right-bank Ukraine and the town of Uman | 1768 | the rumour of a golden charter from the empress; the massacre at Uman; the Russian troops who arrested the leaders | the rising was crushed by the very empire its rebels expected to support them | faith alone set the haidamaks in motion | The Koliivshchyna rising broke out in the right-bank Ukraine in the spring of 1768. | Russian troops arrested the rebel leaders in the summer of 1768.
Scythes at Raclawice | Polish history | the Kosciuszko uprising | the general Tadeusz Kosciuszko, the scythe-bearing peasant soldiers and the Russian and Prussian armies | Krakow, Warsaw and the countryside between them | 1794 | the oath in the Krakow market square; the peasant soldiers at Raclawice; the storming of Praga | the uprising mattered more for the promises it made to peasants than for its battles | the uprising was doomed from its first day | Tadeusz Kosciuszko proclaimed the uprising in the market square of Krakow in March 1794. | Russian troops stormed the Warsaw suburb of Praga in November 1794.
A Professor Nobody Wanted | Swiss history | the Zuriputsch | the theologian David Friedrich Strauss, the liberal government of Zurich and the conservative villagers of the canton | the city and canton of Zurich | 1839 | the appointment of Strauss to a chair of theology; the petition campaign in the villages; the march on the city in September | a quarrel about a professorship became a vote on who spoke for the countryside | the putsch was the work of clergy alone | The Zurich government appointed the theologian David Friedrich Strauss to a chair in 1839. | A conservative crowd from the countryside overthrew the Zurich government in September 1839.
A War Fought with Sticks | Swiss history | the Stecklikrieg | the federalist insurgents of central Switzerland, the government of the Helvetic Republic and the first consul in Paris | Bern and the mountain cantons | 1802 to 1803 | the withdrawal of French troops; the insurgents' clubs and the flight from Bern; the mediation dictated from Paris | the insurgents won their war and lost the peace, because Paris decided the outcome | the war proved that the Swiss wanted the old order back | Insurgents armed largely with wooden clubs drove the Helvetic government from Bern in 1802. | Napoleon's Act of Mediation gave Switzerland a new constitution in 1803.
A Republic of Estates | Belgian history | the Brabant Revolution | the lawyer Henri van der Noot, the democrat Jan Frans Vonck and the ministers serving Joseph II | Brussels and the provinces of the Austrian Netherlands | 1789 to 1790 | the emperor's reforms of church and courts; the victory at Turnhout; the split between traditionalists and democrats | the revolution failed because its leaders feared their own democrats more than Austria | the revolt was inspired by events in Paris | Rebels from the Austrian Netherlands defeated imperial troops at Turnhout in October 1789. | The United Belgian States were proclaimed in January 1790.
The Bishop's City in Revolt | Belgian history | the revolution in Liege | the citizens of Liege, their prince-bishop and the imperial courts of the Holy Roman Empire | the city and prince-bishopric of Liege | 1789 to 1791 | the quarrel over a gambling house at Spa; the storming of the Hotel de Ville; the restoration imposed by Austrian troops | a dispute about a casino exposed how little authority the old principality had left | the revolution simply copied events in France | The citizens of Liege overthrew their prince-bishop in August 1789. | Austrian troops restored the prince-bishop of Liege in 1791.
A Rising That Failed in an Evening | Irish history | Robert Emmet's rising | the young organiser Robert Emmet, the United Irishmen who survived 1798 and the authorities at Dublin Castle | the lanes around Thomas Street in Dublin | 1803 | the depots of pikes and rockets; the explosion that forced an early start; the speech from the dock | Emmet's botched evening became a triumph of storytelling for later nationalists | the rising was a reckless gesture with no chance of success | Robert Emmet's Dublin rising collapsed within hours on 23 July 1803. | Robert Emmet was hanged in Thomas Street in Dublin in September 1803.
Oranges for a Queen | Iberian history | the War of the Oranges | the Spanish chief minister Manuel Godoy, the Portuguese court and the French allies pressing Spain | the frontier of the Alentejo and the town of Olivenza | 1801 | the French demand that Portugal break with Britain; the short campaign across the border; the treaty of Badajoz | a three-week war created a border dispute that outlasted everyone who fought it | the war was a farce without consequence | Spanish troops under Manuel Godoy invaded Portugal in May 1801. | Portugal gave up Olivenza to Spain in the treaty of Badajoz in 1801.
A Strike on the Wharves | Australian history | the maritime strike of 1890 | the marine officers, seamen and wharf labourers of the colonies and the shipowners who opposed them | the ports of the Australian colonies and New Zealand | 1890 | the officers' wish to affiliate with the labour council; the strike spreading from ship to shearing shed; the collapse and the turn to parliament | the defeat of the strike made the unions turn to politics | the strike was lost because of poor union leadership | Maritime officers in Australia struck in August 1890 over their right to join a labour council. | The maritime strike had collapsed by November 1890.
A Town of Wood and Wind | Newfoundland history | the great fire of St John's | the townspeople of St John's, the firemen with empty water mains and the relief committees | the Newfoundland harbour town of St John's | 1892 | a parched July and an emptied reservoir; the wind that spread the fire downhill; the rebuilding in brick and stone | the fire destroyed a town that had been left defenceless by a waterworks failure | nothing could have stopped the flames | Flames from a stable fire swept across St John's in July 1892. | The great fire of 1892 left thousands of people in St John's without homes.
A Rally and a Riot | Canadian history | the Vancouver riots of 1907 | the members of the Asiatic Exclusion League, the Chinese and Japanese residents of the city and the federal officials who assessed the damage | Chinatown and Japantown in Vancouver | 1907 to 1908 | the parade and speeches at city hall; the attack on shops and houses; the compensation and the immigration agreement | the riot shaped federal immigration policy more than any law passed by the province | a few drunken men caused the whole riot | A crowd leaving a rally of the Asiatic Exclusion League attacked Chinatown and Japantown in Vancouver in September 1907. | The federal government paid compensation for the losses of Chinese and Japanese residents of Vancouver in 1908.
Five Quiet Days | American labour history | the Seattle general strike | the shipyard workers and union members of Seattle, the strike committee and the mayor Ole Hanson | the city of Seattle | 1919 | the shipyard wage dispute; the committee that kept milk and laundries running; the mayor who claimed to have saved the city | the strike was orderly enough to frighten its opponents more than a riot would have | Seattle stood on the brink of revolution | Some sixty thousand workers struck in Seattle in February 1919. | Mayor Ole Hanson claimed credit for ending the Seattle general strike after five days.
Marching for Eight Hours | American labour history | the Bay View massacre | the Polish and German workers of Milwaukee, the governor Jeremiah Rusk and the state militia | the rolling mills at Bay View in Milwaukee | 1886 | the eight-hour campaign across the city; the march on the rolling mill; the volley and the trials | the shooting was meant to show that the state would not tolerate general strikes | the militia fired in self-defence | Workers in Milwaukee marched for the eight-hour day in May 1886. | State militia fired on marchers at the Bay View rolling mills on 5 May 1886.
Trains Stopped at Martinsburg | American labour history | the railway strike of 1877 | the brakemen and firemen of the eastern lines, the railway presidents and the federal troops | Martinsburg, Baltimore, Pittsburgh and the railway towns between | 1877 | the wage cuts announced in the summer; the burning of the Pittsburgh yards; the soldiers sent by the president | the strike taught employers to rely on soldiers and armouries | the strike was stirred up by foreign agitators | Railway workers at Martinsburg in West Virginia stopped trains in July 1877. | President Hayes ordered federal soldiers into several strike-bound cities in 1877.
A Coup in a Port City | American history | the Wilmington coup | the Black and white officials of the city government, the white supremacist campaigners and the armed Red Shirts | the port of Wilmington in North Carolina | 1898 | the newspaper campaign before the election; the burning of the Black-owned newspaper office; the forced resignation of the city government | the only successful coup in an American city was planned in the open for months | the violence was an unplanned riot | A white supremacist mob overthrew the elected government of Wilmington in North Carolina in November 1898. | Alfred Moore Waddell was installed as mayor of Wilmington within hours of the coup in 1898.
A Camp Flying the Flag | American history | the Sand Creek massacre | the Cheyenne and Arapaho of Black Kettle's camp, the Colorado volunteers and their colonel John Chivington | a bend of Sand Creek in eastern Colorado | 1864 to 1865 | the camp that believed itself under protection; the dawn attack by the volunteers; the congressional hearings | the massacre was defended as a battle only because its victims had been promised safety | the attack was a legitimate act of war | Colorado volunteers under John Chivington attacked a Cheyenne and Arapaho camp at Sand Creek in November 1864. | A congressional committee condemned the attack at Sand Creek in 1865.
Grass by the Greasy Grass | American history | the battle of the Little Bighorn | the Lakota and Cheyenne of Sitting Bull's camp, the Seventh Cavalry and the army commanders who planned the campaign | the valley of the Little Bighorn River in Montana | 1876 to 1877 | the order that all bands return to the agencies; the attack on the great camp; the seizure of the Black Hills | the victory at the Little Bighorn hastened the loss of the lands it was fought to keep | the defeat was caused by one officer's vanity | Lakota and Cheyenne warriors destroyed a large part of the Seventh Cavalry at the Little Bighorn in June 1876. | The United States took the Black Hills from the Lakota by an act of Congress in 1877.
A Flight of Eleven Hundred Miles | American history | the Nez Perce war | the non-treaty bands of the Nez Perce, their leaders Joseph and Looking Glass and the army under Oliver Otis Howard | the Wallowa valley and the long road to Montana | 1877 | the order to move onto the reservation; the long retreat towards Canada; the surrender at the Bear Paw Mountains | the Nez Perce were beaten by distance and exhaustion, not in battle | Joseph was the military genius of the retreat | Nez Perce bands began their flight from the army in June 1877. | Chief Joseph surrendered near the Bear Paw Mountains in October 1877.
Stronghold in the Lava Beds | American history | the Modoc war | the Modoc leader Kintpuash, his band of about fifty fighters and the army of General Edward Canby | the lava beds south of Tule Lake | 1872 to 1873 | the removal to a shared reservation; the siege of the stronghold; the killing of Canby at a peace meeting | a tiny band held an army at bay because the ground favoured the defender | the Modocs were treacherous by nature | The Modoc leader Kintpuash held out in the lava beds of northern California through the winter of 1872. | Kintpuash was hanged at Fort Klamath in October 1873.
The Long Walk | Navajo history | the Long Walk of the Navajo | the Navajo people, the army under Kit Carson and the officials who planned the reservation at Bosque Redondo | the Navajo homeland and the Pecos valley | 1864 to 1868 | the scorched-earth campaign; the forced march east; the treaty that allowed a return | the return of 1868 was won by Navajo negotiators from officials who had admitted failure | poor harvests alone doomed the reservation | The army forced thousands of Navajo people to walk to Bosque Redondo in 1864. | A treaty of 1868 allowed the Navajo to return to their homeland.
A Toy Train to the Summer Capital | Indian history | the Kalka-Shimla railway | the engineers of the railway company, the hill porters it replaced and the officials who moved to Shimla each summer | the foothills between Kalka and Shimla | 1864 to 1903 | the annual move of the government to the hills; the narrow gauge chosen for the slopes; the tunnels and bridges on the climb | the line was built to serve a government habit of escaping the plains | the line was an engineering triumph and nothing else | Shimla served as the summer capital of British India from 1864. | The narrow-gauge railway from Kalka to Shimla opened in November 1903.
A Canal for the Doab | Indian history | the building of the Ganges Canal | the engineer Proby Cautley, his Indian workforce and the famine-stricken farmers of the Doab | the land between the Ganges and the Jumna | 1837 to 1854 | the famine of 1837; the aqueducts over the torrents; the arguments about the canal's gradient | the canal was a response to famine that later critics judged mainly by its engineering | revenue was the canal's only purpose | A severe famine struck the Doab in 1837. | The Ganges Canal opened in April 1854.
Turning a River East | Indian history | the Periyar dam | the engineer John Pennycuick, the labourers in the forests of Travancore and the Madurai cultivators downstream | the Western Ghats on the border of Travancore | 1886 to 1895 | the lease agreed with the Maharaja of Travancore; the floods that washed away the first works; the tunnel sending water east | a dam remembered as one man's gift was a long negotiation between states | Pennycuick built the dam alone against official indifference | The Maharaja of Travancore leased land for the Periyar reservoir in 1886. | The Periyar dam was completed in 1895.
Cotton on the Gezira | Sudanese history | the Gezira scheme | the tenant farmers of the Gezira, the Sudan Plantations Syndicate and the dam builders at Sennar | the plain between the Blue and White Niles | 1911 to 1925 | the pilot pumping stations; the dam across the Blue Nile; the partnership that split profits between tenant, company and state | the scheme tied Sudan's economy to one crop for half a century | the scheme was a pure success of development | Pilot cotton farms on the Gezira plain were irrigated by pumps from 1911. | The Sennar dam on the Blue Nile was completed in 1925.
Counting London's Dead | history of statistics | John Graunt's study of the bills of mortality | the haberdasher John Graunt, the parish clerks who compiled the bills and the fellows of the Royal Society | the parishes inside London's walls | 1662 | the weekly bills and their searchers; the tables Graunt drew from them; the estimates of London's population | the first work of statistics came from a tradesman who trusted numbers more than the learned did | Graunt merely copied figures without analysing them | John Graunt published his observations on the London bills of mortality in 1662. | John Graunt became a fellow of the Royal Society in 1663.
What Breslau Knew about Dying | history of statistics | Edmond Halley's life table | the astronomer Edmond Halley, the pastor Caspar Neumann and the annuity sellers of the English government | the city of Breslau in Silesia | 1687 to 1693 | the parish registers kept by Neumann; the table of survivors by age; the price of government annuities | the table was correct and was ignored for a century by those who sold annuities | Halley's table had no practical influence at all | Caspar Neumann gathered the Breslau records of births and deaths in the late 1680s. | Edmond Halley published a life table built from the Breslau records in 1693.
The Fortune Made at Waterloo | financial history | the legend of Rothschild and Waterloo | the banker Nathan Mayer Rothschild, the traders of the London stock exchange and the pamphleteers who told the story | the trading floors of the London exchange | 1815 to 1846 | the couriers who brought news of the battle; the prices of government stock that week; the pamphlet that invented the fortune | the famous fortune was a story invented decades later to attack a family | Rothschild really made a killing from early news | The battle of Waterloo was fought in June 1815. | A French pamphlet spread the story of a Rothschild fortune made from early news of Waterloo in 1846.
A Currency Backed by Land | German history | the Rentenmark | the currency commissioner Hjalmar Schacht, the finance minister Hans Luther and the savers ruined by inflation | Berlin and the Weimar Republic | 1923 to 1924 | the collapse of the paper mark; the mortgage on land and industry backing the new money; the strict limit on its issue | the new money worked because people believed in the limit, not because of the land behind it | the land behind the currency gave it real value | The Rentenmark was introduced in Germany in November 1923. | The Reichsmark replaced the Rentenmark as the legal currency of Germany in 1924.
A Banker's Rule | financial history | Walter Bagehot's Lombard Street | the editor Walter Bagehot, the governors at Threadneedle Street and the City's bill brokers | the banking houses around the Royal Exchange | 1866 to 1873 | the panic of 1866; the rule to lend freely at a high rate; the reluctance of the governors | Bagehot's rule described what the Bank already did in a crisis and made it respectable | Bagehot dreamed up emergency lending from nothing | The Bank of England raised its rate to ten per cent during the panic of 1866. | Walter Bagehot published Lombard Street in 1873.
Blight in the Glens | Scottish history | the Highland potato famine | the crofters and cottars of the western Highlands, the relief board and the landlords who paid for emigration | the Hebrides and the western seaboard | 1846 to 1856 | the blight of 1846; the destitution test of work for meal; the assisted emigration to Australia | relief saved lives but was designed to push people off the land | the famine was mild compared with Ireland and left little mark | Potato blight struck the Scottish Highlands in 1846. | The Central Board of Management for Highland Relief was formed in 1847.
Two Earls Set Sail | Irish history | the Flight of the Earls | the earls of Tyrone and Tyrconnell, their households and the Lord Deputy Arthur Chichester | Rathmullan on Lough Swilly | 1607 to 1616 | the suspicion of a new plot; the sudden departure by ship; the confiscation of their lands | the earls' flight gave the crown the excuse it wanted for a plantation | the earls fled because they were guilty of treason | The earls of Tyrone and Tyrconnell sailed from Rathmullan in September 1607. | Hugh O'Neill died in Rome in 1616.
Planters on the Foyle | Irish history | the Plantation of Ulster | the undertakers and servitors granted land, the Gaelic Irish left as tenants and the merchants of London | the escheated counties of Ulster | 1609 to 1613 | the survey of the confiscated counties; the London companies' share at Coleraine; the new town charter on the Foyle | the plantation was less complete on the ground than on the maps drawn for it | the plantation replaced the native population entirely | The crown published its conditions for the plantation of six Ulster counties in 1609. | The city of Londonderry received its charter in 1613.
Letters by Tube | history of communications | the pneumatic post of Paris | the engineers of the telegraph administration, the Parisians who sent petits bleus and the clerks at the tube stations | the streets and sewers of Paris | 1866 to 1984 | the tubes laid along the sewers; the blue cards that crossed the city in an hour; the slow decline after the telephone | Parisian habits of note-writing kept the tubes busy for a century | the telephone killed the tubes overnight | Paris opened a pneumatic tube network for telegrams in 1866. | The Paris pneumatic post closed in 1984.
Shutters on the Hilltops | history of communications | the Admiralty shutter telegraph | the clergyman George Murray, the naval officers who manned the stations and the Admiralty board | the chain of hills from London to Deal | 1796 to 1816 | the boards of six shutters; the messages that crossed Kent in minutes; the fog that stopped everything | the telegraph was valued for its speed on clear days and distrusted for its silence on foggy ones | the telegraph revolutionised naval warfare | The Admiralty opened a shutter telegraph line from London to Deal in 1796. | The Admiralty began replacing its shutter stations with semaphores in 1816.
Pigeons over the Prussian Lines | French history | the pigeon post of besieged Paris | the pigeon fanciers of Paris, the photographer Rene Dagron and the postal officials at Tours | besieged Paris and the government at Tours | 1870 to 1871 | the balloons that carried the birds out; the messages shrunk onto film; the hawks and the winter weather | the pigeon post worked because of the photography that made each bird carry thousands of messages | the birds alone kept Paris in touch with France | Pigeons carried messages into besieged Paris from September 1870. | The photographer Rene Dagron flew out of Paris by balloon in November 1870.
A Penny Post Taken Over | British postal history | William Dockwra's penny post | the merchant William Dockwra, the Duke of York and the London shopkeepers who received his letters | the square mile and its outskirts | 1680 to 1682 | the receiving houses in shops and taverns; the hourly deliveries and the time stamps; the lawsuit over the royal monopoly | the crown took over Dockwra's post because it proved too profitable to leave in private hands | the penny post failed for lack of customers | William Dockwra opened a penny post in London in 1680. | The Duke of York's monopoly forced Dockwra's post into government hands in 1682.
Coaches That Kept Time | British postal history | John Palmer's mail coaches | the theatre owner John Palmer, the guards and coachmen of the mail and the postmasters who opposed him | the road from Bath and Bristol to London | 1784 to 1792 | the trial run from Bristol; the armed guards and the timetables; the quarrel that ended Palmer's career | the mail coaches succeeded because they made the whole country keep one timetable | Palmer simply copied the stagecoaches | The first mail coach ran from Bristol to London in August 1784. | John Palmer was dismissed from the Post Office in 1792.
Riders of an Imperial Family | European postal history | the Thurn und Taxis post | the Taxis family of postmasters, the Habsburg emperors who granted their rights and the princes who challenged them | the relay stations from the Low Countries to Italy | 1490 to 1867 | the relay riders of the first routes; the hereditary office of postmaster general; the sale to Prussia | a family business became a public service because rulers needed it more than they resented it | the Taxis post was a simple monopoly kept by bribery | Franz von Taxis organised relay riders for the Habsburgs in 1490. | The Thurn und Taxis postal service was sold to Prussia in 1867.
One Postal Territory | international history | the founding of the Universal Postal Union | the German postal chief Heinrich von Stephan, the delegates at Bern and the clerks who settled accounts between countries | the city of Bern | 1874 to 1878 | the tangle of postal treaties; the single rate agreed at Bern; the rule that each country keeps its own stamps' money | the union worked because it abolished accounting rather than adding to it | the union was imposed by the great powers | Delegates of twenty-two countries signed the treaty of Bern creating the General Postal Union in October 1874. | The General Postal Union took the name Universal Postal Union in 1878.
An Aeroplane Upside Down | philatelic history | the Inverted Jenny | the stock broker's clerk William Robey, the printers of the Bureau of Engraving and the dealers who bought the sheet | a post office window in Washington | 1918 | the first airmail stamps printed in two colours; the sheet bought at the counter; the sale to a dealer within days | the most famous error stamp was valued for its story more than its rarity | printers at the bureau let the error out on purpose | A sheet of airmail stamps with the aeroplane printed upside down was sold in Washington in May 1918. | William Robey sold the sheet of inverted stamps to a dealer within a week in 1918.
A Stamp of the Wrong Colour | philatelic history | the treskilling yellow | the Swedish postal printers, the schoolboy Georg Wilhelm Backman and the collectors who bought the stamp in turn | the Swedish post office and a grandmother's attic | 1855 to 1886 | the first Swedish stamps; the colour error in the printing; the schoolboy's find decades later | a single printing slip became valuable only because no second copy was ever found | the stamp is valuable because of its beauty | Sweden issued its first postage stamps in 1855. | A schoolboy found a three-skilling stamp printed in yellow instead of green in 1886.
A Postmaster's Emergency | philatelic history | the one-cent magenta | the postmaster of Georgetown, the printers of the Official Gazette and the schoolboy Vernon Vaughan | the colony of British Guiana | 1856 to 1873 | the shipment of stamps that failed to arrive; the provisional issue printed locally; the single copy found in family papers | the world's rarest stamp began as a makeshift for a late ship | the stamp was always prized by collectors | A postmaster in Georgetown had emergency stamps printed locally in 1856. | A schoolboy named Vernon Vaughan found the one-cent magenta among family papers in 1873.
Stamps for a Governor's Ball | philatelic history | the Post Office stamps of Mauritius | the engraver Joseph Barnard, the governor's household and the collectors who hunted the stamps later | the island of Mauritius | 1847 | the first stamps of a British colony outside Britain; the words engraved on the plate; the covers that survived the century | the legend of the ball has done more for the stamps' fame than their rarity | the words on the stamps were an engraver's blunder | Mauritius issued its first stamps, engraved locally by Joseph Barnard, in 1847. | The first Mauritius stamps bore the words Post Office rather than Post Paid.
A Battle over Rails | British railway history | the gauge commission | the engineer Isambard Brunel, the rival railway companies and the commissioners who tested their trains | the junctions where broad and narrow gauge met | 1845 to 1846 | the chaos of transfer at Gloucester; the speed trials of broad and narrow gauge trains; the act that settled for the narrower track | the commissioners chose the gauge that already had most miles, not the one that ran best | the better gauge won on merit | A royal commission heard evidence on the break of gauge in 1845. | The Gauge Act fixed the standard gauge for new passenger lines in 1846.
Quicksand under Northamptonshire | British railway history | the Kilsby tunnel | the engineer Robert Stephenson, the navvies who drove the tunnel and the London and Birmingham board | the ridge near Kilsby in Northamptonshire | 1835 to 1838 | the quicksand found in the trial shafts; the pumping engines that drained it; the cost that trebled | Stephenson finished the tunnel by trusting pumps over predictions | Kilsby was a reckless waste of money | Work on the Kilsby tunnel struck quicksand soon after digging began in 1835. | The Kilsby tunnel opened with the London and Birmingham Railway in 1838.
The Last Half-Zebra | natural history | the extinction of the quagga | the Boer farmers of the Karoo, the zoo keepers of Amsterdam and the scientists who later studied quagga DNA | the plains of the Karoo and the Amsterdam zoo | 1883 to 1987 | the hunting for hides and meat; the last animal dying unnoticed in a zoo; the breeding project begun a century later | the quagga vanished because nobody thought it different enough to save | the quagga was a separate species wiped out by hunting alone | The last known quagga died in Amsterdam zoo in August 1883. | The Quagga Project began breeding zebras with quagga-like markings in 1987.
Seeds in a Bouquet | Brazilian history | the coming of coffee to Brazil | the officer Francisco de Melo Palheta, the governor's wife in Cayenne and the planters of Para | the frontier between French Guiana and Brazil | 1727 to 1850 | the boundary mission to Cayenne; the seedlings carried home; the spread of coffee southward | the story of a romantic gift hides a slow spread that owed more to slaves and credit | one smuggled bouquet made Brazil a coffee power | Francisco de Melo Palheta brought coffee seedlings from French Guiana to Brazil in 1727. | Brazil had become the largest coffee producer in the world by the 1840s.
A Boy and a Vanilla Flower | history of agriculture | Edmond Albius and hand pollination | the enslaved boy Edmond Albius, his owner Ferreol Bellier-Beaumont and the planters of Reunion | the island of Reunion | 1841 to 1880 | the vines that flowered without fruit; the quick gesture of the thumb; the rival claim of a botanist | the island's vanilla wealth rested on a boy who was given neither credit nor reward | the method was discovered by trained botanists | Edmond Albius, a twelve-year-old enslaved boy on Reunion, found a quick way to pollinate vanilla by hand in 1841. | Edmond Albius died in poverty in 1880.
Sugar from Roots | history of agriculture | beet sugar in Napoleonic Europe | the chemist Franz Karl Achard, the Prussian king who funded him and the French growers ordered to plant beet | Cunern in Silesia and the fields of northern France | 1802 to 1811 | the first beet sugar factory; the blockade that cut off cane sugar; the imperial decrees on planting | beet sugar was kept alive by war and tariffs, not by price | beet sugar was a sudden triumph of chemistry | Franz Karl Achard opened the first beet sugar factory at Cunern in Silesia in 1802. | Napoleon ordered land to be planted with sugar beet in 1811.
Milk in a Tin | history of food | Gail Borden's condensed milk | the inventor Gail Borden, his backer Jeremiah Milbank and the army buyers of the Civil War | a factory in Connecticut and the camps of the Union army | 1856 to 1865 | the patent won after years of refusal; the vacuum pan; the army contracts | condensed milk succeeded because a war created its first mass market | the product sold itself from the start | Gail Borden received a patent for condensed milk in 1856. | Union army contracts made condensed milk a commercial success in the early 1860s.
Beef in a Jar | history of food | Liebig's extract of meat | the chemist Justus von Liebig, the engineer George Giebert and the cattle ranchers of Uruguay | the works at Fray Bentos on the Uruguay River | 1865 to 1899 | the cattle killed for hides alone; the extract boiled down in vats; the advertising cards collected by children | the extract was sold as nourishment although chemists soon knew it had little | the extract was a great advance in nutrition | London investors set up the Liebig Extract of Meat Company in 1865. | The company's works at Fray Bentos were processing cattle from the Uruguayan plains by the late 1860s.
Death in the Pot | history of food | Frederick Accum's treatise on adulteration | the chemist Frederick Accum, the grocers and brewers he named and the managers of the Royal Institution library | the shops and breweries of London | 1820 to 1821 | the book that named names; the poisoned sweets and coloured pickles; the scandal that drove Accum abroad | Accum's exposure of the food trade was answered by an attack on his own character | Accum was ruined by his own dishonesty | Frederick Accum published his treatise on the adulteration of food in 1820. | Frederick Accum left England for Berlin in 1821 after a scandal over pages cut from library books.
Ships of Children | social history | the emigration of Barnardo's children | the founder Thomas Barnardo, the children in his homes and the Canadian farmers who took them | the homes in Stepney and the farms of Ontario | 1870 to 1939 | the promise of a fresh start; the inspection visits that seldom happened; the letters that reached home | the scheme was praised as rescue long after its own records showed neglect | the children were better off in Canada | Thomas Barnardo opened his first home for destitute boys in Stepney in 1870. | Barnardo's homes sent their first party of children to Canada in 1882.
A Farm Owned by Everyone | Irish history | the Ralahine cooperative | the landowner John Scott Vandeleur, the farm labourers of the association and the organiser Edward Thomas Craig | the Ralahine estate in County Clare | 1831 to 1833 | the labour notes paid instead of coin; the rules against drink and violence; the gambling debts that ended it | the cooperative worked as a farm and failed because its founder still owned the land | the experiment failed because Irish labourers would not cooperate | John Scott Vandeleur set up a cooperative on his estate at Ralahine in County Clare in 1831. | The Ralahine cooperative collapsed when Vandeleur fled his gambling debts in 1833.
Separatists on the Tuscarawas | American religious history | the Society of Separatists of Zoar | the German separatists of Zoar, their leader Joseph Bimeler and the Quakers who helped them sail | the village of Zoar in Ohio | 1817 to 1898 | the land bought on credit; the communal property adopted to pay for it; the division of property at the end | the commune was a way of paying a debt that outlived its purpose | the community held together by religious faith alone | German separatists founded the village of Zoar in Ohio in 1817. | The Zoar society divided its property among its members in 1898.
Waiting for the End at Economy | American religious history | the Harmony Society | the preacher George Rapp, his followers from Wurttemberg and the buyers of their factories' goods | the towns the society built in Pennsylvania | 1804 to 1905 | the celibacy adopted in 1807; the mills and vineyards; the slow dwindling of members | a society awaiting the millennium became one of the richest firms in the state | the society collapsed because celibacy made it die out | George Rapp led his followers from Wurttemberg to Pennsylvania in 1804. | The Harmony Society was formally dissolved in 1905.
A Prophet Shot in a Courthouse | American religious history | the Bishop Hill colony | the preacher Erik Jansson, his Swedish followers and the adventurer John Root | the prairie of Henry County, Illinois | 1846 to 1861 | the emigration from Sweden; the first winter in dugouts; the murder of the founder | the colony prospered most after the prophet who founded it was dead | the colony died with its founder | Erik Jansson led his Swedish followers to Bishop Hill in Illinois in 1846. | Erik Jansson was shot dead in the courthouse at Cambridge, Illinois, in 1850.
Colonies of the Plains | North American religious history | the Hutterite migrations | the Hutterite families from the Russian empire, the conscription officials and the ranchers of the northern plains | Dakota Territory and the Canadian prairies | 1874 to 1918 | the loss of exemption from military service; the communal farms in Dakota; the move to Canada in wartime | the Hutterites survived by moving whenever a state demanded soldiers from them | the Hutterites were welcomed everywhere as model farmers | Hutterite families from the Russian empire settled in Dakota Territory in 1874. | Most Hutterite colonies moved from South Dakota to Canada in 1918.
Burning the Guns | Canadian religious history | the Doukhobor emigration | the Doukhobor communities of the Caucasus, their leader Peter Verigin and the Canadian immigration officials | the Caucasus and the prairies of Saskatchewan | 1895 to 1899 | the burning of weapons; the exile to Georgian villages; the voyage to Canada | the Doukhobors reached Canada because their pacifism became an international cause | the emigration was a free choice | Doukhobors burned their weapons in a protest in the Caucasus in 1895. | About seven thousand Doukhobors sailed from Russia to Canada in 1899.
Two Fingers or Three | Russian religious history | the schism of the Old Believers | the patriarch Nikon, the archpriest Avvakum and the monks of the Solovetsky monastery | Moscow and the northern monasteries | 1653 to 1682 | the new service books; the church council that condemned the dissenters; the siege of Solovetsky | a dispute about ritual became a lasting split because the state enforced it | the schism was about trivial details | A church council condemned the opponents of Patriarch Nikon's reforms in 1666. | The archpriest Avvakum was burned at the stake in 1682.
A Box Waiting for Bishops | English religious history | the Panacea Society | the founder Mabel Barltrop, her followers in Bedford and the bishops asked to open Joanna Southcott's box | the houses of the society in Bedford | 1919 to 1927 | the prophecies of Joanna Southcott; the campaign with posters and newspaper advertisements; the box opened in 1927 | a small Bedford sect won national attention through advertising more than prophecy | the society was a harmless eccentricity | Mabel Barltrop founded the Panacea Society in Bedford in 1919. | A box said to be Joanna Southcott's was opened in London in 1927 and found to hold little of value.
An Abode of Love | English religious history | the Agapemone | the clergyman Henry James Prince, his wealthy followers and the villagers of Spaxton | the walled house at Spaxton in Somerset | 1846 to 1902 | the lawsuits brought by families of members; the scandal of the spiritual brides; the successor's claim in London | the sect survived its scandals because its members' money kept it independent | the Agapemone was simply a fraud | Henry James Prince opened the Agapemone at Spaxton in Somerset in 1846. | John Hugh Smyth-Pigott declared himself the Messiah in the sect's London chapel in 1902.
The Last Two Witnesses | English religious history | the Muggletonians | the tailors John Reeve and Lodowicke Muggleton, their followers and the courts that tried them | Commonwealth-era London | 1652 to 1677 | the two tailors' prophetic claim; the curses pronounced on opponents; the trial for blasphemy | the sect lasted because it asked little of its members except belief | the sect was a passing oddity of the civil war years | John Reeve and Lodowicke Muggleton declared themselves the two last witnesses in 1652. | Lodowicke Muggleton was tried and pilloried for blasphemy in 1677.
A Book Sold at the Scaffold | English civil war history | Eikon Basilike | Charles I, the cleric John Gauden who probably wrote it and the poet John Milton | London booksellers' shops | 1649 | the book's sudden appearance after the execution; the many editions that followed; the reply by Milton | the book made a defeated king a martyr more effectively than any army could have done | the book had no political effect | Eikon Basilike went on sale within days of the king's execution in 1649. | John Milton answered the book with Eikonoklastes in 1649.
Spaniards in Kintail | Scottish history | the Jacobite rising of 1719 | the Spanish infantry who landed in the Highlands, the Jacobite clans and the government troops under Joseph Wightman | Glen Shiel in Kintail | 1719 | the Spanish fleet scattered by a storm; the small landing in the west; the fight in the glen | the rising failed because the main invasion never arrived | the government faced real danger that spring | A storm scattered the main Spanish invasion fleet in March 1719. | A Spanish-backed Jacobite force was defeated at Glen Shiel in June 1719.
A Fleet Sunk by Its Own Crews | naval history | the scuttling at Scapa Flow | Admiral Ludwig von Reuter, the German skeleton crews and the salvage men who raised the wrecks | the anchorage of Scapa Flow in Orkney | 1919 to 1939 | the fleet interned after the armistice; the signal to open the valves; the salvage work that followed | the scuttling spared the victors a quarrel over dividing the ships | the scuttling was an act of treachery against the armistice | Admiral Ludwig von Reuter ordered the interned German fleet to scuttle at Scapa Flow on 21 June 1919. | Salvage crews raised many of the sunken German ships at Scapa Flow in the 1920s and 1930s.
Fibre and Whale Oil | Scottish economic history | Dundee's jute trade | the millworkers of Dundee, the jute barons and the rival mills of Calcutta | the mills of Dundee and Calcutta | 1830 to 1890 | the whale oil that softened the fibre; the sacks and sandbags sold in war; the competition from Bengal | Dundee's jute trade taught its rivals how to beat it | the trade collapsed because of Indian wages alone | Dundee mills began spinning jute softened with whale oil in the 1830s. | The first jute mill near Calcutta opened in 1855.
Floors from Kirkcaldy | Scottish economic history | the linoleum of Kirkcaldy | the manufacturer Michael Nairn, the inventor Frederick Walton and the workers of the Kirkcaldy factories | the town of Kirkcaldy in Fife | 1847 to 1890 | the floorcloth made from canvas and paint; the patent for linoleum; the smell of linseed oil over the town | Kirkcaldy prospered by buying an invention it had not made | linoleum was a Scottish invention | Michael Nairn opened a floorcloth factory in Kirkcaldy in 1847. | Frederick Walton patented linoleum in 1860.
"""

SCHOLARS = ["Dunnington", "Haveringham", "Purslow", "Larcombe", "Spraggett", "Thurgood", "Wolfenden", "Bellchambers",
            "Coggeshall", "Frogley", "Gurdon", "Hatherleigh", "Jermy", "Kingdom", "Lovibond", "Sheepshanks",
            "Twisleton", "Pinchbeck", "Hosegood", "Rudyerd", "Sallowes", "Tregaskis", "Upjohn", "Yeandle"]

OPENING = [
    "Ask a room of strangers about {x} and most will guess wrongly at the century.",
    "My interest in {x} started with a misprinted date in a library catalogue.",
    "Textbooks tend to file {x} under a heading that does it no favours.",
    "Retold often enough, {x} has acquired the smoothness of a river pebble.",
    "Two incompatible tales of {x} circulate, overlapping barely at all.",
    "Whoever first wrote up {x} decided its meaning before checking its details.",
    "For years I treated {x} as a sideshow.",
    "Almost nobody who talks confidently about {x} has read the papers behind it.",
    "A tourist leaflet can summarise {x} in forty words and still mislead.",
    "Historians have circled {x} for generations without quite landing.",
    "One could easily read {x} as a parable whose moral was written first.",
    "Nearly every telling of {x} opens with the wrong scene.",
    "People who have never heard the phrase {x} still live with some of its results.",
]
FRAME = [
    "Events play out largely in {setting}.",
    "The cast is {people}.",
    "My dates run across {period}, with a glance beyond at the close.",
    "Gaps in the record will be flagged rather than papered over.",
    "Sequence is the key to almost everything that follows.",
    "Not every riddle here gets an answer.",
]
ROADMAP = [
    "We begin with {s1}, move on to {s2}, and leave the strongest objection for later.",
    "Each part takes one piece of the standard account and weighs it.",
    "The order is roughly chronological, with one detour.",
    "The fullest evidence concerns {s1}, so it gets the longest treatment.",
    "Opponents of my reading get their turn before the final section.",
]
QUESTION_LEAD = [
    "Beneath the detail lies an ordinary puzzle: {question}",
    "Put bluntly, what I want to know is this: {question}",
    "One question kept me reading: {question}",
    "Everything below turns on a single query: {question}",
]
QUESTIONS = ["who gained anything from {x}?",
             "what choice did {people} really have?",
             "why has the tidiest account of {x} proved so durable?",
             "what would {setting} look like now if things had gone differently?"]
CLAIM_THESIS = [
    "My argument, then, is that {thesis}.",
    "My purpose in these paragraphs is to persuade you that {thesis}.",
    "Weighed with care, what survives indicates that {thesis}.",
    "Put as briefly as I can, {thesis}.",
    "Close attention to {s1}, {s2} and {s3} convinces me that {thesis}.",
    "A fairer reading grants that {thesis}.",
    "I hope by the end to have shown that {thesis}.",
    "The most reliable witnesses converge on this: {thesis}.",
]
CONTEXT = [
    "Pressure had gathered quietly for years before anything visible happened.",
    "Complaints had a longer history than any of the people voicing them.",
    "{People} had fewer choices than later writers allow them.",
    "Contemporaries had no idea which version posterity would keep.",
    "Long-standing arrangements were visibly fraying.",
    "Those who wrote the first accounts had their own names to protect.",
    "{Scholar} locates the origins some thirty years earlier.",
    "Much paperwork originated in {setting}.",
    "The order of events is settled; the motives behind them are not.",
    "Regulations had accreted for decades, unpruned.",
    "Statute and custom had quietly parted ways.",
    "Each observer glimpsed only a sliver of events.",
]
NAMING = [
    "The vocabulary around {x} deserves a brief comment.",
    "The phrase {x} was coined after the fact, not during it.",
    "{People} used self-descriptions that strike modern ears as odd.",
    "Where I use modern labels, it is only for convenience.",
    "Just calling it {x} already leans one way.",
    "Hardly a term in this field arrives without an opinion attached.",
]
RECORD = [
    "Evidence about {x} survives in three forms.",
    "Official ledgers from {setting} log events but rarely motives.",
    "Letters written by {people} are lively, though none was written for posterity.",
    "Newspapers covered {x} quickly and carelessly.",
    "Memoirs composed long after supply colour without certainty.",
    "Maps, buildings and surviving objects allow us to check what the writers said.",
]
CAST = [
    "Who exactly was drawn into {x}?",
    "{People} wanted incompatible things.",
    "A few left written accounts; most left nothing.",
    "{Scholar} gives the obscure participants the same attention as the celebrated ones, rightly.",
    "Instructions sent from a distance boxed in every local decision.",
]
STRAND_IN = [
    "Take {s}.",
    "The richest files concern {s}.",
    "Easily missed but central is {s}.",
    "Nobody writing fairly could omit {s}.",
    "Surprisingly few studies linger on {s}.",
    "Next comes {s}.",
    "Much of my case rests on {s}.",
    "It is worth slowing down over {s}.",
    "Running alongside was {s}.",
    "The archive speaks most loudly about {s}.",
]
POINT = [
    "Read slowly, the documents on {s} are full of hesitation.",
    "Whoever kept the record of {s} wanted it to look tidier than it was.",
    "Looking back, {s} seems inevitable, but nobody then thought so.",
    "{Scholar} reads {s} chiefly as a matter of money and timing, and only then of belief.",
    "Those who talked loudest about {s} frequently understood it least.",
    "Nothing about {s} was hidden, and hardly anyone objected.",
    "{People} argued bitterly with one another over {s}.",
    "Estimates for {s} shift according to who made them.",
    "Much of {s} was decided out of sight of any official.",
    "Several versions of {s} were written to settle old scores.",
    "Local knowledge of {setting} shaped {s} in ways visitors missed.",
    "The humdrum particulars of {s}, such as queues and bills, are the most revealing.",
    "Rumour outpaced orders throughout {s}.",
    "News moved slowly during {s}, and that mattered.",
    "Repeated claims about {s} often trace to one memoir.",
    "After {s} had begun, nobody could easily turn back.",
]
NUMBERS = [
    "{Scholar} ({year}) counted {num} instances and tied {pct} per cent of them to {s}.",
    "{Scholar} catalogued {num} letters; {pct} per hundred touch on {s}.",
    "{Scholar} ({year}) credits {s} with perhaps {pct} per cent of subsequent events.",
    "Working through {num} files in {year}, {Scholar} found scarcely one silent on {s}.",
    "Across {num} similar episodes {Scholar} ({year}) met {s} almost without fail.",
    "{Scholar} grants the sample's modest size yet calls its verdict on {s} consistent.",
    "{Scholar} ({year}) weighs {s} at nearly {pct} per cent.",
    "{Scholar} doubts the witnesses that previous scholars of {s} relied upon.",
]
CASES = [
    "{Scholar} tracks the whole affair via a single family's post.",
    "In {setting}, {people} dealt with {s} as well as they were able.",
    "A similar shape appears far from {setting}.",
    "{S} was ordinary rather than exceptional.",
    "The pattern resurfaces time after time across {period}.",
    "{People} kept circling back to it in later recollections.",
    "Other examples of {s} crop up without much searching.",
]
LINK_BACK = [
    "In miniature, then, {s} implies that {thesis}.",
    "A single case proves little, but this one runs against the familiar view of {s}.",
    "Dismiss {s} and you lose what gave the episode its force.",
    "Once more, {s} points towards the view that {thesis}.",
    "On paper the difference was small; for those living through {s} it was enormous.",
    "Should I be wrong about {s}, this needs another explanation.",
    "Take away {s} and the usual verdicts start to wobble.",
]
PIVOT = ["Then came {s}, and nothing stayed still.", "Next arrived {s}.",
         "From this point on, everything turned on {s}.", "{S} rewrote everyone's options."]
CITE_LEAD = [
    "{Scholar} compresses {setting} into one line:",
    "Years later, someone who had grown up in {setting} recalled:",
    "Speaking about {x} in {year}, one lecturer said:",
    "{Scholar} is blunt about {s}:",
    "{Scholar} is at her sharpest on {s}:",
]
CITED = [
    "Under close inspection the classroom {x} crumbles.",
    "To those living through it, {s} was a day's work, not an event.",
    "Memory squeezes {x} into one afternoon; the papers show a season of routine.",
    "Once you have read everything, {s} no longer looks odd at all.",
    "{X} happened a single time; its retellings are countless.",
    "Boring paperwork about {s} is more trustworthy than a witness who enjoys a story.",
]
CITE_AFTER = [
    "Neat to a fault, yet accurate.",
    "A lone testimony, admittedly, from someone close by.",
    "Saying so cost her dearly, so the remark deserves respect.",
    "Time has blurred the particulars but kept the core.",
]
CITE_AFTER2 = [
    "{People} make the same observation in their own letters.",
    "Nobody at the time needed {s} explained to them.",
    "Nobody has tested it beyond {setting}.",
    "Mainly it illuminates {s}.",
    "Classroom accounts of {x} omit it altogether.",
]
LIST_INTRO = [
    "Where {x} did least harm, a handful of conditions recur:",
    "When {people} came through well, the same ingredients tend to appear:",
    "Things in {setting} would have gone more easily given:",
    "Wherever {setting} fared well, you tend to find:",
]
LIST_POINT = [
    "leaders who understood {s} early enough",
    "honest consultation with {people} on {s}",
    "swift repair once {s} started slipping",
    "outside scrutiny of {s}",
    "piloting {s} somewhere modest first",
    "clear costings of {s}",
]
LIST_EXTRA = ["steady funding for {x} that nobody could withdraw", "someone with authority to halt {x} entirely",
              "records of {x} kept safe when their keepers moved on", "a deadline for reconsidering {x}"]
COMPARE = [
    "Placed alongside its neighbours, {x} stops seeming freakish.",
    "Towns facing strains akin to those of {setting} diverged sharply.",
    "Talking early with {people} generally cooled tempers.",
    "The analogy snaps at {s2}, which had no real twin.",
    "Right up to the final weeks, {setting} could still have gone another way.",
    "Where opponents of {x} could speak freely, things tended to end more gently.",
]
COUNTERFACT = [
    "Picture {s2} ending otherwise.",
    "Guesswork of this sort proves nothing about {x}; it simply shows which walls carry the roof.",
    "Without {s1}, the next chapter in {setting} is impossible to predict.",
    "{People} would have faced altogether unfamiliar choices.",
    "Taken too far, the game makes a harsh result look like a menu option.",
]
LEGACY = [
    "{X} ended; its consequences carried on.",
    "Memories of {x} steered decisions in {setting} for a generation.",
    "{People} passed their account down to their children.",
    "Every subsequent inquiry circled back to {s3}.",
    "Every anniversary of {x} produces new versions, each a little bent.",
    "Several lessons later pinned on {x} do not survive a second look.",
]
DOUBT = [
    "Against all this, a critic might say that {rival}.",
    "The chief competing view holds that {rival}.",
    "Specialists sometimes respond that {rival}.",
    "A reasonable reader might object that {rival}.",
    "Read in one light, a few letters imply that {rival}.",
]
DOUBT_MORE = [
    "{People} would have recognised that view.",
    "It has respectable defenders and needs an answer.",
    "{Scholar2} ({year2}) argues this over many pages.",
    "It is not baseless, since every decision taken during {x} injured someone.",
]
ANSWER = [
    "{Setting} left papers that tell a different story, though.",
    "About {s2} it says nothing.",
    "Besides, the argument assumes its conclusion.",
    "That view makes {x} more orderly than the files will bear.",
    "On that reasoning, every place like {setting} would have ended identically.",
    "Someone paid a price, of course; proving that price was decisive is another matter.",
]
CLOSE_FIRST = [
    "In short, {thesis}.",
    "Read together, the sources back a single account of {x}.",
    "The argument about {x} has not finished.",
    "So what, finally, should we conclude about {x}?",
    "The threads of evidence meet at one point: {thesis}.",
    "Scrape off the varnish and a single judgement of {x} remains.",
    "{X} is too often reduced to a slogan nobody checks.",
]
CLOSE_MID = [
    "On its own, each of {s1}, {s2} and {s3} explains little; woven together they explain nearly everything.",
    "Some still maintain that {rival}; the documents say otherwise.",
    "Small facts about {s1}, rather than grand theories, did the work here.",
    "The original disputants over {x} are all gone; their dispute lingers.",
    "Uncatalogued papers in {setting} may still change some particulars.",
    "Without its legend, {x} shrinks to what the records can support.",
]
CLOSE_LAST = [
    "{People} were still counting their losses after the newspapers had lost interest.",
    "{Setting} and the country round it deserve a closer look next.",
    "Those who directed {x} had other paths open to them all along.",
    "{X} exposes routines and offices rather than scoundrels.",
    "{X} deserves retelling, but more carefully than before.",
    "{X} sits in the wrong drawer of history, and refiling it is overdue.",
    "Ultimately {x} belongs less to its famous names than to {people}.",
]
HD_BACK = ["Setting the scene", "The state of things", "Before it began", "How it came to this", "Beginnings",
           "The lead-up"]
HD_NAMING = ["Words and names", "Vocabulary", "Names"]
HD_RECORD = ["Archives", "Evidence and gaps", "The paper trail"]
HD_CAST = ["Who was there", "The people involved", "Main players"]
HD_STRAND = ["{S}", "On {s}", "Thinking about {s}", "{S} examined", "Turning to {s}", "The question of {s}"]
HD_COMPARE = ["Comparisons", "Elsewhere", "Similar cases"]
HD_COUNTER = ["What if", "Other possibilities", "A different ending"]
HD_LEGACY = ["Afterwards", "Consequences", "The long tail"]
HD_DOUBT = ["An objection", "Second thoughts", "The case against", "Answering critics", "Another reading",
            "Looking again"]
HD_CLOSE = ["In closing", "Closing", "Last words", "Drawing together", "Verdict"]

# Cited studies stop at 2010, before soay opened.
LATEST_STUDY = 2010


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def parse_cards() -> list[dict]:
    cards = []
    for n, line in enumerate(ESSAY_CARDS.strip().splitlines(), 1):
        f = [s.strip() for s in line.split("|")]
        assert len(f) == 11, line
        title, subject, x, people, setting, period, strands, thesis, rival, fact1, fact2 = f
        for fact in (fact1, fact2):
            assert fact.endswith(".") and fact.count(".") == 1, fact
        assert re.search(r"\d{4}", period), period
        cards.append(dict(id=f"c{n:03d}", title=title, subject=subject, x=x, people=people, setting=setting,
                          period=period, strands=[s.strip() for s in strands.split(";")], thesis=thesis, rival=rival,
                          facts=[fact1, fact2]))
    return cards


def make_essay(card: dict, rng: random.Random) -> dict:
    """Composes the essay for `card`.

    Order: opener (x first, thesis last, optionally scene-setting, plan or puzzle between); background holding
    fact one, plus fact two when strand two leaves it; an optional digression about naming, archives or cast;
    each strand in one paragraph or two, occasionally preceded by a pivot and followed by quotation or bullets;
    optionally parallels, counterfactual or afterlife; objection plus rebuttal; finale ending on x, cast or place.
    Subheads decided by coin. Patterns never repeat inside an essay; card details keep essays from colliding."""
    unused: dict[int, list[str]] = {}

    def take(pool: list[str]) -> str:
        rest = unused.setdefault(id(pool), rng.sample(pool, len(pool)))
        return rest.pop() if rest else rng.choice(pool)

    s1, s2, s3 = card["strands"]
    pair = rng.sample(SCHOLARS, 2)
    slots = dict(x=card["x"], X=cap(card["x"]), people=card["people"], People=cap(card["people"]),
                 setting=card["setting"], Setting=cap(card["setting"]), period=card["period"], s1=s1, s2=s2, s3=s3,
                 S1=cap(s1), thesis=card["thesis"], rival=card["rival"], Scholar=pair[0], Scholar2=pair[1])
    ended = int(re.findall(r"\d{4}", card["period"])[-1])
    low = min(max(1955, ended + 5), LATEST_STUDY)

    def fill(pattern: str, s: str | None = None) -> str:
        extra = dict(s=s or s1, S=cap(s or s1), year=rng.randint(low, LATEST_STUDY),
                     year2=rng.randint(low, LATEST_STUDY),
                     pct=rng.choice([6, 9, 13, 17, 22, 27, 31, 36, 42, 48, 52, 57, 63, 68]),
                     num=rng.choice([14, 19, 24, 37, 44, 56, 62, 79, 93, 117, 146, 188]))
        return pattern.format(**slots, **extra)

    def para(*sentences) -> tuple[str, str]:
        return ("paragraph", " ".join(sentences))

    def with_card(pool: list[str], k: int) -> list[str]:
        # pattern zero of such pools always carries a card detail, anchoring the paragraph to this card
        picked = [pool[0]] + rng.sample(pool[1:], k)
        return [fill(q) for q in picked]

    slots["question"] = cap(fill(rng.choice(QUESTIONS)))
    headed = rng.random() < 0.5
    blocks: list[tuple] = []
    thesis = fill(take(CLAIM_THESIS))
    opener = fill(take(OPENING))
    first = [opener]
    parts: list[str] = []
    for share, pool, name in ((0.3, FRAME, "frame"), (0.26, ROADMAP, "plan"), (0.28, QUESTION_LEAD, "question")):
        if rng.random() < share:
            first.append(fill(take(pool)))
            parts.append(name)
    first.append(thesis)
    blocks.append(para(*first))
    if headed:
        blocks.append(("heading", fill(take(HD_BACK))))
    back = [fill(take(CONTEXT)), card["facts"][0]] + [fill(take(CONTEXT)) for _ in range(rng.randint(2, 3))]
    later = [card["facts"][1]]
    if rng.random() < 0.5:
        back.insert(rng.randint(2, len(back)), later.pop())
    blocks.append(para(*back))
    aside = rng.random()
    for low_, high, pool, heads, name in ((0.0, 0.13, NAMING, HD_NAMING, "terms"), (0.13, 0.28, RECORD, HD_RECORD, "sources"),
                                          (0.28, 0.4, CAST, HD_CAST, "people")):
        if low_ <= aside < high:
            parts.append(name)
            if headed:
                blocks.append(("heading", fill(take(heads))))
            blocks.append(para(*with_card(pool, rng.randint(2, 3))))
    strands = [s1, s2, s3] if rng.random() < 0.7 else [s1, s2]
    quote_at = rng.randrange(len(strands)) if rng.random() < 0.4 else None
    list_at = rng.randrange(len(strands)) if rng.random() < 0.32 else None
    pivot_at = rng.randrange(1, len(strands)) if rng.random() < 0.3 else None
    figures: list[str] = []
    leads: list[str] = []
    links: list[str] = []
    points: list[str] = []
    for i, s in enumerate(strands):
        if pivot_at == i:
            blocks.append(para(fill(take(PIVOT), s)))
            parts.append("turn")
        if headed:
            blocks.append(("heading", fill(take(HD_STRAND), s)))
        counted = fill(take(NUMBERS), s)
        figures.append(counted)
        leads.append(fill(take(STRAND_IN), s))
        links.append(fill(take(LINK_BACK), s))
        points.append(fill(take(POINT), s))
        body = [leads[-1], points[-1], counted]
        if rng.random() < 0.5:
            body.insert(2, fill(take(POINT), s))
        if rng.random() < 0.45:
            body.insert(rng.randint(2, len(body)), fill(take(CASES), s))
        if later and i == 1:
            body.insert(1, later.pop())
        if rng.random() < 0.3 and len(body) > 3:
            blocks.append(para(*body[:2]))
            blocks.append(para(*body[2:], links[-1]))
        else:
            blocks.append(para(*body, links[-1]))
        if quote_at == i:
            parts.append("quotation")
            blocks.append(para(fill(take(CITE_LEAD), s)))
            blocks.append(("quote", fill(take(CITED), s)))
            blocks.append(para(fill(take(CITE_AFTER), s), fill(take(CITE_AFTER2), s)))
        if list_at == i:
            parts.append("list")
            blocks.append(para(fill(take(LIST_INTRO))))
            items = [cap(fill(take(LIST_POINT), t)) for t in strands]
            items += [cap(fill(t)) for t in rng.sample(LIST_EXTRA, rng.randint(0, 2))]
            blocks.append(("list", (rng.random() < 0.4, items)))
    extra = rng.random()
    if extra < 0.45:
        parts.append("comparison" if extra < 0.17 else "what-if" if extra < 0.31 else "aftermath")
    if extra < 0.17:
        if headed:
            blocks.append(("heading", fill(take(HD_COMPARE))))
        blocks.append(para(*[fill(take(COMPARE)) for _ in range(rng.randint(3, 4))]))
    elif extra < 0.31:
        if headed:
            blocks.append(("heading", fill(take(HD_COUNTER))))
        blocks.append(para(*with_card(COUNTERFACT, rng.randint(2, 3))))
    elif extra < 0.45:
        if headed:
            blocks.append(("heading", fill(take(HD_LEGACY))))
        blocks.append(para(*with_card(LEGACY, rng.randint(2, 3))))
    if headed:
        blocks.append(("heading", fill(take(HD_DOUBT))))
    objection = fill(take(DOUBT))
    doubt = [objection, fill(take(DOUBT_MORE)), fill(take(ANSWER), s2), fill(take(ANSWER), s2)]
    if rng.random() < 0.45:
        doubt.insert(2, fill(take(DOUBT_MORE)))
    blocks.append(para(*doubt))
    if headed:
        blocks.append(("heading", fill(take(HD_CLOSE))))
    last = fill(take(CLOSE_LAST))
    end = [fill(take(CLOSE_FIRST))] + [fill(take(CLOSE_MID)) for _ in range(rng.randint(2, 3))]
    if rng.random() < 0.35:
        blocks.append(para(*end[:2]))
        blocks.append(para(*end[2:], last))
    else:
        blocks.append(para(*end, last))
    words = sum(len(block_text(b).split()) for b in blocks)
    return dict(id=card["id"], title=card["title"], blocks=blocks, words=words, tags=[card["subject"]],
                domain=card["id"], url="-", earlier="", card=card, thesis=thesis, opener=opener,
                objection=objection, last=last, wrap_up=end[0], figures=figures, leads=leads, links=links,
                points=points, headed=headed, parts=parts)


# --------------------------------------------------------------------------------------- shared by the four hosts

ESSAYS_BY_TITLE: dict[str, dict] = {}  # main() fills it; sibling boxes fetch sentences from it
ESSAY_PAGES: dict[str, list[int]] = {}  # host -> numbers of essay-bearing pages
SITE_TITLES: dict[str, list[str]] = {}  # host -> titles, sorted by page
SEED = 2031  # main() overrides; seeds scarce-block draws


def essay_text(title: str) -> str:
    return " ".join(block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"])


def paragraphs_of(title: str) -> list[str]:
    return [block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"] if b[0] == "paragraph"]


def only_in(text: str, title: str) -> bool:
    """True iff, among chosen essays, `text` appears solely within `title`."""
    want = norm(text)
    return all((want in norm(essay_text(t))) == (t == title) for t in ESSAYS_BY_TITLE)


def _quoted(title: str, sen: str) -> str:
    assert any(sen in p for p in paragraphs_of(title)) and only_in(sen, title), (title, sen)
    return sen


def thesis_of(title: str) -> str:
    """Last sentence of paragraph one: the stated case."""
    return _quoted(title, ESSAYS_BY_TITLE[title]["thesis"])


def wrap_up_of(title: str) -> str:
    """First sentence of the last paragraph."""
    return _quoted(title, ESSAYS_BY_TITLE[title]["wrap_up"])


def dated_fact_of(title: str) -> str:
    """Fact one, verbatim from background."""
    return _quoted(title, ESSAYS_BY_TITLE[title]["card"]["facts"][0])


def first_point_of(title: str) -> str:
    """Sentence two of strand one's paragraph."""
    return _quoted(title, ESSAYS_BY_TITLE[title]["points"][0])


class Page(g2.Page):
    """Subclassed from set 2: also stores host, card, sibling titles."""

    def __init__(self, essay, rng, index, site_titles, site: str):
        super().__init__(essay, rng, index, site_titles)
        self.site = site
        self.topic = essay["tags"][0]
        self.category = cap(self.topic)
        self.card = essay["card"]
        self.site_titles = list(site_titles)
        self.others = sorted({t for t in site_titles if t != self.title})


class IndexPage:
    """Template page naming or quoting essays, itself essay-free."""

    def __init__(self, site: str, index: int, site_titles: list[str], rng: random.Random, kind: str):
        self.site, self.index, self.rng, self.kind = site, index, rng, kind
        self.site_titles = list(site_titles)

    def truth(self) -> str:
        return "site:\nno_essay: true\n---\n"


def _drawn(site: str, role: str, count: int) -> list[int]:
    return sorted(random.Random(f"set31:{SEED}:{site}:{role}").sample(ESSAY_PAGES[site], count))


def carries(site: str, role: str, count: int, page: Page) -> bool:
    """True when `role`'s seeded draw of `count` includes this page."""
    return page.index in _drawn(site, role, count)


def rank_of(site: str, role: str, count: int, page: Page) -> int | None:
    """Index within `role`'s ascending draw, else None."""
    chosen = _drawn(site, role, count)
    return chosen.index(page.index) if page.index in chosen else None


def placed_before(site: str, role: str, page: Page) -> bool:
    """Shuffles essay pages by seed; front half (odd count: bigger half) shows the mover on top."""
    order = list(ESSAY_PAGES[site])
    random.Random(f"set31:{SEED}:{site}:{role}:top").shuffle(order)
    return page.index in order[:(len(order) + 1) // 2]


def digest(*parts, n: int = 24) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def number(*parts, mod: int, base: int = 0) -> int:
    return int(digest(*parts, n=8), 16) % mod + base


def slot_in(pieces: list, pos: int, piece) -> None:
    """Inserts at `pos`, climbing above subheads and colon lead-ins that cling to what follows; index 1 minimum."""
    while pos > 0 and pieces[pos - 1][0] in ("heading", "lead"):
        pos -= 1
    pieces.insert(max(pos, 1), piece)


def shown_pieces(p: Page, heading, para, quote_, listing) -> list[tuple[str, object]]:
    """Visible blocks rendered, tagged by kind; a lead-in ending with a colon is tagged "lead"."""
    out = []
    for k, (kind, value) in enumerate(p.visible()):
        if kind == "heading":
            out.append(("heading", heading(value)))
        elif kind == "paragraph":
            out.append(("lead" if value.rstrip().endswith(":") else "text", para(value, k)))
        elif kind == "quote":
            out.append(("text", quote_(value)))
        else:
            ordered, items = value
            out.append(("text", listing(ordered, items)))
    return out


def backdate(p: Page, latest: int) -> None:
    """Set 1's references run to 2023; shift every year here down uniformly, both renderings, capping at `latest`."""
    shift = max(0, 2023 - latest)
    move = lambda text: re.sub(r", (\d{4})(?=[.,])", lambda m: f", {int(m.group(1)) - shift}", text)
    p.refs = [(move(plain), move(markup)) for plain, markup in p.refs]


def clock(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"


def pages_word(n: int) -> str:
    return "page" if n == 1 else "pages"


def long_date(d: date) -> str:
    return f"{d.day} {d.strftime('%B %Y')}"


def sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.?!:])\s+(?=[A-Z0-9\"])", text)


# ---- 1. soay: a graded-reading site for adult learners of English, laid out in tables, 2012 ---------------------

SO_SITE = "Tidewell Readers"
SO_TEACHERS = [  # adapting teachers
    ("Bronagh", "Fitchett"), ("Anselm", "Cruttwell"), ("Mirela", "Hoskyns"), ("Tobias", "Wrenbury"),
    ("Saoirse", "Padbury"), ("Ignatius", "Loveday"), ("Perpetua", "Mundell"), ("Casimir", "Pocklington"),
]
SO_LEVELS = [("B1", "Intermediate"), ("B2", "Upper-intermediate"), ("C1", "Advanced")]
SO_SPEED = {"B1": 80, "B2": 100, "C1": 120}  # reading pace per level
SO_NOTES = [  # (label, text): rows slipped among paragraphs
    ("Grammar spot:", "notice how the writer uses the past perfect for events before the main story"),
    ("Grammar spot:", "look for the passive verbs here and ask who did each action"),
    ("Word family:", "argue, argument, arguable, arguably; which one fits each gap in exercise 3?"),
    ("Pronunciation:", "in words like evidence and history the stress falls on the first syllable"),
    ("Phrasal verb:", "to hold out means to keep resisting; find another phrasal verb in this paragraph"),
    ("Grammar spot:", "the writer hedges with words like perhaps and probably; underline three of them"),
    ("Word family:", "settle, settlement, settler; which one is a person?"),
]
SO_NOTICES = [
    "Tidewell goes offline briefly early on Sunday for upkeep, between 6am and 9am.",
    "New this month: twelve readings at level C1, with teacher's notes for each.",
    "Teachers: class licences for the 2012 autumn term are now half price until 30 September.",
]
SO_COOKIE = "Tidewell keeps a small file on your computer to remember which level you chose."
SO_CREDIT = "A Tidewell teacher adapted this reading for learners from a longer essay."
SO_WALL = ("Guests can read the first part of every text. Join Tidewell for \u00a34 a month to read the remaining "
           "{words} words and see the answer key.")
SO_WARM = ("Warm-up question: What do you already know about {x}? Write three words you expect to meet in the text, "
           "then check your list when you finish.")
SO_NAV = ["Home", "Readings by level", "Grammar corner", "For teachers", "About Tidewell", "Contact"]
SO_QUESTIONS = [
    "In one sentence, what does the writer claim about {x}?",
    "Find two facts in the text about {people}.",
    "True or false: the writer agrees that {rival}.",
    "Which paragraph gives figures, and what do they show?",
    "Does {setting} interest you enough to seek another text on it? Explain.",
]


def so_teacher(title: str) -> tuple[str, str]:
    return SO_TEACHERS[number("soay", "teacher", title, mod=len(SO_TEACHERS))]


def so_level(title: str) -> tuple[str, str]:
    return SO_LEVELS[number("soay", "level", title, mod=len(SO_LEVELS))]


def so_url(title: str) -> str:
    return f"/readings/{so_level(title)[0].lower()}/{slug(title)}.html"


def so_head(title: str) -> str:
    return f"""<!doctype html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)} | {SO_SITE}</title>
<link rel="stylesheet" type="text/css" href="/style/tidewell.css">
<script type="text/javascript" src="/js/glossary-popup.js"></script>
</head>"""


def so_cookie_and_notice(page) -> tuple[str, str]:
    site = "soay"
    cookie = notice = ""
    if isinstance(page, Page):
        turn = rank_of(site, "banner", 3, page)
        if turn is not None:
            notice = (f'<tr><td colspan="2" class="notice" bgcolor="#fff3c4"><b>Notice:</b> '
                      f'{esc(SO_NOTICES[turn])}</td></tr>\n')
            page.clutter.append(SO_NOTICES[turn])
        show = carries(site, "cookies", 12, page)
    else:
        show = True
    if show:
        cookie = (f'<tr><td colspan="2" class="cookieline"><font size="1">{esc(SO_COOKIE)} '
                  f'<a href="#" onclick="hideCookie();return false;">OK, hide this</a></font></td></tr>\n')
        if isinstance(page, Page):
            page.clutter += [SO_COOKIE, "OK, hide this"]
    return cookie, notice


def so_frame(page, main: str, cookie: str, notice: str) -> str:
    nav = "".join(f'<tr><td class="navcell"><a href="/{slug(n)}.html">{esc(n)}</a></td></tr>' for n in SO_NAV)
    levels = "".join(f'<tr><td class="navcell"><a href="/readings/{lv.lower()}/">Level {lv} \u00b7 {name}</a></td></tr>'
                     for lv, name in SO_LEVELS)
    return f"""<body bgcolor="#eef3f7" leftmargin="0" topmargin="0">
<table width="920" align="center" border="0" cellpadding="0" cellspacing="0" bgcolor="#ffffff">
{cookie}<tr><td colspan="2" class="banner"><a href="/"><img src="/img/tidewell-logo.gif" width="260" height="64" alt="{SO_SITE}" border="0"></a>
<font size="2" color="#33618a">Graded reading for adult learners of English</font></td></tr>
{notice}<tr>
<td width="190" valign="top" class="leftcol">
<table width="100%" cellpadding="4" cellspacing="0">{nav}
<tr><td class="navhead">Choose your level</td></tr>{levels}
<tr><td class="navhead">Word of the week</td></tr><tr><td class="navcell">reluctant (adj.) \u2014 not willing to do something</td></tr>
</table>
</td>
<td width="730" valign="top" class="maincol">
{main}
</td>
</tr>
<tr><td colspan="2" class="footer"><font size="1">\u00a9 2012 {SO_SITE}. Texts may be printed for use in your own classroom. \u00b7 <a href="/terms.html">Terms</a> \u00b7 <a href="/privacy.html">Privacy</a></font></td></tr>
</table>
</body>
</html>
"""


SO_FRAME_CLUTTER = ["Graded reading for adult learners of English", "Choose your level", "Word of the week",
                    "reluctant (adj.) \u2014 not willing to do something", "Readings by level", "Grammar corner",
                    "For teachers", "About Tidewell", f"\u00a9 2012 {SO_SITE}.",
                    "Texts may be printed for use in your own classroom."] + \
                   [f"Level {lv} \u00b7 {name}" for lv, name in SO_LEVELS]


def so_key_words(text: str) -> list[str]:
    words = sorted({w.lower() for w in re.findall(r"[A-Za-z]{9,}", text)})
    return words[:2]


def soay(p: Page) -> str:
    rng = p.rng
    site = "soay"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    backdate(p, 2011)
    first, last = so_teacher(p.title)
    level, level_name = so_level(p.title)
    counter = iter(range(1, 1000))
    keyed: list[str] = []

    def row_para(value: str, k: int) -> str:
        kw = so_key_words(value)
        cell = ""
        if kw and k % 2 == 0:
            said = "Key words: " + ", ".join(kw)
            keyed.append(said)
            cell = f'<b>Key words:</b> {esc(", ".join(kw))}'
        return (f'<tr><td class="pn" valign="top" width="28"><font color="#999999">{next(counter)}</font></td>'
                f'<td class="pt" valign="top">{esc(value)}</td><td class="kw" valign="top" width="150"><font size="1">{cell}</font></td></tr>')

    def row_list(ordered: bool, items: list[str]) -> str:
        tag = "ol" if ordered else "ul"
        inner = f"<{tag}>" + "".join(f"<li>{esc(i)}</li>" for i in items) + f"</{tag}>"
        return f'<tr><td class="pn"></td><td class="pt">{inner}</td><td class="kw"></td></tr>'

    pieces = shown_pieces(p, lambda v: f'<tr><td class="pn"></td><td class="sub" colspan="2"><b>{esc(v)}</b></td></tr>',
                          row_para,
                          lambda v: f'<tr><td class="pn"></td><td class="pt"><table class="quotebox" width="90%" align="center"><tr><td><i>{esc(v)}</i></td></tr></table></td><td class="kw"></td></tr>',
                          row_list)
    n_essay = len(pieces)
    if carries(site, "remark", 13, p):
        label, text = rng.choice(SO_NOTES)
        slot_in(pieces, spot(n_essay, rng, 2, 6),
                ("note", f'<tr class="gram"><td class="pn">&#9998;</td><td colspan="2" bgcolor="#f1f8e9"><b>{esc(label)}</b> {esc(text)}</td></tr>'))
        p.clutter.append(f"{label} {text}")
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            reader = ["Harriet", "Desmond"][turn // 2]
            length = clock(round(p.words / SO_SPEED[level] * 60) + number(site, "audio", p.title, mod=40))
            caption = f"Listen: the whole text read aloud by {reader} ({length})"
            piece = (f'<tr><td class="pn"></td><td colspan="2" class="media"><object type="application/x-shockwave-flash" data="/player.swf?f={digest(site, "mp3", p.title, n=10)}" width="300" height="24"></object>'
                     f'<br><font size="1">{esc(caption)}</font></td></tr>')
        else:
            caption = f"Print this reading with its answer sheet (PDF, {2 + turn // 2} pages)"
            piece = f'<tr><td class="pn"></td><td colspan="2" class="media"><a href="/print/{digest(site, "pdf", p.title, n=10)}.pdf">{esc(caption)}</a></td></tr>'
        p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("media", piece))
    wall = ""
    if p.cut is not None:
        said = SO_WALL.format(words=fmt_int(p.rest_words()))
        wall = (f'<table width="100%" class="joinbox" bgcolor="#fdecea" cellpadding="8"><tr><td>{esc(said)}<br>'
                f'<a href="/join.html"><b>Join Tidewell</b></a></td></tr></table>\n')
        p.clutter += [said, "Join Tidewell"]
    if p.cut is None and p.refs:
        pieces.append(("heading", '<tr><td class="pn"></td><td class="sub" colspan="2"><b>Sources used by the writer</b></td></tr>'))
        pieces.append(("refs", "".join(f'<tr><td class="pn"></td><td class="ref" colspan="2">{mk}</td></tr>' for _, mk in p.refs)))
    body = "\n".join(h for _, h in pieces)
    minutes = max(1, round(p.words / SO_SPEED[level]))
    length = (f"This reading: {fmt_int(p.words)} words, {p.pages} {pages_word(p.pages)} when printed, "
              f"about {minutes} minutes at {level} speed")
    warm = SO_WARM.format(x=p.card["x"])
    wbox = f'<table width="100%" class="warmup" bgcolor="#e8f1fb" cellpadding="8"><tr><td>{esc(warm)}</td></tr></table>\n'
    early = placed_before(site, "warmup", p)
    credit = ""
    if carries(site, "credit", 6, p):
        credit = f'<p class="credit"><font size="1">{esc(SO_CREDIT)}</font></p>\n'
        p.clutter.append(SO_CREDIT)
    byline = f"Adapted by {first} {last} \u00b7 Topic: {p.category}"
    tag = f"Level {level} \u00b7 {level_name}"
    questions = ""
    if p.cut is None:
        qs = [q.format(x=p.card["x"], people=p.card["people"], rival=p.card["rival"], setting=p.card["setting"])
              for q in rng.sample(SO_QUESTIONS, 4)]
        questions = ('<table width="100%" class="questions" cellpadding="6"><tr><td><b>Comprehension check</b><ol>'
                     + "".join(f"<li>{esc(q)}</li>" for q in qs) + "</ol></td></tr></table>\n")
        p.clutter += ["Comprehension check", *qs]
    p.clutter += [length, byline, tag, warm, "More readings at this level", *SO_FRAME_CLUTTER, *keyed]
    related = ""
    for t in rng.sample(p.others, 3):
        line = thesis_of(t)
        t_first, t_last = so_teacher(t)
        t_level, t_name = so_level(t)
        meta = f"Level {t_level} \u00b7 adapted by {t_first} {t_last}"
        related += (f'<tr><td valign="top"><a href="{so_url(t)}"><b>{esc(t)}</b></a><br><font size="1" color="#666666">{esc(meta)}</font>'
                    f'<br><font size="2">Main idea: {esc(line)}</font></td></tr>\n')
        p.clutter += [t, meta, line, "Main idea:"]
    cookie, notice = so_cookie_and_notice(p)
    main = f"""<p class="crumbs"><font size="1"><a href="/">Home</a> &gt; <a href="/readings/{level.lower()}/">{esc(tag)}</a> &gt; Reading</font></p>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td><h1 class="rtitle">{esc(p.title)}</h1></td><td align="right" valign="top"><span class="levelbadge">{esc(tag)}</span></td></tr></table>
<p class="byline"><font size="2">{esc(byline)}</font></p>
<p class="stats"><font size="2" color="#555555">{esc(length)}</font></p>
{wbox if early else ""}<table class="reading" width="100%" border="0" cellpadding="6" cellspacing="0">
{body}
</table>
{wall}{credit}{"" if early else wbox}{questions}<table width="100%" class="more" cellpadding="6" cellspacing="0"><tr><td bgcolor="#dde8f2"><b>More readings at this level</b></td></tr>
{related}</table>"""
    return so_head(p.title) + "\n" + so_frame(p, main, cookie, notice)


def soay_index(ix: IndexPage) -> str:
    """Either the reading list or the classroom advice page."""
    cookie, notice = so_cookie_and_notice(ix)
    if ix.kind == "level":
        rows = ""
        for t in ix.site_titles:
            lv, name = so_level(t)
            f_, l_ = so_teacher(t)
            rows += (f'<tr><td><a href="{so_url(t)}">{esc(t)}</a></td><td>{lv}</td><td>{fmt_int(ESSAYS_BY_TITLE[t]["words"])}</td>'
                     f'<td>{esc(f_)} {esc(l_)}</td></tr>\n')
        main = f"""<h1>All readings, newest first</h1>
<p>Every reading is marked with its level. Start one level below the one you use in class, and move up when you can answer the questions without a dictionary.</p>
<table class="list" width="100%" border="1" cellpadding="4" cellspacing="0">
<tr><th>Title</th><th>Level</th><th>Words</th><th>Adapted by</th></tr>
{rows}</table>"""
        return so_head("All readings") + "\n" + so_frame(ix, main, cookie, notice)
    stages = [("Warm-up", "5 minutes", "Learners answer the box that comes with each text, in pairs."),
              ("First reading", "10 minutes", "Learners read quickly for the main idea and do not stop for new words."),
              ("Second reading", "15 minutes", "Learners read again with the key words and underline anything still unclear."),
              ("Questions", "15 minutes", "Learners answer the questions alone, then compare with a partner."),
              ("Follow-up", "homework", "Learners write a short reply to the writer, agreeing or disagreeing.")]
    rows = "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td><td>{esc(c)}</td></tr>" for a, b, c in stages)
    main = f"""<h1>For teachers: using the readings in class</h1>
<p>Each Tidewell reading is written for one level and checked by two teachers. The texts are long enough for a full lesson but short enough to finish in class.</p>
<p>Most teachers use the plan below. It works best with groups of up to sixteen learners, and each stage can be shortened for evening classes.</p>
<table class="list" width="100%" border="1" cellpadding="4" cellspacing="0"><tr><th>Stage</th><th>Time</th><th>What happens</th></tr>{rows}</table>
<p>Answer keys need a members' password. Kindly keep them from learners until after class.</p>"""
    return so_head("For teachers") + "\n" + so_frame(ix, main, cookie, notice)


# ---- 2. kerrera: a philatelic society's journal archive, typed in line by line, 2018 -----------------------------

KE_SOCIETY = "Saltcote and District Philatelic Society"
KE_JOURNAL = "The Hinge"
KE_MEMBERS = [  # honorific, given name, surname
    ("Mr", "Leofric", "Tollemache"), ("Mrs", "Rosamund", "Scudamore"), ("Dr", "Aubrey", "Verrall"),
    ("Miss", "Philippa", "Tuckwell"), ("Mr", "Evander", "Stallibrass"), ("Mrs", "Honoria", "Gadsby"),
    ("Mr", "Cuthbert", "Marwood"), ("Dr", "Wilhelmina", "Sparkes"), ("Mr", "Osric", "Bevington"),
]
KE_TYPIST = "Mrs Verity Clutterbuck"
KE_WIDTH = 70
KE_ASIDES = [  # (label, text): italic bracketed interjections
    ("Editor's aside:", "the author showed two covers at this point in the talk"),
    ("Editor's aside:", "members will remember the lively discussion that followed"),
    ("Transcriber:", "a line of the printed page is smudged here and has been checked against the author's draft"),
    ("Transcriber:", "the printed text had a misprint in this paragraph, corrected here"),
    ("Printed in the margin:", "see also the society's auction catalogue for lot 214"),
    ("Printed in the margin:", "a correspondent writes that a second example is known"),
]
KE_NOTICES = [
    "Archive news: issues 120 to 129 of The Hinge have now been typed in. Our thanks to the volunteers.",
    "The society library will be closed during the March meeting while the shelves are moved.",
    "The 2018 subscription is unchanged at \u00a312; please pay the treasurer at any meeting.",
]
KE_COOKIE = "This site sets no cookies. The hit counter below is run by our web host and counts visits only."
KE_CREDIT = f"Typed in for the archive by {KE_TYPIST}; any slips are ours, not the author's."
KE_WALL = ("Our volunteers have keyed in just the start of this paper. Its other {words} words await typing; members "
           "may borrow the printed issue from the society library meanwhile.")
KE_DISPLAY = ("Display note: Shown with this paper at the {month} meeting were {sheets} sheets of covers and stamps "
              "bearing on {x}, from the collection of {owner}.")
KE_NAV = ["Home", "Meetings", KE_JOURNAL, "Archive", "Library", "Links"]
KE_MONTHS = ["January", "February", "March", "April", "May", "September", "October", "November", "December"]


def ke_member(title: str) -> tuple[str, str, str]:
    return KE_MEMBERS[number("kerrera", "member", title, mod=len(KE_MEMBERS))]


def ke_issue(title: str) -> tuple[int, str, int]:
    """(issue no., season, year) for the paper."""
    k = SITE_TITLES["kerrera"].index(title)
    seasons = ["Spring", "Summer", "Autumn", "Winter"]
    return 143 + k, seasons[k % 4], 2012 + k // 4


def ke_url(title: str) -> str:
    return f"/archive/hinge{ke_issue(title)[0]}/{slug(title)}.htm"


def ke_head(title: str) -> str:
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="GENERATOR" content="NetObjects Fusion 7">
<title>{esc(title)}</title>
</head>"""


def ke_lines(text: str, first: str = "", rest: str = "") -> list[str]:
    return textwrap.wrap(text, width=KE_WIDTH, initial_indent=first, subsequent_indent=rest,
                         break_long_words=False, break_on_hyphens=False)


def ke_block(kind: str, value) -> str:
    if kind == "heading":
        return f"<b>{esc(value)}</b>"
    if kind == "paragraph":
        return "<br>\n".join(esc(line) for line in ke_lines(value))
    if kind == "quote":
        return "<blockquote><i>" + "<br>\n".join(esc(line) for line in ke_lines(value, "", "")) + "</i></blockquote>"
    ordered, items = value
    out = []
    for n, item in enumerate(items, 1):
        mark = f"{n}. " if ordered else "&bull; "
        lines = ke_lines(item)
        out.append(mark + "<br>\n&nbsp;&nbsp;&nbsp;".join(esc(line) for line in lines))
    return "<br>\n".join(out)


def ke_cookie_and_notice(page) -> tuple[str, str]:
    site = "kerrera"
    cookie = notice = ""
    if isinstance(page, Page):
        turn = rank_of(site, "banner", 3, page)
        if turn is not None:
            notice = f'<p align="center"><font color="#990000"><b>{esc(KE_NOTICES[turn])}</b></font></p>\n'
            page.clutter.append(KE_NOTICES[turn])
        show = carries(site, "cookies", 12, page)
    else:
        show = True
    if show:
        cookie = f'<p align="center"><font size="1">{esc(KE_COOKIE)}</font></p>\n'
        if isinstance(page, Page):
            page.clutter.append(KE_COOKIE)
    return cookie, notice


def ke_frame(page, main: str, cookie: str, notice: str, visitors: int) -> str:
    nav = " | ".join(f'<a href="/{slug(n)}.htm">{esc(n)}</a>' for n in KE_NAV)
    return f"""<body bgcolor="#FFFFF0" text="#000000" link="#000080" vlink="#800080">
<font face="Palatino Linotype, Book Antiqua">
<p align="center"><img border="0" src="images/penny-lilac-banner.jpg" width="600" height="90" alt=""><br>
<font size="4"><b>{KE_SOCIETY}</b></font><br>
<font size="2">Founded 1948 \u00b7 Second Tuesdays, Sailmakers' Room, Harbour Row, Saltcote</font></p>
<p align="center"><font size="2">{nav}</font></p>
{notice}<hr width="600">
<div align="center"><center>
<table border="0" width="600" cellpadding="0"><tr><td>
{main}
</td></tr></table>
</center></div>
<hr width="600">
<p align="center"><font size="1">Page last updated {(date(2018, 1, 9) + timedelta(days=7 * (page.index % 9))).strftime('%d/%m/%Y')} \u00b7 Counter reset 2003 \u00b7 visits {visitors:06d}<br>
Member of the Association of Philatelic Societies of the Eastern Counties</font></p>
{cookie}</font>
</body>
</html>
"""


def kerrera(p: Page) -> str:
    rng = p.rng
    site = "kerrera"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    backdate(p, 2011)
    honour, first, last = ke_member(p.title)
    issue, season, year = ke_issue(p.title)
    month = KE_MONTHS[number(site, "month", p.title, mod=len(KE_MONTHS))]
    pieces = [("heading" if k == "heading" else "lead" if k == "paragraph" and v.rstrip().endswith(":") else "text",
               ke_block(k, v)) for k, v in p.visible()]
    n_essay = len(pieces)
    if carries(site, "remark", 13, p):
        label, text = rng.choice(KE_ASIDES)
        said = f"[{label} {text}]"
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("note", f"<i>{esc(said)}</i>"))
        p.clutter.append(said)
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = f"Illustration from the printed page: a cover postmarked {['March', 'June'][turn // 2]} {year - 40} (scan, 340 KB)"
            piece = f'<a href="images/scans/{digest(site, "cover", p.title, n=10)}.jpg">{esc(caption)}</a>'
        else:
            caption = f"See the original pages of {KE_JOURNAL} no. {issue} as scanned ({p.pages + 1} images)"
            piece = f'<a href="images/scans/hinge{issue}/">{esc(caption)}</a>'
        p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("media", piece))
    wall = ""
    if p.cut is not None:
        said = KE_WALL.format(words=fmt_int(p.rest_words()))
        wall = f'<p><font color="#990000">{esc(said)}</font></p>\n'
        p.clutter.append(said)
    if p.cut is None and p.refs:
        pieces.append(("heading", "<b>Literature consulted</b>"))
        pieces.append(("refs", "<br>\n".join(mk for _, mk in p.refs)))
    owner = KE_MEMBERS[(KE_MEMBERS.index((honour, first, last)) + 1 + number(site, "owner", p.title, mod=7)) % len(KE_MEMBERS)]
    display = KE_DISPLAY.format(month=month, sheets=number(site, "sheets", p.title, mod=20, base=8), x=p.card["x"],
                                owner=" ".join(owner))
    dbox = f'<p><font size="2"><i>{esc(display)}</i></font></p>\n'
    early = placed_before(site, "display", p)
    credit = ""
    if carries(site, "credit", 6, p):
        credit = f'<p><font size="1">{esc(KE_CREDIT)}</font></p>\n'
        p.clutter.append(KE_CREDIT)
    source = f"From {KE_JOURNAL} no. {issue} ({season} {year})"
    byline = f"A paper by {honour} {first} {last}, read to the society at the {month} meeting"
    length = (f"Typed in from the printed journal: {fmt_int(p.words)} words, which filled {p.pages} "
              f"{pages_word(p.pages)} of {KE_JOURNAL}")
    visitors = 4000 + number(site, "hits", p.title, mod=9000)
    p.clutter += [source, byline, length, display, "Elsewhere in the archive", "Closing line:", KE_SOCIETY,
                  "Founded 1948", "Second Tuesdays, Sailmakers' Room, Harbour Row, Saltcote",
                  "Member of the Association of Philatelic Societies of the Eastern Counties",
                  f"Counter reset 2003 \u00b7 visits {visitors:06d}", "Back to the archive index"]
    related = ""
    for t in rng.sample(p.others, 3):
        line = wrap_up_of(t)
        t_honour, t_first, t_last = ke_member(t)
        meta = f"{t_honour} {t_first} {t_last}, {KE_JOURNAL} no. {ke_issue(t)[0]}"
        related += (f'<li><a href="{ke_url(t)}">{esc(t)}</a> ({esc(meta)})<br>\n'
                    f'<font size="2">Closing line: {esc(line)}</font></li>\n')
        p.clutter += [t, meta, line]
    cookie, notice = ke_cookie_and_notice(p)
    text = "<br>\n<br>\n".join(h for _, h in pieces)
    main = f"""<p><font size="2"><a href="/archive.htm">Back to the archive index</a></font></p>
<p align="center"><font size="2">{esc(source)}</font></p>
<p align="center"><font size="5"><b>{esc(p.title)}</b></font><br>
<font size="2">{esc(byline)}</font></p>
<p align="center"><font size="2">{esc(length)}</font></p>
{dbox if early else ""}<div class="transcript"><font size="3">
{text}
</font></div>
{wall}{credit}{"" if early else dbox}<p><b>Elsewhere in the archive</b></p>
<ul>
{related}</ul>"""
    return ke_head(p.title) + "\n" + ke_frame(p, main, cookie, notice, visitors)


def kerrera_index(ix: IndexPage) -> str:
    """Either the issue index or the meetings card."""
    cookie, notice = ke_cookie_and_notice(ix)
    visitors = 4000 + number("kerrera", "hits", ix.kind, mod=9000)
    if ix.kind == "issues":
        rows = ""
        for t in ix.site_titles:
            issue, season, year = ke_issue(t)
            h, f_, l_ = ke_member(t)
            rows += f'<li>No. {issue}, {season} {year}: <a href="{ke_url(t)}">{esc(t)}</a> by {esc(h)} {esc(f_)} {esc(l_)}</li>\n'
        main = f"""<p align="center"><font size="5"><b>{KE_JOURNAL}: the archive</b></font></p>
<p>The society has published {KE_JOURNAL} four times a year since 1951. Volunteers are typing in the papers from recent issues; the list below shows what is ready so far. Earlier issues can be borrowed from the library.</p>
<ul>
{rows}</ul>"""
        return ke_head(f"{KE_JOURNAL} archive") + "\n" + ke_frame(ix, main, cookie, notice, visitors)
    rows = ""
    for k, t in enumerate(ix.site_titles[-6:]):
        h, f_, l_ = ke_member(t)
        rows += (f"<tr><td>{esc(['9 January', '13 February', '13 March', '10 April', '8 May', '11 September'][k])}</td>"
                 f"<td>{esc(t)}</td><td>{esc(h)} {esc(f_)} {esc(l_)}</td></tr>\n")
    main = f"""<p align="center"><font size="5"><b>Meetings card, 2018</b></font></p>
<p>Meetings start at 7.30pm. The paper is read after the business and before the tea break; the display stays up all evening for close inspection.</p>
<table border="1" cellpadding="4" cellspacing="0" width="100%"><tr><th>Date</th><th>Paper and display</th><th>Member</th></tr>
{rows}</table>
<p>The June meeting is the annual auction and the July and August meetings are informal swap evenings.</p>"""
    return ke_head("Meetings card 2018") + "\n" + ke_frame(ix, main, cookie, notice, visitors)


# ---- 3. lismore: a read-later app's public shared copy of a saved essay, built by script, 2023 ------------------

LI_APP = "Leafmark"
LI_SHARERS = ["@quillwort", "@marramgrass", "@sloeberry", "@tansyfield", "@wheatear_reads", "@corncrake", "@bogmyrtle"]
LI_ORIGINS = [  # first venue, author
    ("the Brackenford College history blog", "Ellery Poskitt"), ("Longhand, a student essay journal", "Niamh Corrigall"),
    ("the Stourwell Sixth Form essay prize pages", "Tamsyn Mountstephen"), ("Margin & Ink, a writing newsletter", "Jago Hurrell"),
    ("the Fenmoor Library essay competition", "Ottilie Wragg"), ("Paper Lantern, a history zine", "Barnaby Crowcombe"),
]
LI_NOTES = [  # reader annotations
    "this is the bit I keep sending to friends",
    "compare the chapter we read last week",
    "half convinced here; the argument moves fast",
    "good line for the seminar on Thursday",
    "check the date here against the lecture notes",
    "the clearest paragraph in the whole piece",
]
LI_NOTICES = [
    "Leafmark pauses saving briefly on Sunday during a server move.",
    "New: shared copies now keep your highlights when you switch devices.",
    "Leafmark for tablets is out of beta. Thanks to everyone who sent feedback.",
]
LI_COOKIE = "Leafmark remembers your theme and font size on this device. Nothing is shared with advertisers."
LI_CREDIT = "Shared copies keep the author's text exactly as published; readers can only add highlights and notes."
LI_WALL = "This shared copy is trimmed. Keep reading in Leafmark to see the other {words} words."
LI_WHY = "Why {who} shared this: I kept coming back to the part about {x}. Worth the {minutes} minutes, honestly."


def li_sharer(title: str) -> str:
    return LI_SHARERS[number("lismore", "sharer", title, mod=len(LI_SHARERS))]


def li_origin(title: str) -> tuple[str, str]:
    return LI_ORIGINS[number("lismore", "origin", title, mod=len(LI_ORIGINS))]


def li_savers(title: str) -> int:
    return number("lismore", "savers", title, mod=900, base=40)


def li_url(title: str) -> str:
    return f"/s/{digest('lismore', 'share', title, n=8)}"


def cls(*parts) -> str:
    """Bundler-style hashed class."""
    return "_" + digest("lismore", "class", *parts, n=5)


def li_head(title: str) -> str:
    return f"""<!doctype html>
<html lang="en" data-theme="paper">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>{esc(title)} \u00b7 shared on {LI_APP}</title>
<link rel="preload" as="font" href="/static/fonts/literata.woff2" crossorigin>
<link rel="stylesheet" href="/static/css/share.{digest('lismore', 'css', n=8)}.css">
<script>window.__LM_BOOT__={{"route":"share","theme":"paper","ttsEnabled":true}}</script>
</head>"""


def li_cookie_and_notice(page) -> tuple[str, str]:
    site = "lismore"
    cookie = notice = ""
    if isinstance(page, Page):
        turn = rank_of(site, "banner", 3, page)
        if turn is not None:
            notice = f'<div class="{cls("toast")}" role="status"><div class="{cls("toast", "t")}">{esc(LI_NOTICES[turn])}</div></div>\n'
            page.clutter.append(LI_NOTICES[turn])
        show = carries(site, "cookies", 12, page)
    else:
        show = True
    if show:
        cookie = (f'<div class="{cls("consent")}"><div class="{cls("consent", "t")}">{esc(LI_COOKIE)}</div>'
                  f'<div role="button" tabindex="0" class="{cls("btn")}">Got it</div></div>\n')
        if isinstance(page, Page):
            page.clutter += [LI_COOKIE]
    return cookie, notice


def li_frame(page, main: str, cookie: str, notice: str) -> str:
    return f"""<body>
<div id="lm-root"><div class="{cls("shell")}">
<div class="{cls("topbar")}"><div class="{cls("logo")}"><span class="{cls("leaf")}"></span><span>{LI_APP}</span></div>
<div class="{cls("toolbar")}"><div role="button" class="{cls("tool")}" aria-label="Text size">Aa</div><div role="button" class="{cls("tool")}" aria-label="Theme">Theme</div><div role="button" class="{cls("tool", "save")}">Save to my {LI_APP}</div></div></div>
{notice}<div class="{cls("column")}">
{main}
</div>
<div class="{cls("foot")}"><div>{LI_APP} is a quiet place to keep things you mean to read.</div><div><span>Terms</span> \u00b7 <span>Privacy</span> \u00b7 <span>Help</span></div></div>
{cookie}</div></div>
<script src="/static/js/share.{digest('lismore', 'js', n=8)}.js" defer></script>
</body>
</html>
"""


LI_FRAME_CLUTTER = [f"Save to my {LI_APP}", f"{LI_APP} is a quiet place to keep things you mean to read.",
                    "Readers who saved this also saved", "Most highlighted in this copy", "From the text:"]


def lismore(p: Page) -> str:
    rng = p.rng
    site = "lismore"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    backdate(p, 2022)
    sharer = li_sharer(p.title)
    origin, author = li_origin(p.title)
    marked: list[tuple[str, int]] = []

    def para(value: str, k: int) -> str:
        spans = []
        for j, sen in enumerate(sentences(value)):
            inner = esc(sen)
            if (k + j) % 5 == 2 and len(sen.split()) > 6:
                count = number(site, "hl", p.title, k, j, mod=60, base=3)
                marked.append((sen, count))
                inner = f'<mark class="{cls("hl")}" data-count="{count}">{inner}</mark>'
            spans.append(f'<span class="{cls("s")}" data-s="{k}.{j}">{inner}</span>')
        return f'<div class="{cls("blk", "p")}" data-b="{k}">' + " ".join(spans) + "</div>"

    def listing(ordered: bool, items: list[str]) -> str:
        kind = "ol" if ordered else "ul"
        rows = "".join(f'<div role="listitem" class="{cls("li", kind)}" data-n="{n}">{esc(i)}</div>'
                       for n, i in enumerate(items, 1))
        return f'<div role="list" class="{cls("blk", kind)}">{rows}</div>'

    pieces = shown_pieces(p, lambda v: f'<div role="heading" aria-level="2" class="{cls("blk", "h")}">{esc(v)}</div>', para,
                          lambda v: f'<div class="{cls("blk", "q")}"><div class="{cls("qbar")}"></div><div class="{cls("qtext")}">{esc(v)}</div></div>',
                          listing)
    n_essay = len(pieces)
    if carries(site, "remark", 13, p):
        text = rng.choice(LI_NOTES)
        who = LI_SHARERS[(LI_SHARERS.index(sharer) + 1 + number(site, "annot", p.title, mod=5)) % len(LI_SHARERS)]
        slot_in(pieces, spot(n_essay, rng, 2, 6),
                ("note", f'<div class="{cls("ann")}"><div class="{cls("ann", "who")}">{esc(who)} noted</div>'
                         f'<div class="{cls("ann", "t")}">{esc(text)}</div></div>'))
        p.clutter += [f"{who} noted", text]
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = f"Listen \u00b7 read aloud by {LI_APP} Voice ({clock(round(p.words / 2.6))})"
            piece = (f'<div class="{cls("tts")}"><div role="button" class="{cls("tts", "play")}" aria-label="Play"></div>'
                     f'<div class="{cls("tts", "label")}">{esc(caption)}</div></div>')
        else:
            caption = f"Image from the original page: {p.card['setting']}"
            piece = (f'<div class="{cls("fig")}"><img src="https://img.leafmark.app/{digest(site, "img", p.title, n=12)}.webp" alt="">'
                     f'<div class="{cls("fig", "cap")}">{esc(caption)}</div></div>')
        p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("media", piece))
    wall = ""
    if p.cut is not None:
        said = LI_WALL.format(words=fmt_int(p.rest_words()))
        wall = (f'<div class="{cls("trim")}"><div class="{cls("trim", "t")}">{esc(said)}</div>'
                f'<div role="button" class="{cls("btn", "primary")}">Keep reading in {LI_APP}</div></div>\n')
        p.clutter += [said, f"Keep reading in {LI_APP}"]
    if p.cut is None and p.refs:
        pieces.append(("heading", f'<div role="heading" aria-level="2" class="{cls("blk", "h")}">Works cited</div>'))
        pieces.append(("refs", "".join(f'<div class="{cls("blk", "ref")}">{mk}</div>' for _, mk in p.refs)))
    body = "\n".join(h for _, h in pieces)
    minutes = max(1, round(p.words / 230))
    length = f"{LI_APP} counted {fmt_int(p.words)} words in this copy, about {p.pages} {pages_word(p.pages)} in Book view"
    why = LI_WHY.format(who=sharer, x=p.card["x"], minutes=minutes)
    wbox = f'<div class="{cls("why")}"><div class="{cls("why", "t")}">{esc(why)}</div></div>\n'
    early = placed_before(site, "why", p)
    credit = ""
    if carries(site, "credit", 6, p):
        credit = f'<div class="{cls("fine")}">{esc(LI_CREDIT)}</div>\n'
        p.clutter.append(LI_CREDIT)
    saved = f"Shared by {sharer} \u00b7 saved from {origin}"
    byline = f"by {author}"
    p.clutter += [length, saved, why, f"{li_savers(p.title)} readers saved this", *LI_FRAME_CLUTTER]
    top = ""
    for sen, count in sorted(marked, key=lambda m: -m[1])[:2]:
        top += f'<div class="{cls("tophl")}"><div class="{cls("tophl", "n")}">{count} readers</div><div class="{cls("tophl", "t")}">{esc(sen)}</div></div>'
        p.clutter.append(f"{count} readers")
    related = ""
    for t in rng.sample(p.others, 3):
        line = dated_fact_of(t)
        meta = f"saved by {li_savers(t)} readers"
        related += (f'<a class="{cls("card")}" href="{li_url(t)}"><div class="{cls("card", "t")}">{esc(t)}</div>'
                    f'<div class="{cls("card", "m")}">{esc(meta)}</div><div class="{cls("card", "q")}">From the text: {esc(line)}</div></a>\n')
        p.clutter += [t, meta, line]
    cookie, notice = li_cookie_and_notice(p)
    main = f"""<div class="{cls("meta")}"><div class="{cls("meta", "saved")}">{esc(saved)}</div><div class="{cls("meta", "count")}">{esc(f"{li_savers(p.title)} readers saved this")}</div></div>
<div class="{cls("title")}" role="heading" aria-level="1">{esc(p.title)}</div>
<div class="{cls("byline")}">{esc(byline)}</div>
<div class="{cls("stat")}">{esc(length)}</div>
{wbox if early else ""}<div class="{cls("doc")}" data-doc="{digest(site, 'doc', p.title, n=10)}">
{body}
</div>
{wall}{credit}{"" if early else wbox}<div class="{cls("panel")}"><div class="{cls("panel", "h")}">Most highlighted in this copy</div>{top}</div>
<div class="{cls("panel")}"><div class="{cls("panel", "h")}">Readers who saved this also saved</div>
{related}</div>"""
    return li_head(p.title) + "\n" + li_frame(p, main, cookie, notice)


def lismore_index(ix: IndexPage) -> str:
    """Either a public shelf or the weekly highlights digest."""
    cookie, notice = li_cookie_and_notice(ix)
    if ix.kind == "shelf":
        who = LI_SHARERS[0]
        cards = ""
        for t in ix.site_titles[:12]:
            origin, author = li_origin(t)
            cards += (f'<a class="{cls("card")}" href="{li_url(t)}"><div class="{cls("card", "t")}">{esc(t)}</div>'
                      f'<div class="{cls("card", "m")}">{esc(author)} \u00b7 {esc(origin)} \u00b7 {fmt_int(ESSAYS_BY_TITLE[t]["words"])} words</div></a>\n')
        main = f"""<div class="{cls("title")}" role="heading" aria-level="1">{esc(who)}'s public shelf</div>
<div class="{cls("byline")}">Things {esc(who)} has finished and wants others to read. Updated weekly.</div>
{cards}"""
        return li_head(f"{who}'s shelf") + "\n" + li_frame(ix, main, cookie, notice)
    items = ""
    for t in ix.site_titles[1:6]:
        sen = paragraphs_of(t)[0].split(". ")[0].rstrip(".") + "."
        items += (f'<div class="{cls("tophl")}"><div class="{cls("tophl", "t")}">{esc(sen)}</div>'
                  f'<div class="{cls("tophl", "n")}">from <a href="{li_url(t)}">{esc(t)}</a></div></div>\n')
    main = f"""<div class="{cls("title")}" role="heading" aria-level="1">This week's most highlighted lines</div>
<div class="{cls("byline")}">Sentences that {LI_APP} readers marked most often in the last seven days, each with a link to its shared copy.</div>
{items}<div class="{cls("fine")}">The digest is put together automatically from public highlights only.</div>"""
    return li_head("Highlights digest") + "\n" + li_frame(ix, main, cookie, notice)


# ---- 4. canna: an airline's in-flight magazine online, 2019 -----------------------------------------------------

CA_AIRLINE = "Skerrywing Airways"
CA_MAG = "Updraught"
CA_WRITERS = [("Fenella", "Quartermaine"), ("Rupert", "Oakeshott"), ("Linnea", "Bascombe"), ("Dashiell", "Crane-Ruddock"),
              ("Marisol", "Etherington"), ("Konrad", "Goodenough"), ("Sunniva", "Garbutt"), ("Ptolemy", "Hatchard")]
CA_ARTISTS = ["Wren Abernethy-Cole", "Orrin Faulds", "Juno Petheram", "Cassius Merridew"]
CA_CAPTAIN = "Captain Iona Gristwood"
CA_FACTS = [  # (label, text): boxed asides
    ("Cabin notes:", "Skerrywing flies to twenty-three airports from its base at Kirkwall"),
    ("Cabin notes:", "the longest Skerrywing route takes just under three hours"),
    ("Getting there:", "direct flights three times a week in summer, connecting via Aberdeen in winter"),
    ("Getting there:", "book early for the cheapest fares on the Saturday service"),
    ("Crew recommends:", "a window seat on the left for the best view of the coast on the way in"),
    ("Crew recommends:", "the local museum is a short bus ride from the arrivals hall"),
]
CA_NOTICES = [
    "Updraught is also free to read on the Skerrywing app during your flight, no signal needed.",
    "From April, hand luggage on our island routes is limited to one bag of 8kg.",
    "Skerrywing Miles members earn double miles on all Saturday flights this month.",
]
CA_COOKIE = "Cookies on this site help us show you fares from your nearest airport and remember your language."
CA_WALL = ("Finish this long read ({words} more words) in the paper {mag} tucked into your seat pocket, or on the "
           "Skerrywing app after landing.")
CA_DECK = ("From the flight deck: {captain} writes: On the longer sectors I like a slower read, and this piece on {x} "
           "kept me company all the way across the Minch.")
CA_SHOP = [("Solway Cask single malt, 70cl", "\u00a332"), ("Skerrywing model aircraft, 1:200", "\u00a318"),
           ("Sea-salt caramels, box of 12", "\u00a36"), ("Merino travel scarf, heather", "\u00a325")]
CA_NAV = ["Long reads", "Destinations", "Food & drink", "Onboard shop", "Our fleet", "Skerrywing Miles"]
CA_ISSUES = ["March 2019", "April 2019", "May 2019", "June 2019", "July 2019", "August 2019"]


def ca_writer(title: str) -> tuple[str, str]:
    return CA_WRITERS[number("canna", "writer", title, mod=len(CA_WRITERS))]


def ca_issue(title: str) -> str:
    return CA_ISSUES[SITE_TITLES["canna"].index(title) % len(CA_ISSUES)]


def ca_url(title: str) -> str:
    return f"/updraught/long-reads/{slug(title)}/"


def ca_head(title: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>{esc(title)} | {CA_MAG} | {CA_AIRLINE}</title>
<link rel="stylesheet" href="/updraught/assets/mag.css?rev={digest('canna', 'css', n=7)}">
</head>"""


def ca_cookie_and_notice(page) -> tuple[str, str]:
    site = "canna"
    cookie = notice = ""
    if isinstance(page, Page):
        turn = rank_of(site, "banner", 3, page)
        if turn is not None:
            notice = f'<div class="ud-strip"><p>{esc(CA_NOTICES[turn])}</p></div>\n'
            page.clutter.append(CA_NOTICES[turn])
        show = carries(site, "cookies", 12, page)
    else:
        show = True
    if show:
        cookie = (f'<div class="ud-consent"><p>{esc(CA_COOKIE)}</p><button type="button">Accept</button>'
                  f'<button type="button">Settings</button></div>\n')
        if isinstance(page, Page):
            page.clutter.append(CA_COOKIE)
    return cookie, notice


def ca_frame(page, main: str, cookie: str, notice: str) -> str:
    nav = "".join(f'<a href="/updraught/{slug(n)}/">{esc(n)}</a>' for n in CA_NAV)
    shop = "".join(f"<li><span>{esc(a)}</span> <strong>{esc(b)}</strong></li>" for a, b in CA_SHOP)
    return f"""<body class="ud">
<header class="ud-head"><a class="ud-airline" href="/">{CA_AIRLINE}</a><a class="ud-mast" href="/updraught/">{CA_MAG}</a>
<p class="ud-tag">The magazine of {CA_AIRLINE} \u00b7 Take it home, it's yours</p>
<nav class="ud-nav">{nav}</nav><a class="ud-book" href="/book/">Book a flight</a></header>
{notice}<div class="ud-page">
<article class="ud-article">
{main}
</article>
<aside class="ud-rail">
<section class="ud-shop"><h3>Onboard shop</h3><ul>{shop}</ul><p>Prices in pounds; cards only on board.</p></section>
<section class="ud-miles"><h3>Skerrywing Miles</h3><p>Earn a mile for every pound you spend on fares and in the onboard shop.</p></section>
</aside>
</div>
<footer class="ud-foot"><p>{CA_MAG} is published for {CA_AIRLINE} by Gantry &amp; Pole Media.</p>
<p>Views expressed are the writers' own. \u00b7 <a href="/privacy/">Privacy</a> \u00b7 <a href="/contact/">Contact us</a></p></footer>
{cookie}</body>
</html>
"""


CA_FRAME_CLUTTER = [f"The magazine of {CA_AIRLINE}", "Take it home, it's yours", "Book a flight", "Onboard shop",
                    "Prices in pounds; cards only on board.", "Skerrywing Miles",
                    "Earn a mile for every pound you spend on fares and in the onboard shop.",
                    f"{CA_MAG} is published for {CA_AIRLINE} by Gantry & Pole Media.", "Views expressed are the writers' own.",
                    "More long reads in this issue", "Food & drink", "Our fleet"] + [a for a, _ in CA_SHOP]


def canna(p: Page) -> str:
    rng = p.rng
    site = "canna"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    backdate(p, 2018)
    first, last = ca_writer(p.title)
    artist = CA_ARTISTS[number(site, "artist", p.title, mod=len(CA_ARTISTS))]
    issue = ca_issue(p.title)

    def para(value: str, k: int) -> str:
        if k == 0:
            return f'<p class="ud-lede"><span class="ud-drop">{esc(value[0])}</span>{esc(value[1:])}</p>'
        return f"<p>{esc(value)}</p>"

    pieces = shown_pieces(p, lambda v: f"<h2>{esc(v)}</h2>", para,
                          lambda v: f'<blockquote class="ud-quote"><p>{esc(v)}</p></blockquote>',
                          lambda o, items: (f"<{'ol' if o else 'ul'}>" + "".join(f"<li>{esc(i)}</li>" for i in items)
                                            + f"</{'ol' if o else 'ul'}>"))
    n_essay = len(pieces)
    if carries(site, "pull", 10, p):
        pulled = ESSAYS_BY_TITLE[p.title]["links"][0]
        shown = " ".join(block_text(b) for b in p.visible())
        if pulled in shown:
            slot_in(pieces, spot(n_essay, rng, 3, 7),
                    ("pull", f'<blockquote class="ud-pull"><p>\u201c{esc(pulled)}\u201d</p></blockquote>'))
    if carries(site, "remark", 13, p):
        label, text = rng.choice(CA_FACTS)
        slot_in(pieces, spot(n_essay, rng, 2, 6),
                ("note", f'<aside class="ud-fact"><h5>{esc(label)}</h5><p>{esc(text)}</p></aside>'))
        p.clutter += [label, text]
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = f"Illustration: {artist} for {CA_MAG}"
            piece = (f'<figure class="ud-fig"><img src="/updraught/img/{digest(site, "ill", p.title, n=10)}.jpg" alt="" width="900" height="600">'
                     f"<figcaption>{esc(caption)}</figcaption></figure>")
        else:
            caption = f"Route map: {CA_AIRLINE} destinations from Kirkwall, {issue}"
            piece = (f'<figure class="ud-fig"><img src="/updraught/img/routes-{slug(issue)}.png" alt="Route map" width="900" height="500">'
                     f"<figcaption>{esc(caption)}</figcaption></figure>")
        p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("media", piece))
    wall = ""
    if p.cut is not None:
        said = CA_WALL.format(words=fmt_int(p.rest_words()), mag=CA_MAG)
        wall = f'<div class="ud-more"><p>{esc(said)}</p><a class="ud-app" href="/app/">Get the Skerrywing app</a></div>\n'
        p.clutter += [said, "Get the Skerrywing app"]
    if p.cut is None and p.refs:
        pieces.append(("heading", "<h2>Further reading</h2>"))
        pieces.append(("refs", '<div class="ud-refs">' + "\n".join(f"<p>{mk}</p>" for _, mk in p.refs) + "</div>"))
    body = "\n".join(h for _, h in pieces)
    length = f"This long read: {fmt_int(p.words)} words, {p.pages} {pages_word(p.pages)} in the seat-pocket edition"
    deck = CA_DECK.format(captain=CA_CAPTAIN, x=p.card["x"])
    dbox = f'<div class="ud-deck"><p>{esc(deck)}</p></div>\n'
    early = placed_before(site, "deck", p)
    credit = ""
    if carries(site, "credit", 6, p):
        said = f"This long read first appeared in the printed {issue} issue of {CA_MAG}."
        credit = f'<p class="ud-credit">{esc(said)}</p>\n'
        p.clutter.append(said)
    byline = f"Words by {first} {last} \u00b7 Illustration by {artist}"
    kicker = f"Long read \u00b7 {issue}"
    p.clutter += [length, byline, kicker, deck, *CA_FRAME_CLUTTER]
    related = ""
    for t in rng.sample(p.others, 3):
        line = first_point_of(t)
        t_first, t_last = ca_writer(t)
        meta = f"Words by {t_first} {t_last}"
        related += (f'<li><a href="{ca_url(t)}">{esc(t)}</a><span class="ud-by">{esc(meta)}</span>'
                    f'<p class="ud-tease">{esc(line)}</p></li>\n')
        p.clutter += [t, meta, line]
    cookie, notice = ca_cookie_and_notice(p)
    main = f"""<p class="ud-kicker">{esc(kicker)}</p>
<h1>{esc(p.title)}</h1>
<p class="ud-byline">{esc(byline)}</p>
<p class="ud-length">{esc(length)}</p>
{dbox if early else ""}<div class="ud-body">
{body}
</div>
{wall}{credit}{"" if early else dbox}<section class="ud-related"><h3>More long reads in this issue</h3><ul>
{related}</ul></section>"""
    return ca_head(p.title) + "\n" + ca_frame(p, main, cookie, notice)


def canna_index(ix: IndexPage) -> str:
    """Contents page for June."""
    cookie, notice = ca_cookie_and_notice(ix)
    rows = ""
    for k, t in enumerate(ix.site_titles[:7]):
        f_, l_ = ca_writer(t)
        rows += f'<li><span class="ud-pg">{14 + 6 * k}</span> <a href="{ca_url(t)}">{esc(t)}</a> <span class="ud-by">{esc(f_)} {esc(l_)}</span></li>\n'
    main = f"""<p class="ud-kicker">In this issue \u00b7 June 2019</p>
<h1>Inside {CA_MAG}, June 2019</h1>
<p>Welcome aboard. This month we go island-hopping for the best harbour cafes, meet the engineers who keep our fleet flying through the winter gales, and bring you seven long reads for the journey.</p>
<h2>Long reads</h2>
<ul class="ud-contents">
{rows}</ul>
<h2>Regulars</h2>
<ul class="ud-contents"><li><span class="ud-pg">4</span> From the chief executive</li><li><span class="ud-pg">8</span> News from the network</li><li><span class="ud-pg">60</span> Onboard shop</li><li><span class="ud-pg">66</span> Route map</li></ul>"""
    return ca_head(f"In this issue: June 2019") + "\n" + ca_frame(ix, main, cookie, notice)


# ------------------------------------------------------------------------------------------------------ runner

SITES = {  # folder -> (writer, lister, essay-free kinds, teasers, pages citing sources)
    "soay": (soay, soay_index, ["level", "teachers"], 3, 3),          # warm-up box leads or trails
    "kerrera": (kerrera, kerrera_index, ["issues", "meetings"], 2, 4),  # display note leads or trails
    "lismore": (lismore, lismore_index, ["shelf", "digest"], 3, 3),     # sharer's note leads or trails
    "canna": (canna, canna_index, ["contents"], 3, 3),                  # flight-deck note leads or trails
}


def essays_needed() -> int:
    return sum(PAGES_PER_SITE - len(kinds) for _, _, kinds, _, _ in SITES.values())


def units_of(essay: dict) -> set[str]:
    """Normalised non-heading blocks and bullets exceeding five words."""
    units = {norm(block_text(b)) for b in essay["blocks"] if b[0] != "heading" and len(block_text(b).split()) > 5}
    return units | {norm(i) for k, v in essay["blocks"] if k == "list" for i in v[1] if len(i.split()) > 5}


def choose_essays(cards: list[dict], seed: int, need: int) -> list[dict]:
    """Drafts essays card by card (shuffled), rejecting overlaps with kept essays either way, till `need` kept."""
    chosen: list[tuple[dict, set[str], str]] = []
    for card in cards:
        if len(chosen) == need:
            break
        essay = make_essay(card, random.Random(f"{seed}:essay:{card['id']}"))
        units = units_of(essay)
        text = norm(" ".join(block_text(b) for b in essay["blocks"]))
        if any(u in other for u in units for _, _, other in chosen) or any(u in text for _, theirs, _ in chosen for u in theirs):
            continue
        chosen.append((essay, units, text))
    if len(chosen) < need:
        raise SystemExit(f"only {len(chosen)} usable essays, need {need}")
    return [e for e, _, _ in chosen]


def index_pages(name: str, kinds: list[str]) -> dict[int, str]:
    """Seeded essay-free page numbers, excluding first and last, mapped to kinds."""
    spots = sorted(random.Random(f"set31:{SEED}:{name}:noessay").sample(range(2, PAGES_PER_SITE), len(kinds)))
    return dict(zip(spots, kinds))


def write_folders(outdir: Path, seed: int, chosen: list[dict]) -> list[str]:
    """Emits every host's HTML and truth notes; returns SOURCES.tsv lines. Teasers and reference lists go to
    essay pages only (cf. set 1)."""
    rows = []
    start = 0
    for name, (writer, lister, kinds, teasers, cited) in SITES.items():
        site_rng = random.Random(f"{seed}:{name}")
        indexes = index_pages(name, kinds)
        ESSAY_PAGES[name] = [n for n in range(1, PAGES_PER_SITE + 1) if n not in indexes]
        mine = chosen[start:start + len(ESSAY_PAGES[name])]
        start += len(mine)
        titles = [e["title"] for e in mine]
        SITE_TITLES[name] = titles
        order = list(range(len(mine)))
        site_rng.shuffle(order)
        teaser_set, cited_set = set(order[:teasers]), set(order[teasers:teasers + cited])
        folder = outdir / name
        (folder / "truth").mkdir(parents=True, exist_ok=True)
        k = 0
        for n in range(1, PAGES_PER_SITE + 1):
            page_rng = random.Random(f"{seed}:{name}:{n}")
            if n in indexes:
                ix = IndexPage(name, n, titles, page_rng, indexes[n])
                (folder / f"page-{n:02d}.html").write_text(lister(ix), "utf-8")
                (folder / "truth" / f"page-{n:02d}.md").write_text(ix.truth(), "utf-8")
                rows.append(f"{name}\tpage-{n:02d}\t-\t0\t(no essay: {indexes[n]} page)")
                continue
            essay = mine[k]
            page = Page(essay, page_rng, n, titles, name)
            if k in teaser_set:
                page.cut = max(3, round(len(page.blocks) * page_rng.uniform(0.35, 0.55)))
                while page.cut > 3 and page.blocks[page.cut - 1][0] == "heading":
                    page.cut -= 1
            if k in cited_set:
                page.refs = g.works_cited(page_rng, page_rng.randint(3, 6))
            k += 1
            (folder / f"page-{n:02d}.html").write_text(writer(page), "utf-8")
            (folder / "truth" / f"page-{n:02d}.md").write_text(page.truth(), "utf-8")
            rows.append(f"{name}\tpage-{n:02d}\t{essay['id']}\t{essay['words']}\t{essay['title']}")
    return rows


def main() -> None:
    global SEED
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--seed", type=int, default=2031)
    args = ap.parse_args()
    SEED = args.seed
    rng = random.Random(args.seed)
    cards = parse_cards()
    rng.shuffle(cards)
    need = essays_needed()
    chosen = choose_essays(cards, args.seed, need)
    ESSAYS_BY_TITLE.clear()
    ESSAYS_BY_TITLE.update({e["title"]: e for e in chosen})
    rows = write_folders(args.outdir, args.seed, chosen)
    header = "site\tpage\ttopic_card\tessay_words\tessay_title"
    (args.outdir / "SOURCES.tsv").write_text("\n".join([header, *rows]) + "\n", "utf-8")
    print(f"{len(SITES)} sites x {PAGES_PER_SITE} pages -> {args.outdir} ({need} essays from {len(cards)} cards, "
          f"{len(SITES) * PAGES_PER_SITE - need} essay-free)")


if __name__ == "__main__":
    main()
