"""Held-out site set 26 (issue 13): four further kinds of essay-hosting page, never shown to any batch,
written to see how site learning copes the first time it meets them.

    usage (project interpreter): generate.py OUTDIR [--seed 2026]

Each of the four sites receives eighteen pages, OUTDIR/<site>/page-01.html to page-18.html, and beside them a
folder truth/ holding one note per page in the shape bench/scoring.py reads. No earlier set used these page
kinds. Essays are built in this file from cards and sentence pools that no other set shares, and
OUTDIR/SOURCES.tsv records the card behind every page. No card serves two pages, and output depends only on
the seed.

Sites (page kinds):
  raasay   A school library's DSpace repository, 2016. The item page carries Dublin Core fields (its abstract
           repeats the essay's thesis) and an inline pdf.js viewer whose text layer breaks every paragraph
           into positioned line spans across several PDF pages, with running heads, page numbers and a
           teacher's sticky-note annotations. A rights box sits over the viewer on half the pages
  westray  A LISTSERV archive of a schools' debating league, 2003. The page is one digest, shown in a PRE
           block: several messages, the essay hard-wrapped at 72 columns inside one of them, its counts
           in the subject line. Replies quote the first sentences of papers from earlier digests. The
           convener's reminder precedes the paper in nine digests and follows it in nine
  staffa   A Jupyter Book for a digital-history course, 2021. Prose cells sit between code cells and their
           outputs; a word-count cell prints the counts, and a dataframe lists classmates' essays by a
           sentence of figures from each. The count cell opens the page on half the pages, closes it elsewhere
  gigha    A bilingual (English and Spanish) scholarship fund's showcase of winning applications, 2022. The
           essay is one long-answer field of a read-only application form among short answers, a readers'
           score table and a word counter. A Spanish summary sits over the essay on nine pages, under it on nine

Sets one, two and three lend this file, untouched, their truth notes, folder writing, teaser cutting and
invented reference lists.
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

# ------------------------------------------------------------------------------------------------ TOPIC cards
# Cards, one per line, have eleven "|" fields: title; subject; x (what the essay is about, as a noun
# phrase); people (plural); setting; period (with a four-digit year somewhere); three strands split on ";";
# thesis and rival, each written to follow the word "that"; and two facts. Each fact carries one full stop,
# placed last, so no sentence splitter can cut one in two.

ESSAY_CARDS = """
The Beheading Engine of the Wool Town | legal history | the Halifax Gibbet | the lord of the manor's bailiff, accused thieves and the jurors of Halifax parish | the parish of Halifax in Yorkshire | 1541 to 1650 | the custom that let the manor behead thieves; the local juries who judged stolen cloth; the ending of the custom under the Commonwealth | the gibbet survived because cloth was the town's wealth and theft threatened all of it | the gibbet was simply medieval cruelty lingering on | The Halifax Gibbet law allowed a thief caught with goods worth thirteen and a half pence or more to be beheaded. | The last two men beheaded on the Halifax Gibbet died in April 1650.
Gold Under the Goblins' Hill | archaeology | the finding of the Mold cape | the labourers clearing a mound, the tenant farmer and the antiquaries of the British Museum | a field outside Mold in Flintshire | 1833 to 1836 | the workmen who broke open the burial mound; the scattering of the gold fragments; the slow gathering of the pieces by collectors | the cape survived in pieces because finders treated it as loose bullion | the cape was lost through mere carelessness | Workmen quarrying stone near Mold in Flintshire found a crushed gold cape in a burial mound in 1833. | The British Museum acquired the main part of the Mold cape in 1836.
A Plasterer in White Clothes | legal history | the Hammersmith ghost case | the excise officer Francis Smith, the plasterer Thomas Millwood and frightened residents of Hammersmith | the lanes of Hammersmith near London | 1803 to 1804 | the rumours of a ghost haunting the churchyard; the night patrols by armed neighbours; the trial that weighed mistake against murder | the case showed how the law of the day refused to excuse an honest but fatal mistake | the killing was the natural result of village superstition and nothing else | Francis Smith shot the plasterer Thomas Millwood in Hammersmith in January 1804, taking him for a ghost. | Smith received a death sentence, which was later commuted to a year's hard labour.
The Militia Lists of East Lothian | social history | the Tranent militia riot | colliers and farm servants of Tranent, the deputy lieutenants and a troop of cavalry | the mining village of Tranent in East Lothian | 1797 | the lists drawn up for the militia ballot; the crowd that gathered against the deputy lieutenants; the troopers who rode through the fields afterwards | the killings grew from a law that treated working men as a supply to be drawn by lot | the soldiers merely restored order against a dangerous mob | Soldiers killed at least eleven people at Tranent in East Lothian in August 1797. | The protest at Tranent was directed against the Scottish Militia Act of 1797.
Seven Claims on a Highland Estate | land history | the Knoydart land raid | seven ex-servicemen, the estate owner Lord Brocket and civil servants at the Scottish Office | the Knoydart peninsula in the western Highlands | 1948 | the pegging out of crofts on estate ground; the court order obtained by the owner; the enquiry that rejected the men's claims | the raid was a test of whether wartime promises about land meant anything | the raiders were chasing a hopeless gesture with no support | Seven men staked claims to land on the Knoydart estate in November 1948. | The Knoydart estate then belonged to Lord Brocket.
The Landing at Carregwastad | military history | the French landing near Fishguard | the French Legion under William Tate, the Pembrokeshire yeomanry and the people of Fishguard | the coast of Pembrokeshire | 1797 | the landing of a ragged force at Carregwastad Point; the looting of farms for food and drink; the surrender on the sands at Goodwick | the invasion collapsed since it had been designed as a diversion and crewed like one | the invaders were beaten by the bravery of local women alone | A French force under the American William Tate landed near Fishguard in February 1797. | The invaders surrendered on Goodwick Sands two days after landing.
Twenty-Four Arches on the Moor | transport history | the building of the Ribblehead Viaduct | the Midland Railway's engineers, thousands of navvies and their families in the shanty camps | the moor at Batty Green in the Yorkshire Dales | 1870 to 1876 | the shanty camps on the open moor; the smallpox and accidents that filled the churchyard; the company's stubborn choice of the hardest route | the line was built by a company that feared its rivals more than it feared the cost | the viaduct is an engineering feat with no human story worth telling | Work on the Ribblehead Viaduct began in 1870. | The Settle to Carlisle line opened to passengers in May 1876.
A Short Cut Through Argyll | transport history | the Crinan Canal | the engineer John Rennie, the canal's investors and the skippers who used it | the Kintyre peninsula in Argyll | 1793 to 1817 | the cuts through rock and bog; the reservoirs that failed; the repairs ordered after years of complaints | the canal struggled because money ran short before the work was sound | the canal was a sensible scheme ruined by bad weather | The Crinan Canal opened in 1801 to spare boats the long voyage round the Mull of Kintyre. | Thomas Telford was called in to put the Crinan Canal right after its early failures.
A Waterway Built for a War That Never Came | transport history | the building of the Rideau Canal | Lieutenant Colonel John By, Irish and French Canadian labourers and the Royal Engineers | the country between Bytown and Kingston in Upper Canada | 1826 to 1832 | the choice of a slackwater design; the malaria that struck the work camps; the inquiry into the cost overruns | the canal was shaped by fear of an American attack that never arrived | By simply wasted public money on an extravagant design | Lieutenant Colonel John By was placed in charge of building the Rideau Canal in 1826. | The Rideau Canal opened in May 1832.
Around the Falls by Water | transport history | the first Welland Canal | William Hamilton Merritt, the canal company's shareholders and the Upper Canada legislature | the Niagara peninsula between Lake Ontario and Lake Erie | 1824 to 1829 | the search for water to feed the locks; the loans begged from the province; the wooden locks that soon wore out | the canal was carried through by one promoter's persistence rather than by any sound plan | the canal paid its way commercially from its first season | William Hamilton Merritt promoted the Welland Canal to carry ships around Niagara Falls. | The first Welland Canal opened in November 1829.
Two Spades on One Morning | transport history | the race between the Chesapeake and Ohio Canal and the Baltimore and Ohio Railroad | John Quincy Adams, Charles Carroll of Carrollton and the directors of both companies | the Potomac valley and the city of Baltimore | 1828 to 1850 | the two ceremonies held on the same morning; the legal fight for the narrow ground at Point of Rocks; the canal's slow crawl towards Cumberland | the canal lost because it was fighting the last war of transport | the canal failed because of floods and bad luck | President John Quincy Adams broke ground for the Chesapeake and Ohio Canal on 4 July 1828. | The Baltimore and Ohio Railroad held its own groundbreaking on the same day.
A Shrine in Kensington Gardens | art history | the Albert Memorial | Queen Victoria, the architect George Gilbert Scott and the sculptors of the frieze | Kensington Gardens in London | 1862 to 1876 | the competition for the design; the frieze of artists and thinkers; the gilded statue that arrived years late | the memorial was a statement about national achievement more than private grief | the memorial is nothing but an expensive monument to a widow's mourning | Queen Victoria opened the Albert Memorial in Kensington Gardens in July 1872. | The gilded statue of Prince Albert was not placed in the memorial until 1875.
The Canal That Bought Deputies | political history | the Panama scandal | Ferdinand de Lesseps, the financier Jacques de Reinach and dozens of French deputies | Paris and the Panama isthmus | 1889 to 1893 | the collapse of the Panama Canal Company; the bribes paid for a lottery loan; the trials that convicted almost nobody | the scandal revealed a parliament that had been for sale rather than one old man's folly | the disaster was simply an engineering failure | The French Panama Canal Company went into liquidation in February 1889. | Ferdinand de Lesseps and his son Charles were sentenced in 1893, though the sentences were later quashed.
A Line Through the Panhandle | diplomatic history | the Alaska boundary dispute | the tribunal's six members, Lord Alverstone and the Canadian government | the coast of the Alaska panhandle | 1898 to 1903 | the gold rush that made the boundary matter; the tribunal in London; the Canadian anger at the British vote | the settlement showed London putting American friendship ahead of Canadian interests | the tribunal reached an honest decision on the legal merits | A tribunal of six jurists met in London in 1903 to settle the Alaska boundary. | The British member, Lord Alverstone, voted with the three Americans.
Resistance at the Forks | Canadian history | the Red River Resistance | Louis Riel, the Metis of Red River and the Canadian government | the Red River settlement | 1869 to 1870 | the surveyors sent in before any transfer; the provisional government at Upper Fort Garry; the execution that turned Ontario against the Metis | the resistance was a negotiation backed by force rather than a rebellion | Riel's movement was an uprising against lawful authority | Louis Riel's provisional government had Thomas Scott shot at Upper Fort Garry in March 1870. | The Manitoba Act created the province of Manitoba in 1870.
Distillers and the President's Friends | political history | the Whiskey Ring | Treasury Secretary Benjamin Bristow, revenue officials and the President's secretary Orville Babcock | St Louis and other distilling cities | 1875 to 1876 | the skimming of the whiskey tax; the secret raids on distilleries; the trial of Babcock | the ring flourished because party loyalty protected it at every level | a handful of greedy officials ran the fraud on their own | Treasury Secretary Benjamin Bristow ordered raids on distilleries across several cities in May 1875. | Grant's private secretary Orville Babcock was indicted but acquitted in 1876.
Mail Routes Through Empty Country | political history | the star route scandal | Senator Stephen Dorsey, the postal official Thomas Brady and the contractors | the Post Office Department in Washington | 1878 to 1883 | the padded contracts for remote mail routes; the investigation under President Garfield; the trials that ended in acquittal | the spoils system had made fraud an ordinary part of government, as the scandal revealed | the contractors were simply meeting the real costs of the frontier | The star route scandal concerned contracts for carrying mail on remote western routes. | The main defendants in the star route trials were acquitted in 1883.
Bread at Twelve Dollars a Barrel | urban history | the New York flour riot | the Equal Rights Party, poor New Yorkers and the merchant Eli Hart | lower Manhattan | 1837 | the meeting in City Hall Park; the attack on Hart's warehouse; the panic that followed within months | the riot was about the price of living rather than a plot by radicals | the crowd was stirred up by reckless speakers | A crowd broke into Eli Hart's flour warehouse in New York in February 1837. | The riot began after a mass meeting in City Hall Park about the price of bread and fuel.
An Auctioneer Against the House Tax | political history | Fries's Rebellion | John Fries, the German farmers of eastern Pennsylvania and federal tax assessors | the counties of Bucks and Northampton in Pennsylvania | 1798 to 1800 | the direct tax on houses and windows; the rescue of prisoners from the federal marshal; the trials for treason | the rising amounted to a tax protest, not a war against the state | the rebels were traitors who deserved the gallows | John Fries led armed men who freed prisoners held at Bethlehem in Pennsylvania in March 1799. | President John Adams pardoned Fries in 1800.
Calico Indians on the Manors | agrarian history | the Anti-Rent War | tenant farmers of the Hudson valley, the Van Rensselaer family and the sheriffs of New York | the manors of the Hudson valley | 1839 to 1846 | the refusal to pay rents after the old patroon's death; the tenants disguised as Indians; the new state constitution of 1846 | the tenants won by using the ballot as much as by disguise and threats | the movement was lawless and achieved nothing | Tenants of the Van Rensselaer manor refused to pay their rents after Stephen Van Rensselaer died in 1839. | A deputy sheriff, Osman Steele, was shot dead at a rent sale in Delaware County in August 1845.
Federalists in a Closed Room | political history | the Hartford Convention | New England Federalists, the Madison administration and the envoys sent to Washington | the city of Hartford in Connecticut | 1814 to 1815 | the grievances of a trading region at war; the secret sessions and their moderate report; the arrival of news from Ghent and New Orleans | bad timing, not treason, ruined the convention | the delegates were plotting to break up the union | New England Federalists met in secret at Hartford in Connecticut from December 1814. | News of the peace treaty and of the victory at New Orleans reached Washington in the very week the convention's envoys arrived.
A State Declares a Tariff Void | constitutional history | the nullification crisis | John C Calhoun, President Andrew Jackson and the South Carolina convention | South Carolina and the federal capital | 1832 to 1833 | the tariff that planters called an abomination; the ordinance declaring the tariffs void; the compromise tariff and the Force Bill | the crisis was settled by a bargain that left the underlying question open | Jackson's threats alone brought South Carolina to heel | A South Carolina convention declared the federal tariffs void in November 1832. | Congress passed both a Force Bill and a compromise tariff in March 1833.
Petitions Laid on the Table | political history | the gag rule in the House of Representatives | John Quincy Adams, the abolitionist petitioners and the Southern members of the House | the House of Representatives in Washington | 1836 to 1844 | the flood of antislavery petitions; the rule that tabled them unread; the long campaign by Adams for repeal | the gag rule spread the antislavery cause it was meant to silence | the rule was a reasonable way to keep business moving | The House of Representatives adopted a rule in May 1836 tabling all petitions about slavery. | The gag rule was repealed in December 1844.
The Rescue at Wellington | legal history | the Oberlin-Wellington rescue | students and townspeople of Oberlin, the fugitive John Price and federal marshals | the towns of Oberlin and Wellington in Ohio | 1858 to 1859 | the seizure of John Price by slave catchers; the crowd that freed him from a hotel attic; the trials in Cleveland | the rescue turned a federal prosecution into a trial of the law itself | the rescuers were lawbreakers who got off lightly | A crowd from Oberlin freed the fugitive John Price from slave catchers at Wellington in Ohio in September 1858. | Federal charges were brought against thirty-seven of the rescuers.
Gunfire at a Lancaster County Farmhouse | legal history | the Christiana resistance | William Parker and his neighbours, the slaveholder Edward Gorsuch and a federal marshal | the village of Christiana in Pennsylvania | 1851 | the armed party that came to take four men; the fight at Parker's house; the treason prosecution that fell apart | the resistance exposed the limits of a federal law that free communities would not obey | the defenders were simply a violent mob | The Maryland slaveholder Edward Gorsuch was killed at Christiana in Pennsylvania in September 1851. | Castner Hanway was tried for treason and acquitted.
Marched to the Wharf | legal history | the case of Anthony Burns | Anthony Burns, Boston's abolitionists and the federal troops who guarded him | the city of Boston | 1854 | the arrest of Burns on a false charge; the failed storming of the courthouse; the march to the harbour between lines of soldiers | the case turned moderate Bostonians against the law it enforced | the case changed nothing because Burns was returned anyway | Anthony Burns was arrested in Boston in May 1854 as a fugitive from slavery. | Federal troops marched Burns to a ship in Boston harbour in June 1854.
An Army Sent to Salt Lake | political history | the Utah War | President James Buchanan, Brigham Young and the army commanded by Albert Sidney Johnston | Utah Territory | 1857 to 1858 | the decision to replace Young as governor; the burning of army supply trains; the pardon and the peaceful entry into Salt Lake City | the war was a blunder by a government that never checked its facts | the expedition was a firm and necessary show of federal power | President James Buchanan sent an army towards Utah Territory in 1857. | The dispute ended in 1858 without a pitched battle.
When the River Ran Backwards | environmental history | the New Madrid earthquakes | settlers of the Missouri bootheel, river boatmen and the Shawnee leader Tecumseh's followers | the Mississippi valley around New Madrid | 1811 to 1812 | the three great shocks of that winter; the accounts of boatmen on the river; the land certificates granted to ruined settlers | our picture of the earthquakes rests on a few vivid witnesses rather than on a full record | the stories of the river flowing backwards are pure invention | The first of the New Madrid earthquakes struck in the early hours of 16 December 1811. | Witnesses reported that the Mississippi appeared to flow backwards for a time.
Bolts in the Walls of Charleston | urban history | the Charleston earthquake of 1886 | Charlestonians, the city's relief committee and the geologist Clarence Dutton | Charleston and the Carolina low country | 1886 | the shaking on an August night; the tents and relief funds that followed; the bolts fixed through damaged walls | the earthquake revealed how a proud city depended on outside charity | the damage was too minor to deserve a place in history | A severe earthquake hit Charleston late in the evening of 31 August 1886. | Earthquake bolts used to brace damaged houses can still be seen in Charleston.
The Touring Rhinoceros | cultural history | the European tour of Clara the rhinoceros | the Dutch captain Douwemout van der Meer, paying crowds and the painters who drew her | the fairs and courts of Europe | 1741 to 1758 | the voyage from Bengal; the seventeen years of touring; the portraits that replaced the old woodcut image | Clara changed what Europeans thought a rhinoceros looked like | the tour was a travelling freak show and nothing more | The Dutch sea captain Douwemout van der Meer brought the young rhinoceros Clara to Europe in 1741. | Clara died in London in 1758.
A Giraffe Walks to Paris | cultural history | the journey of the giraffe Zarafa | Muhammad Ali of Egypt, the naturalist Geoffroy Saint-Hilaire and the crowds of France | the road from Marseille to Paris | 1826 to 1827 | the gift sent across the Mediterranean; the walk north with an escort of cows; the giraffe craze in Paris | the giraffe was a diplomatic present that became a fashion | the giraffe was a passing novelty with no wider meaning | A giraffe sent by Muhammad Ali of Egypt arrived in Marseille in late 1826. | The giraffe walked from Marseille to Paris, arriving in 1827.
The Pope's White Elephant | cultural history | the elephant Hanno | King Manuel I of Portugal, Pope Leo X and the papal household | the city of Rome | 1514 to 1516 | the procession that presented the elephant; the animal's place in papal ceremony; the illness and death that followed | Hanno was a piece of diplomacy as much as a pet | the elephant was simply an extravagant gift to a vain pope | King Manuel I of Portugal gave the white elephant Hanno to Pope Leo X in 1514. | Hanno died in 1516.
A Bank Too Big to Fall | economic history | the Baring crisis | the partners of Baring Brothers, the Bank of England and the City's other houses | the City of London and Buenos Aires | 1890 | the heavy lending on Argentine securities; the revolution in Buenos Aires; the guarantee fund raised in days | the rescue set a pattern for saving banks that remains familiar | the bank deserved to fail and its rescue was a mistake | Baring Brothers faced collapse in November 1890 after heavy losses on Argentine securities. | The Bank of England organised a guarantee fund to rescue Barings.
A Shipping Prospectus in the Dock | economic history | the Royal Mail case | Lord Kylsant, the accountant Harold Morland and the shareholders of the company | the Old Bailey in London | 1931 | the dividends paid from hidden reserves; the prospectus that hid the losses; the trial and its verdict | the case changed what company accounts were expected to show | Kylsant was a scapegoat for practices everyone used | Lord Kylsant, chairman of the Royal Mail Steam Packet Company, stood trial in London in 1931. | Kylsant was sentenced to twelve months in prison for issuing a misleading prospectus.
A Novelist Defends the Pound Note | economic history | the Malachi Malagrowther letters | Walter Scott, the government in London and the Scottish banks | Edinburgh and London | 1825 to 1826 | the banking panic of late 1825; the plan to abolish small notes; Scott's letters in the Edinburgh press | the campaign turned a banking rule into a question of Scottish identity | the small notes were saved by bankers' lobbying rather than by any novelist | Walter Scott published his Letters of Malachi Malagrowther in 1826. | Scottish banks kept the right to issue their own notes of under five pounds.
Paper Money From Church Land | economic history | the assignats of the French Revolution | the National Assembly, holders of the paper money and the forgers abroad | revolutionary France | 1789 to 1796 | the paper backed by confiscated church lands; the endless new issues; the collapse of the currency | the assignats failed because they became a way to pay for war | the scheme was doomed from the start | The National Assembly first issued assignats in December 1789, backed by confiscated church lands. | The printing plates of the assignats were publicly destroyed in February 1796.
A Speech About Silver | political history | the Cross of Gold speech | William Jennings Bryan, the delegates at the Democratic convention and the silver movement | the convention hall in Chicago | 1896 | the farmers' debts and falling prices; the speech that won the nomination; the campaign against William McKinley | the speech spoke for debtors more than for silver | the speech was empty rhetoric that won a nomination and nothing else | William Jennings Bryan gave his Cross of Gold speech at the Democratic convention in Chicago in July 1896. | Bryan lost the presidential election of 1896 to William McKinley.
Two Hundred Dollars a Month | political history | the Townsend Plan | the physician Francis Townsend, the Townsend clubs and the Roosevelt administration | the towns of California and the halls of Congress | 1933 to 1935 | the pension scheme for everyone over sixty; the clubs that spread across the country; the pressure on the drafting of social security | the plan mattered because it forced older voters onto the agenda | the plan was a crank scheme with no influence | The physician Francis Townsend proposed a pension of two hundred dollars a month for every American over sixty. | The Social Security Act became law in August 1935.
Blocks With Cut Corners | urban history | Cerda's extension of Barcelona | the engineer Ildefons Cerda, the city council of Barcelona and the government in Madrid | the plain outside Barcelona's walls | 1854 to 1860 | the demolition of the old walls; the quarrel between the city's chosen plan and Madrid's; the grid of blocks with chamfered corners | Cerda's grid was drawn for public health first and for traffic second | the plan was imposed by Madrid against the city's wishes and so never really belonged to Barcelona | The government in Madrid imposed Ildefons Cerda's plan on Barcelona in 1860. | The blocks of the Eixample were designed with chamfered corners.
The Duchess Goes Missing | art history | the theft of Gainsborough's Duchess of Devonshire | the thief Adam Worth, the dealers at Agnew's and the Pinkerton detectives | London and Chicago | 1876 to 1901 | the portrait bought at auction for a record price; the theft from the gallery; the return after a quarter of a century | the theft made the painting more famous than any sale could have | the theft was a petty crime of no importance to art history | Gainsborough's portrait of the Duchess of Devonshire was stolen from Agnew's gallery in London in May 1876. | The painting was returned to the Agnew family in Chicago in 1901.
An Atheist and the Oath | political history | Charles Bradlaugh and the parliamentary oath | Charles Bradlaugh, the voters of Northampton and members of the Commons | Northampton and the Palace of Westminster | 1880 to 1886 | the request to affirm instead of swearing; the repeated expulsions and by-elections; the Affirmation Act that followed | the struggle was about the rights of voters more than about religion | Bradlaugh brought his troubles on himself by provocation | Charles Bradlaugh was elected member of parliament for Northampton in 1880. | Bradlaugh was finally allowed to take his seat in January 1886.
A Pamphlet on Family Size | legal history | the Knowlton pamphlet trial | Annie Besant, Charles Bradlaugh and the Solicitor General | a court in Westminster Hall | 1877 to 1878 | the republication of an American pamphlet; the trial for obscenity; the sales that soared afterwards | the prosecution spread the very knowledge it meant to suppress | the pamphlet was obscene by the standards of its time | Annie Besant and Charles Bradlaugh republished Charles Knowlton's pamphlet on birth control in 1877. | Their conviction was overturned on appeal in 1878.
A Publisher in Holloway | legal history | the prosecution of Henry Vizetelly | the publisher Henry Vizetelly, the National Vigilance Association and English readers of French fiction | the Old Bailey in London | 1888 to 1889 | the translations of French realist novels; the two prosecutions; the publisher's imprisonment | the prosecution was about who should be allowed cheap novels | Vizetelly was a reckless trader in obscenity | The publisher Henry Vizetelly was prosecuted in 1888 for issuing English translations of French realist novels. | Vizetelly was imprisoned for three months in 1889.
Six Poems Condemned | literary history | the trial of Les Fleurs du mal | Charles Baudelaire, the prosecutor Ernest Pinard and the Paris court | the Paris criminal court | 1857 | the article in Le Figaro that started the case; the trial for offending public morals; the ban on six poems | the trial shaped the book's fame far more than its sales | the judges simply enforced the existing law | Charles Baudelaire was fined in August 1857 after a court judged six poems of Les Fleurs du mal offensive. | The ban on the six poems was not lifted until 1949.
Whistles at the Opera | music history | the Paris production of Tannhauser | Richard Wagner, Princess Pauline von Metternich and the members of the Jockey Club | the Paris Opera | 1861 | the emperor's order to stage the work; the ballet placed in the first act; the disruptions that ended the run | the fiasco was a fight about social custom rather than about music | the audience simply rejected bad music | Wagner's Tannhauser was staged at the Paris Opera in March 1861. | The opera was withdrawn after three performances disrupted by members of the Jockey Club.
Ten Hours in a Day | cultural history | decimal time in revolutionary France | the National Convention, clockmakers and ordinary Parisians | revolutionary France | 1793 to 1795 | the decree dividing the day into ten hours; the clocks made with two dials; the quiet abandonment of the scheme | decimal time failed because it asked people to change habits with no gain to themselves | the idea was absurd from the outset | The French National Convention decreed decimal time in 1793, with ten hours in a day. | Compulsory decimal time was suspended in April 1795.
The Storm on Rakhiot Ridge | exploration | the German Nanga Parbat expedition of 1934 | Willy Merkl, his German climbers and the Sherpa porters | the Rakhiot face of Nanga Parbat | 1934 | the slow build-up of camps; the storm that trapped the summit party; the porters who died beside their employers | the expedition's losses came from pushing too many people too high | freak weather alone killed the climbers | Willy Merkl led a German expedition to Nanga Parbat in 1934. | Merkl and eight others died when a storm trapped them high on the mountain in July 1934.
A Piper on the Ice | exploration | the Scottish National Antarctic Expedition | William Speirs Bruce, the crew of the Scotia and the Coats family who paid for it | the Weddell Sea and Laurie Island | 1902 to 1904 | the oceanography done in the Weddell Sea; the weather station built on Laurie Island; the handover of the station to Argentina | the expedition's science outlasted its small fame | the expedition mattered little because it reached no pole | William Speirs Bruce led the Scottish National Antarctic Expedition aboard the Scotia in 1902. | Bruce handed the weather station on Laurie Island to Argentina in 1904.
Treasure Hunting at Ashkelon | archaeology | Lady Hester Stanhope's dig at Ashkelon | Lady Hester Stanhope, Ottoman officials and the workmen she hired | the ruins of Ashkelon | 1815 | the rumour of buried gold; the permission gained from the Ottoman authorities; the statue found and destroyed | the dig was a political gesture as much as a treasure hunt | the dig was a rich eccentric's folly | Lady Hester Stanhope led an excavation at Ashkelon in 1815 in search of buried treasure. | Her workmen found a headless marble statue, which she had broken up.
A Lady on Longs Peak | exploration | Isabella Bird's journey in the Rockies | Isabella Bird, the trapper Jim Nugent and the settlers of Estes Park | the Colorado Rockies | 1873 to 1879 | the ride alone through the mountains; the climb of Longs Peak; the letters turned into a book | the book built its authority on the writer's apparent fragility | the book is a simple travel memoir with no wider interest | Isabella Bird climbed Longs Peak in Colorado in 1873. | Her letters from the Rockies appeared in book form in 1879.
A Viennese Housewife Goes Round the World | exploration | Ida Pfeiffer's journeys | Ida Pfeiffer, the ships' captains who carried her and the rulers she met | Vienna and the ports of the world | 1846 to 1858 | the first voyage round the world; the books that paid for more travel; the expulsion from Madagascar | Pfeiffer travelled cheaply and wrote plainly, and that was her originality | she was a tourist rather than an explorer | The Viennese traveller Ida Pfeiffer set out on her first voyage round the world in 1846. | Pfeiffer was expelled from Madagascar in 1857.
Fish and Fetish in Gabon | exploration | Mary Kingsley's West African journeys | Mary Kingsley, the Fang people she travelled among and the traders of the coast | the Ogooue River in Gabon | 1893 to 1897 | the collecting of fish for the British Museum; the canoe journeys up the Ogooue; the book that challenged missionary views | Kingsley's travels made her a critic of empire from the inside | she was merely an adventurous collector | Mary Kingsley made her second journey to West Africa in 1894. | Her Travels in West Africa was published in 1897.
Round the World on Two Wheels | sports history | Annie Londonderry's ride | Annie Kopchovsky, her sponsors and the newspapers that followed her | Boston and the roads and ports of the world | 1894 to 1895 | the wager that started the trip; the advertising she carried; the tall stories she told reporters | the ride was a feat of publicity as much as of cycling | she did not really ride round the world at all | Annie Kopchovsky left Boston by bicycle in June 1894, calling herself Annie Londonderry. | She returned to Boston in September 1895.
A High Wheel Across Asia | sports history | Thomas Stevens's ride round the world | Thomas Stevens, the magazine that paid him and the people he met on the road | San Francisco and the roads of Europe and Asia | 1884 to 1886 | the crossing of America on a high wheeler; the ride through Persia; the expulsion from Afghanistan | the journey was made possible by sponsors eager for a story | the ride was pointless stunt-riding | Thomas Stevens set out from San Francisco on a high-wheeled bicycle in April 1884. | Stevens reached Yokohama in December 1886.
Motor Racing in Kildare | sports history | the Gordon Bennett Cup race in Ireland | Camille Jenatzy, the Automobile Club and the people of Kildare | the closed roads of County Kildare | 1903 | the special act closing the roads; the race on a figure-of-eight course; the victory of a German car | the race showed how motoring won over officials | the race was a rich men's sport with no wider importance | The Gordon Bennett Cup motor race was held on closed roads in County Kildare in July 1903. | The Belgian driver Camille Jenatzy won the race in a Mercedes.
Night Trains to Aberdeen | transport history | the railway race to the north of 1895 | the rival railway companies, their drivers and the signalmen at Kinnaber | the East and West Coast lines from London to Aberdeen | 1895 | the new bridge that created the rival route; the nightly acceleration of the trains; the junction at Kinnaber where the routes met | the race was about prestige rather than the needs of passengers | the race was a dangerous waste of effort | Rival railway companies raced overnight trains from London to Aberdeen in the summer of 1895. | The West Coast train reached Aberdeen in just over eight and a half hours in August 1895.
The First Fare-Paying Passengers | transport history | the Oystermouth Railway | Benjamin French, who paid for the passenger service, and the quarry owners of Swansea Bay | the shore of Swansea Bay | 1807 | the tramroad built for limestone; the horse-drawn passenger service; the decline when the turnpike road opened | the line started passenger railways by accident | the first passenger service was too small to matter | The Oystermouth Railway began carrying fare-paying passengers in March 1807. | The line near Swansea was later known as the Mumbles Railway.
The Colonel and the Khedive | imperial history | the Urabi revolt | Ahmed Urabi, Khedive Tewfik and the British government | Alexandria and the Nile delta | 1881 to 1882 | the army officers' protests; the riots and the bombardment of Alexandria; the battle at Tel el-Kebir | the revolt was a national movement that British debt-collectors recast as mutiny | the rebels threatened foreigners and the canal | The British fleet bombarded Alexandria in July 1882. | Ahmed Urabi's army was defeated at Tel el-Kebir in September 1882.
Courts for Foreigners on the Nile | legal history | the Mixed Courts of Egypt | Nubar Pasha, the consuls of the European powers and Egyptian litigants | Alexandria and Cairo | 1875 to 1876 | the consular courts that came before; the bargaining with the powers; the court's later role in Egypt's debt crisis | the courts traded one form of foreign privilege for another | the courts were a clear step towards equal justice | The Mixed Courts of Egypt opened in 1876 to hear cases involving foreigners. | Nubar Pasha negotiated the courts with the foreign powers.
A Boycott of Tobacco | political history | the Iranian tobacco protest | Naser al-Din Shah, the British Major Gerald Talbot and the clergy and merchants of Iran | Tehran and the bazaars of Iran | 1890 to 1892 | the monopoly sold to a British company; the merchants' protests; the boycott that followed the clergy's ruling | the protest was the first national movement in modern Iran | a few clergy organised the boycott on their own | Naser al-Din Shah granted a tobacco monopoly to the British Major Gerald Talbot in 1890. | A ruling against the use of tobacco was issued by a leading cleric in December 1891.
Oil at Masjed Soleyman | economic history | the D'Arcy oil concession | William Knox D'Arcy, the geologist George Reynolds and the government of Persia | the mountains of south-western Persia | 1901 to 1908 | the concession signed in Tehran; the years of dry wells; the strike at Masjed Soleyman | the concession mattered because the British navy needed oil | the concession was a fair bargain for both sides | William Knox D'Arcy obtained an oil concession in Persia in 1901. | Oil was struck at Masjed Soleyman in May 1908.
The Concession That Sold a Country | economic history | the Reuter concession | Baron Julius de Reuter, Naser al-Din Shah and the Russian court | Tehran | 1872 to 1873 | the sweeping rights over railways and mines; the outcry at court; the cancellation | the concession failed because it alarmed rival empires rather than because Iranians rejected it | the concession was never meant to be carried out | Naser al-Din Shah granted Baron Julius de Reuter a sweeping concession in 1872. | The shah cancelled the concession in 1873.
An American Treasurer in Tehran | political history | the Shuster mission | Morgan Shuster, the Iranian parliament and the Russian government | Tehran | 1911 | the hiring of an American to fix Persia's finances; the treasury gendarmerie; the Russian ultimatum | the mission failed because it succeeded too quickly | Shuster's tactlessness ruined a good chance | The American Morgan Shuster became treasurer-general of Persia in May 1911. | A Russian ultimatum forced Shuster's dismissal in December 1911.
A Railway for Pilgrims | transport history | the Hejaz Railway | Sultan Abdulhamid II, the engineer Heinrich Meissner and pilgrims to Mecca | the line from Damascus to Medina | 1900 to 1908 | the money raised from Muslims abroad; the Muslim-only workforce on the last stretch; the political uses of the line | the railway served the sultan's politics as much as the pilgrims | the railway was a purely religious project | The Hejaz Railway reached Medina in 1908. | The Ottoman government paid for the line partly through donations from Muslims around the world.
Berlin to Baghdad | diplomatic history | the Baghdad Railway | the Deutsche Bank, the Ottoman government and the British and Russian governments | Anatolia and Mesopotamia | 1903 to 1940 | the concession of 1903; the tunnels through the Taurus; the rivalries the line stirred up | the line mattered more as a worry than as a railway | the railway was a German plot to seize the Middle East | The Ottoman government granted a German company the concession for the Baghdad Railway in 1903. | The line through to Baghdad was not completed until 1940.
Sleeping Cars to Constantinople | transport history | the first Orient Express | Georges Nagelmackers, his guests and the railway companies of six countries | the line from Paris to Constantinople | 1883 | the sleeping-car company founded by Nagelmackers; the first journey with its journalists; the ferry and the last stretch by ship | the train sold an idea of Europe as one place | the train was a luxury for the rich with no wider meaning | The first Orient Express left Paris in October 1883. | Georges Nagelmackers founded the company that ran the Orient Express.
A Railway Over the Mountain | transport history | the Semmering railway | Carl von Ghega, the labourers who built it and the Austrian state | the Semmering pass south of Vienna | 1848 to 1854 | the decision to build for locomotives alone; the viaducts and tunnels; the trial of engines for the gradients | the railway was a public works project meant to calm a revolutionary year | the line was simply an engineering showpiece | Carl von Ghega directed the building of the Semmering railway from 1848. | The Semmering line opened fully in 1854.
A Station in the Ice | transport history | the Jungfrau railway | Adolf Guyer-Zeller, Italian tunnel workers and the tourists of the Bernese Oberland | the Eiger and the Jungfraujoch | 1896 to 1912 | the tunnel through the Eiger; the explosion at the workers' store; the opening of the summit station | the railway was a tourist business first and an engineering feat second | the railway was a vanity project | Adolf Guyer-Zeller began building the Jungfrau railway in 1896. | The line reached its summit station at the Jungfraujoch in August 1912.
Cogs on the Rigi | transport history | the Rigi railway | Niklaus Riggenbach, the hotel owners of the Rigi and the first passengers | Mount Rigi above Lake Lucerne | 1869 to 1871 | the rack system Riggenbach designed; the race between two cantons to build lines; the tourists who rode to the summit | the railway was built to sell hotel rooms | the line was a technical curiosity | The Rigi rack railway opened in May 1871. | Niklaus Riggenbach designed the rack system used on the Rigi.
A Line From Lobito | transport history | the Benguela Railway | Robert Williams, Angolan labourers and the copper companies of Katanga | the line from Lobito Bay to the Congo border | 1902 to 1929 | the concession from the Portuguese; the slow work across the plateau; the link to the copper mines | the railway was built for copper, and Angolans bore its cost | the railway brought development to Angola | Robert Williams obtained the concession for the Benguela Railway in 1902. | The line reached the border of the Belgian Congo in 1929.
The Railway in the Forest | transport history | the Madeira-Mamore railway | the American contractors, workers from many countries and the governments of Brazil and Bolivia | the Madeira River in the Amazon | 1907 to 1912 | the treaty that required the line; the disease that killed so many workers; the collapse of the rubber boom | the railway was finished just as its reason for existing disappeared | the railway was a success spoiled by falling rubber prices | The Madeira-Mamore railway was completed in 1912. | The railway was built under the Treaty of Petropolis of 1903 between Brazil and Bolivia.
Switchbacks in the Andes | transport history | the Central Railway of Peru | Henry Meiggs, Chinese and Chilean labourers and the Peruvian government | the line from Callao into the Andes | 1870 to 1893 | the switchbacks and bridges; the debts that halted the work; the foreign bondholders who finished it | the railway tied Peru's government to foreign creditors | the line shows engineering conquering nature and little else | Henry Meiggs began the Central Railway of Peru in 1870. | The line climbs higher than four thousand seven hundred metres above sea level.
Islands of Guano | diplomatic history | the Chincha Islands War | the Spanish Pacific squadron, the government of Peru and the Chilean navy | the Chincha Islands and the Pacific coast | 1864 to 1866 | the seizure of the guano islands; the alliance of the Pacific republics; the bombardments of Valparaiso and Callao | the war turned former colonies into allies against Spain | the war was a minor quarrel over debts | A Spanish squadron seized the guano-rich Chincha Islands off Peru in April 1864. | The Spanish fleet bombarded Valparaiso in March 1866.
A Salute at Tampico | diplomatic history | the Tampico affair | American sailors, Mexican soldiers and President Woodrow Wilson | the port of Tampico and the city of Veracruz | 1914 | the arrest of sailors loading fuel; the demand for a twenty-one-gun salute; the occupation of Veracruz | the affair gave Wilson an excuse for a policy he had already chosen | the occupation was a proper answer to an insult | Mexican soldiers briefly arrested American sailors at Tampico in April 1914. | American forces occupied Veracruz later the same month.
The Gray-Eyed Man | political history | William Walker's rule in Nicaragua | William Walker, his American volunteers and the armies of Central America | Nicaragua | 1855 to 1860 | the landing with a small band of volunteers; the presidency he claimed; the war that drove him out | Walker's venture fed on quarrels in American politics as well as on Nicaragua's civil wars | Walker was a lone adventurer with no backing | The American adventurer William Walker landed in Nicaragua with a small force in 1855. | Walker was executed in Honduras in 1860.
A Strip of Desert for a Railway | diplomatic history | the Gadsden Purchase | James Gadsden, President Antonio Lopez de Santa Anna and the United States Senate | the borderlands south of the Gila River | 1853 to 1854 | the need for a southern railway route; the bargaining in Mexico City; the Senate's cuts to the treaty | the purchase was about a railway route rather than land hunger | the purchase was a fair sale between willing nations | James Gadsden signed a treaty buying land from Mexico in December 1853. | The United States paid ten million dollars under the treaty as finally ratified.
Three Ministers at Ostend | diplomatic history | the Ostend Manifesto | the American ministers James Buchanan, John Mason and Pierre Soule | the town of Ostend and the court of Spain | 1854 | the meeting of the three ministers; the memorandum urging the purchase of Cuba; the outcry at home when it was published | the manifesto exposed how far slavery shaped foreign policy | the manifesto was a private memo of no importance | Three American ministers in Europe met at Ostend in October 1854 to discuss acquiring Cuba. | The manifesto urged that Cuba be bought from Spain or, failing that, seized.
Seals in Open Water | diplomatic history | the Bering Sea fur seal arbitration | American and British lawyers, Canadian sealers and the arbitrators in Paris | the Pribilof Islands and the Bering Sea | 1886 to 1893 | the seizure of Canadian schooners; the American claim to the open sea; the tribunal's regulations | the arbitration protected the idea of open seas better than it protected the seals | the tribunal's rules saved the seal herds | An arbitration tribunal met in Paris in 1893 to settle the Bering Sea fur seal dispute. | The tribunal ruled against the American claim to control sealing in the open sea.
A Line Across the Passes | imperial history | the Durand Line | Mortimer Durand, Amir Abdur Rahman Khan and the Pashtun tribes | the mountains between Afghanistan and British India | 1893 | the mission to Kabul; the agreement on the boundary; the tribes divided by it | the line was drawn for strategy and ignored the people it divided | the line was a fair frontier agreed by both rulers | Mortimer Durand and Amir Abdur Rahman Khan agreed the Durand Line in November 1893. | The line divided Pashtun lands between British India and Afghanistan.
Indian Judges and European Defendants | imperial history | the Ilbert Bill controversy | Courtenay Ilbert, Lord Ripon and the European community of Calcutta | Calcutta | 1883 to 1884 | the proposal to let Indian judges try Europeans; the campaign of the European community; the compromise that weakened the bill | the controversy taught Indian nationalists the value of organised protest | the bill was a small legal change that caused a needless storm | Courtenay Ilbert's bill of 1883 would have let Indian judges try European defendants in country districts. | The bill was passed in a weakened form in 1884.
An Embassy Turned Away | diplomatic history | the Amherst embassy to China | Lord Amherst, the Jiaqing Emperor and the court officials | the road to Beijing and the summer palace | 1816 | the demand that the envoy kowtow; the night journey to the palace; the dismissal without an audience | the embassy failed over ceremony because ceremony was the substance | the embassy failed through Amherst's stubbornness | Lord Amherst's embassy reached China in 1816. | The Jiaqing Emperor dismissed the embassy without an audience.
Maps in a Doctor's Luggage | diplomatic history | the Siebold incident | Philipp Franz von Siebold, the court astronomer Takahashi Kageyasu and the shogunate | Nagasaki and Edo | 1828 to 1829 | the maps found among Siebold's belongings; the arrest of his Japanese contacts; the expulsion of the doctor | the affair showed how tightly the shogunate guarded knowledge of its own land | Siebold was a spy | Japanese officials found forbidden maps among the belongings of Philipp Franz von Siebold in 1828. | Siebold was expelled from Japan in 1829.
A Treaty for Siam | diplomatic history | the Bowring Treaty | John Bowring, King Mongkut and the court of Siam | Bangkok | 1855 | the negotiations with the king; the low fixed duties on trade; the extraterritorial rights for British subjects | the treaty kept Siam independent by giving away its trade | the treaty was forced on Siam at gunpoint | John Bowring signed a treaty with King Mongkut of Siam in April 1855. | The treaty fixed import duties at three per cent.
Land Revenue Fixed Forever | imperial history | the Permanent Settlement of Bengal | Lord Cornwallis, the zamindars and the peasant cultivators | the province of Bengal | 1793 | the fixing of the revenue demand; the sales of estates for arrears; the fate of the cultivators | the settlement created a landlord class that the state then depended on | the settlement brought stability and prosperity | Lord Cornwallis proclaimed the Permanent Settlement of Bengal in 1793. | The settlement fixed the land revenue owed by zamindars for ever.
Water for the Goldfields | engineering history | the Goldfields water pipeline | the engineer Charles Yelverton O'Connor, his critics in the press and the miners of Kalgoorlie | the country between Perth and Kalgoorlie | 1896 to 1903 | the plan to pump water five hundred kilometres; the campaign against the engineer; the water's arrival in the goldfields | the pipeline succeeded in spite of a press that hounded its designer | the engineer's critics were right to question the cost | Charles Yelverton O'Connor took his own life in March 1902, months before his pipeline was finished. | Water pumped from near Perth reached Kalgoorlie in January 1903.
Loops on the Way to Darjeeling | transport history | the Darjeeling Himalayan Railway | Franklin Prestage, the tea planters and the government of Bengal | the hills below Darjeeling | 1879 to 1881 | the narrow gauge laid along the cart road; the loops and zigzags that gained height; the tea and tourists the line carried | the railway was built for planters and officials before anyone else | the railway served all the people of the hills | Franklin Prestage proposed a steam tramway up to Darjeeling in 1878. | The line reached Darjeeling in July 1881.
"""

SCHOLARS = ["Etxeberria", "Goikoetxea", "Arrizabalaga", "Zubizarreta", "Olabarrieta", "Urrutia", "Aranburu",
            "Elizondo", "Larranaga", "Iturbe", "Mendizabal", "Ugarte", "Gorostiza", "Echave", "Oyarzabal",
            "Aguirrezabal", "Lizarraga", "Basterretxea", "Ibarguren", "Altuna", "Garmendia", "Insausti"]

OPENING = [
    "Ask a dozen people about {x} and the answers will hardly overlap.",
    "{X} occupies an awkward spot in memory, famous in outline and vague in detail.",
    "Short summaries of {x} tend to go wrong somewhere in the middle.",
    "I picked {x} because its usual summary never quite convinced me.",
    "A tidy tale has grown up around {x}; I mean to pick at its knots.",
    "{X} seldom receives the slow, patient reading it needs.",
    "My starting point is plain enough: {x} was untidier than its reputation suggests.",
    "Teachers like to use {x} as a cautionary tale, but the caution shifts with each teller.",
    "Behind the headline version of {x} sits a crowded, quarrelsome record.",
    "{X} keeps appearing in quiz books, nearly always stripped of context.",
    "Anyone who reads up on {x} quickly meets two versions that cannot both be right.",
    "When I began reading about {x}, I expected a simple story and did not get one.",
]
FRAME = [
    "Most of my evidence was produced in {setting}.",
    "The principal figures are {people}.",
    "The dates that concern me fall within {period}.",
    "Where the sources thin out, I flag the gap rather than fill it.",
    "Sequence does half the arguing here.",
    "A handful of questions will still be open at the finish.",
]
ROADMAP = [
    "I begin with {s1}, turn next to {s2}, and end by meeting the strongest objection.",
    "Each section puts one piece of the familiar account against the sources.",
    "The discussion runs, more or less, from earliest to latest.",
    "{S1} receives more room here than most accounts give it.",
    "Counter-arguments are held back for the closing pages.",
]
QUESTION_LEAD = [
    "One problem lies beneath all of this: {question}",
    "Stated bluntly, my question is this: {question}",
    "Every section circles round to the same thing: {question}",
    "The puzzle I keep returning to is easy to state: {question}",
]
QUESTIONS = ["who profited from {x}?", "how free were {people} to act otherwise?",
             "why does the simplified story of {x} still hold on?",
             "how might {setting} look today had matters turned another way?"]
CLAIM_THESIS = [
    "What I defend below is that {thesis}.",
    "My contention, in brief, is that {thesis}.",
    "Weighing everything, I conclude that {thesis}.",
    "Stripped to one line, my view is that {thesis}.",
    "After looking closely at {s1}, {s2} and {s3}, I have come to believe that {thesis}.",
    "The more convincing account, as I read it, is that {thesis}.",
    "I want to demonstrate that {thesis}.",
    "The sources point again and again to one answer: {thesis}.",
]
CONTEXT = [
    "Much of the groundwork had been laid long before.",
    "Tensions had been gathering for a long while.",
    "{People} had very little margin for error.",
    "No participant could have guessed the shape later retellings would take.",
    "Older customs were yielding, though patchily and at different speeds.",
    "Those who wrote first had reputations at stake.",
    "{Scholar} traces the roots back by a full generation.",
    "Most of the paper that survives was written in {setting}.",
    "What happened, and where, is not in dispute; why it happened certainly is.",
    "Regulation had piled up in layers, with no architect.",
    "Official procedure trailed well behind what was actually going on.",
    "Nobody living through those months could see the whole picture.",
]
NAMING = [
    "The vocabulary attached to {x} needs a brief look.",
    "Much of today's shorthand for {x} dates from decades afterwards.",
    "{People} spoke about themselves in words that now sound strange.",
    "I use modern labels below only for convenience.",
    "Even calling it {x} smuggles in an opinion.",
    "No word in this debate comes without baggage.",
]
RECORD = [
    "Evidence on {x} reaches us by three routes.",
    "Ledgers kept in {setting} record results and hardly ever reasons.",
    "The letters {people} exchanged are vivid, though none were meant for posterity.",
    "Newspapers reported {x} quickly and not always correctly.",
    "Recollections set down years afterwards give colour rather than proof.",
    "Surviving objects offer a check on what the writers claimed.",
]
CAST = [
    "Start with who was swept into {x}.",
    "{People} did not want the same things.",
    "A few left their own accounts; most left nothing.",
    "{Scholar} gives the minor players as much attention as the famous ones, and rightly.",
    "Instructions sent from far away narrowed every choice they had.",
]
STRAND_IN = [
    "Consider {s}.",
    "The evidence is thickest around {s}.",
    "Central, if easily overlooked, is {s}.",
    "No honest telling can skip {s}.",
    "{S} has drawn oddly little notice.",
    "Then there is {s}.",
    "Much depends on {s}.",
    "Linger a moment on {s}.",
    "Running alongside all this was {s}.",
    "The papers say the most on {s}.",
]
POINT = [
    "From a distance, {s} looks neater than it could ever have felt to those inside it.",
    "Of everyone drawn into {s}, only a few kept written records.",
    "Put in date order, the records of {setting} reveal {s} more sharply than legend can.",
    "Money counted for more than principle in {s}.",
    "Official files spare {s} barely a line.",
    "Those worst hurt by {s} left the faintest marks in the record.",
    "Whoever controlled {s} gained leverage elsewhere too.",
    "{Scholar} makes {s} the hinge of everything, correctly to my mind.",
    "Several accounts stretch {s} far beyond what the evidence allows.",
    "{People} quarrelled bitterly over {s}.",
    "Every contemporary who wrote on {s} had something riding on it.",
    "Patient reading strips {s} of its glamour.",
    "Underneath {s} lay ordinary drudgery that historians have mostly passed over.",
    "To {people}, {s} was mainly a practical problem.",
    "Nobody designed {s}; it built up bit by bit.",
    "Timing mattered in {s} as much as substance did.",
]
NUMBERS = [
    "{Scholar} ({year}) tallies {num} cases and finds {s} in about {pct} of every hundred.",
    "{Scholar} listed {num} letters; about {pct} in each hundred mention {s}.",
    "{Scholar} ({year}) puts roughly {pct} per cent of the causal burden on {s}.",
    "Among the {num} documents {Scholar} read in {year}, hardly any pass over {s}.",
    "{Scholar} ({year}) compares {num} similar episodes, and {s} turns up in almost every one.",
    "{Scholar} admits the figures are patchy, yet on {s} they line up.",
    "{Scholar} ({year}) attributes perhaps {pct} per cent of the later shifts to {s}.",
    "{Scholar} thinks earlier work on {s} trusted unsuitable records.",
]
CASES = [
    "{Scholar} follows the whole business through one family's correspondence.",
    "In {setting}, {people} handled {s} by their own devices.",
    "The same pattern shows up well outside {setting}.",
    "Such cases are the rule for {s}, not the exception.",
    "All through {period} the same shape comes back.",
    "Whenever {people} described events themselves, they returned to this.",
    "Further examples of {s} would be easy to find.",
]
LINK_BACK = [
    "In small, then, the point is that {thesis}.",
    "One instance is no proof, yet this one jars against the familiar picture of {s}.",
    "Put differently, an account that sidelines {s} misses the core of it.",
    "Here is a further sign that {thesis}.",
    "On paper the gap seems slight; to anyone enduring {s} it was vast.",
    "Critics of my view of {s} must explain this away.",
    "Subtract {s} and the familiar conclusions wobble.",
]
PIVOT = ["Then {s} altered everything.", "Next came {s}.", "{S} changed the terms for everybody.",
         "All that followed hung on {s}."]
CITE_LEAD = [
    "{Scholar} captures {setting} in one sentence:",
    "Long afterwards, a former resident of {setting} wrote:",
    "At a {year} conference on {x}, one speaker observed:",
    "{Scholar} is frank on {s}:",
    "{Scholar} is sharpest when writing on {s}:",
]
CITED = [
    "Read carefully, the standard account of {x} falls apart.",
    "To those doing it, {s} was a chore, not history.",
    "Memory squashes {x} into one vivid afternoon; the files record months of grind.",
    "Read the accounts whole and {s} stops looking mysterious.",
    "{X} occurred a single time; the retellings have multiplied ever since.",
    "Dull paperwork on {s} is precisely the kind worth trusting.",
]
CITE_AFTER = [
    "Perhaps a shade too neat, but accurate nonetheless.",
    "A lone witness, but a near one.",
    "The admission cost its author something, which makes it more credible.",
    "Hindsight colours details, not the substance.",
]
CITE_AFTER2 = [
    "{People} make the same point elsewhere.",
    "Plainly, contemporaries knew all about {s}.",
    "How far it applied outside {setting} nobody yet knows.",
    "Mostly, it illuminates {s}.",
    "Textbook versions of {x} have no room for it.",
]
LIST_INTRO = [
    "In the corners where {x} went better, several things were true:",
    "Whenever {people} managed well, the same ingredients appear:",
    "To do better, {setting} would have needed:",
    "The little that went right in {setting} had certain things in common:",
]
LIST_POINT = [
    "leaders who grasped {s} early",
    "real consultation with {people} on {s}",
    "a quick response when {s} first went wrong",
    "independent checks on {s}",
    "a small trial run of {s}",
    "an honest reckoning of what {s} would cost",
]
LIST_EXTRA = ["funding for {x} that outlasted each round of cuts", "a person in authority able to halt {x} outright",
              "records of {x} kept after their authors moved on", "a fixed moment to look again at {x}"]
COMPARE = [
    "Placed beside similar cases, {x} looks much less unusual.",
    "Other places as stretched as {setting} finished in quite unlike positions.",
    "Consulting {people} early usually cooled tempers.",
    "Comparison has limits, since nothing elsewhere quite matched {s2}.",
    "Right to the close, {setting} might have seen another result.",
    "Patience with the critics of {x} generally bought milder results.",
]
COUNTERFACT = [
    "Imagine {s2} ending differently.",
    "Guesswork of this kind proves nothing about {x}; its value is in showing which supports bore the load.",
    "Without {s1}, nobody could forecast what would have become of {setting}.",
    "{People} would then have faced different decisions.",
    "Pushed all the way, such guessing makes the ending seem optional.",
]
LEGACY = [
    "{X} finished; its ripples did not.",
    "The memory of {x} guided choices in {setting} for decades.",
    "{People} passed their version on to the next generation.",
    "Inquiry after inquiry came back to {s3}.",
    "Anniversaries of {x} bring new versions, none quite like the last.",
    "Some morals later hung on {x} do not survive inspection.",
]
DOUBT = [
    "Against all this, someone might object that {rival}.",
    "The strongest rival view holds that {rival}.",
    "Specialists occasionally respond that {rival}.",
    "A fair critic could reply that {rival}.",
    "A few documents can be read as saying that {rival}.",
]
DOUBT_MORE = [
    "{People} could have signed up to it.",
    "Respected scholars hold it, so it needs a real answer.",
    "{Scholar2} ({year2}) argues the case at length.",
    "It has force: each choice made during {x} harmed somebody.",
]
ANSWER = [
    "Yet the documents that survive from {setting} lean the other way.",
    "It is silent on {s2}.",
    "The reasoning is also circular.",
    "That view requires {x} to have been far simpler than the files allow.",
    "Were it true, every comparable place would have shared the fate of {setting}.",
    "A cost was paid, certainly; showing that the cost settled matters is another task.",
]
CLOSE_FIRST = [
    "To draw the threads together: {thesis}.",
    "Taken together, the documents favour one reading: {thesis}.",
    "The argument over {x} is not finished.",
    "So what does all of this establish about {x}?",
    "Whichever path one takes through the sources, it arrives here: {thesis}.",
    "Sweep aside the clutter and one judgement on {x} is left.",
    "{X} keeps getting boiled into a catchphrase that audiences swallow.",
]
CLOSE_MID = [
    "None of {s1}, {s2} or {s3} explains much alone, but together they account for almost all of it.",
    "The view that {rival} merits a hearing, though the files tell against it.",
    "Small facts about {s1} did the heavy work here, not grand theory.",
    "The first disputants over {x} have all died; their dispute has not.",
    "Archives in {setting} not yet catalogued may well revise some particulars.",
    "Without the legend, {x} shrinks to a size the evidence can carry.",
]
CLOSE_LAST = [
    "{People} went on paying long after the headlines moved elsewhere.",
    "Comparing {setting} with places nearby would be the natural sequel.",
    "Whoever steered {x} had other options all along.",
    "{X} teaches us about habits and institutions, not about villainy.",
    "Tell {x} again, by all means, though with care.",
    "{X} wears the wrong label, and patience repays whoever peels it off.",
]
HD_BACK = ["The scene", "Before it started", "Origins of the affair", "Background to the episode",
           "The situation beforehand", "Starting conditions"]
HD_NAMING = ["Words and names", "Naming problems", "A note on vocabulary"]
HD_RECORD = ["The evidence", "What survives", "The paper trail"]
HD_CAST = ["Who was involved", "The participants", "The cast"]
HD_STRAND = ["{S}", "About {s}", "Looking at {s}", "{S} revisited", "Turning to {s}", "The matter of {s}"]
HD_COMPARE = ["Parallels", "Other places", "Comparable cases"]
HD_COUNTER = ["What if", "Roads not taken", "Other possible outcomes"]
HD_LEGACY = ["Aftermath", "What came after", "Lasting effects"]
HD_DOUBT = ["A rival view", "Counter-arguments", "The other side", "Replying to critics", "Doubts", "A different reading"]
HD_CLOSE = ["Conclusion", "Drawing together", "Final thoughts", "Taking stock", "Ending"]

# westray's digest is from 2003, the oldest page of the set, so every invented study predates it.
LATEST_STUDY = 2002


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
        cards.append(dict(id=f"k{n:03d}", title=title, subject=subject, x=x, people=people, setting=setting,
                          period=period, strands=[s.strip() for s in strands.split(";")], thesis=thesis, rival=rival,
                          facts=[fact1, fact2]))
    return cards


def make_essay(card: dict, rng: random.Random) -> dict:
    """Writes the essay for `card`.

    Its opening sentence names x and the thesis closes that paragraph, perhaps with framing, an outline
    or a puzzle in between. Background follows with fact one; fact two lands there or beside strand two.
    Vocabulary, evidence or cast may earn their own paragraph. Strands take one paragraph or two, some
    introduced by a pivot sentence, some trailed by a quoted voice or by bullets. One optional extra
    (a comparison, a what-if or a legacy) may come next. The objection voices the rival view and gets answered;
    whatever the ending says, its final sentence names x, the cast or the location. A coin decides on headings. Patterns
    do not repeat inside one essay, and card details in each paragraph keep paragraphs unique."""
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
    low = min(max(1950, ended + 4), LATEST_STUDY)

    def fill(pattern: str, s: str | None = None) -> str:
        extra = dict(s=s or s1, S=cap(s or s1), year=rng.randint(low, LATEST_STUDY),
                     year2=rng.randint(low, LATEST_STUDY),
                     pct=rng.choice([9, 12, 16, 21, 27, 32, 38, 43, 49, 56, 61, 67, 74]),
                     num=rng.choice([13, 19, 24, 31, 46, 52, 68, 87, 118, 143, 206]))
        return pattern.format(**slots, **extra)

    def para(*sentences) -> tuple[str, str]:
        return ("paragraph", " ".join(sentences))

    def with_card(pool: list[str], k: int) -> list[str]:
        # pool[0] always names a card detail, so the paragraph cannot be card-free
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
    for i, s in enumerate(strands):
        if pivot_at == i:
            blocks.append(para(fill(take(PIVOT), s)))
            parts.append("turn")
        if headed:
            blocks.append(("heading", fill(take(HD_STRAND), s)))
        counted = fill(take(NUMBERS), s)
        figures.append(counted)
        body = [fill(take(STRAND_IN), s), fill(take(POINT), s), counted]
        if rng.random() < 0.5:
            body.insert(2, fill(take(POINT), s))
        if rng.random() < 0.45:
            body.insert(rng.randint(2, len(body)), fill(take(CASES), s))
        if later and i == 1:
            body.insert(1, later.pop())
        if rng.random() < 0.3 and len(body) > 3:
            blocks.append(para(*body[:2]))
            blocks.append(para(*body[2:], fill(take(LINK_BACK), s)))
        else:
            blocks.append(para(*body, fill(take(LINK_BACK), s)))
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
                objection=objection, last=last, figures=figures, headed=headed, parts=parts)


# ------------------------------------------------------------------------------------- shared by the four sites

ESSAYS_BY_TITLE: dict[str, dict] = {}  # filled by main(); other pages' sentences are fetched from here
SEED = 2026  # main() overwrites it; seldom-seen blocks take their draws from it


def essay_text(title: str) -> str:
    return " ".join(block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"])


def paragraphs_of(title: str) -> list[str]:
    return [block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"] if b[0] == "paragraph"]


def belongs_to(text: str, title: str) -> bool:
    """Does `text` appear in `title`'s essay only?"""
    want = norm(text)
    return all((want in norm(essay_text(t))) == (t == title) for t in ESSAYS_BY_TITLE)


def thesis_of(title: str) -> str:
    """The thesis sentence, always the final sentence of paragraph one."""
    sen = ESSAYS_BY_TITLE[title]["thesis"]
    assert paragraphs_of(title)[0].endswith(sen) and belongs_to(sen, title), title
    return sen


def opener_of(title: str) -> str:
    """Sentence one of the essay; it always names the card's x."""
    sen = ESSAYS_BY_TITLE[title]["opener"]
    assert paragraphs_of(title)[0].startswith(sen) and belongs_to(sen, title), title
    return sen


def figures_of(title: str) -> str:
    """The invented-statistics sentence from the essay's first strand."""
    sen = ESSAYS_BY_TITLE[title]["figures"][0]
    assert belongs_to(sen, title), title
    return sen


def opening_words(title: str, n: int = 30) -> str:
    """The essay's first n words, stopping at a word boundary."""
    cut = " ".join(paragraphs_of(title)[0].split()[:n])
    assert belongs_to(cut, title), title
    return cut


SITE_COURSES = {
    "raasay": ["Advanced Higher History", "Advanced Higher History (Scottish option)", "S6 History elective"],
    "westray": ["the league semi-final", "Thursday's motion", "the Peebles round", "the schools' final"],
    "staffa": ["HIST 2710", "HIST 2710 (section B)", "HIST 2710 honours stream"],
    "gigha": ["History", "Political Science", "History and Spanish", "Education"],
}
SITE_MARKS = {
    "raasay": ["A", "A", "B", "A", "C", "B"],
    "westray": ["won", "lost", "won", "won", "lost", "won"],
    "staffa": ["A-", "B+", "A", "A", "B", "A-"],
    "gigha": ["4,000", "2,500", "5,000", "4,000", "3,000", "2,500"],
}


class Page(g2.Page):
    """Set two's page, extended with the card, this site's titles by page number, a course and a mark."""

    def __init__(self, essay, rng, index, site_titles, site: str):
        super().__init__(essay, rng, index, site_titles)
        self.topic = essay["tags"][0]
        self.category = cap(self.topic)
        self.card = essay["card"]
        self.site_titles = list(site_titles)
        self.others = sorted({t for t in site_titles if t != self.title})
        self.level = rng.choice(SITE_COURSES[site])
        self.grade = rng.choice(SITE_MARKS[site])


def _picked(site: str, role: str, count: int) -> list[int]:
    return sorted(random.Random(f"set26:{SEED}:{site}:{role}").sample(range(1, PAGES_PER_SITE + 1), count))


def carries(site: str, role: str, count: int, page: Page) -> bool:
    """Was this page drawn for `role` (out of `count`)?"""
    return page.index in _picked(site, role, count)


def rank_of(site: str, role: str, count: int, page: Page) -> int | None:
    """Index of this page inside the draw for `role`; None if not drawn."""
    chosen = _picked(site, role, count)
    return chosen.index(page.index) if page.index in chosen else None


def placed_before(site: str, role: str, page: Page, first: int = 9) -> bool:
    """Shuffles the page numbers with a seed of their own; the leading `first` show the roaming block early."""
    order = list(range(1, PAGES_PER_SITE + 1))
    random.Random(f"set26:{SEED}:{site}:{role}:early").shuffle(order)
    return page.index in order[:first]


def digest(*parts, n: int = 24) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def number(*parts, mod: int, base: int = 0) -> int:
    return int(digest(*parts, n=8), 16) % mod + base


def slot_in(pieces: list, pos: int, piece) -> None:
    """Inserts `piece` near `pos`. Headings and lead-ins that end with a colon must stay glued to the block
    they announce, so the index slides back past them; position 0 stays with the essay's first block."""
    while pos > 0 and pieces[pos - 1][0] in ("heading", "lead"):
        pos -= 1
    pieces.insert(max(pos, 1), piece)


def shown_pieces(p: Page, heading, para, quote_, listing) -> list[tuple[str, object]]:
    """Pairs (kind, rendering) for the visible blocks; colon-ended paragraphs are marked "lead"."""
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
    """The borrowed reference maker dates entries up to 2023; every year on the page is moved back by one
    common offset so that the newest entry is no later than `latest`, in plain text and markup alike."""
    shift = max(0, 2023 - latest)
    move = lambda text: re.sub(r", (\d{4})(?=[.,])", lambda m: f", {int(m.group(1)) - shift}", text)
    p.refs = [(move(plain), move(markup)) for plain, markup in p.refs]


def pages_word(n: int) -> str:
    return "page" if n == 1 else "pages"


# ---- 1. raasay: an Advanced Higher dissertation in a school's DSpace, read through pdf.js, 2016 ----------------

RA_SCHOOL = "Ardvreck Academy"
RA_REPO = "Ardvreck Academy Digital Collections"
RA_COLLECTION = "S6 History Dissertations"
RA_HANDLE = "11402"
RA_FIRST = ["Torquil", "Mhairi", "Innes", "Fenella", "Murdo", "Peigi", "Somhairle", "Kenna", "Lorne", "Oighrig",
            "Ranald", "Seonag", "Ewan", "Jessamy"]
RA_LAST = ["Macaskill", "Matheson", "Gillies", "Crichton", "Stoddart", "Buchan", "Lennie", "Birrell", "Doig", "Imlach",
           "Maciver", "Gorrie", "Kininmonth", "Soutar"]
RA_TEACHERS = ["Mrs Lindores", "Mr Pitcaithly", "Dr Auchterlonie"]
RA_NOTE_LABELS = ["Query:", "Good:", "Expand:", "Check:"]
RA_NOTES = [
    "which edition of this book did you use",
    "this is the strongest paragraph in the dissertation",
    "link this back to your question in one sentence",
    "the marker will want a date for this claim",
    "careful, the figure here needs its source in the footnote",
    "a historiographical name would help here",
    "nicely balanced, keep this tone throughout",
]
RA_NEWS = [
    "The repository goes read-only this Saturday morning during a server upgrade.",
    "New this term: the 2015 S6 dissertations have been added to the collection.",
    "Full texts of restricted items can now be read with your Glow login.",
]
RA_CREDIT = "The Friends of Ardvreck Library funded the digitising of this collection. Thank you!"
RA_RIGHTS = ("Copyright stays with the pupil. You may read this dissertation and quote it with acknowledgement for "
             "private study; copying it, or submitting it under your own name, is not allowed.")
RA_RESTRICTED = ("The preview stops here. Only {school} accounts can open the remaining {words} words; "
                 "log in with your Glow username to read the whole file.")


def ra_issued(title: str) -> date:
    return date(2015, 5, 4) + timedelta(days=number("raasay", "issued", title, mod=400))


def ra_author(title: str) -> tuple[str, str]:
    return (RA_FIRST[number("raasay", "first", title, mod=len(RA_FIRST))],
            RA_LAST[number("raasay", "last", title, mod=len(RA_LAST))])


def raasay(p: Page) -> str:
    rng = p.rng
    site = "raasay"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    backdate(p, 2015)
    card = p.card
    first, last = ra_author(p.title)
    issued = ra_issued(p.title)
    candidate = number(site, "cand", p.title, mod=8000, base=1000)

    # every block becomes a list of text-layer lines: (text, left, kind); kinds decide the font
    def lines_of(kind: str, value) -> list[tuple[str, float, str]]:
        if kind == "heading":
            return [(value, 72.0, "head")]
        if kind == "quote":
            return [(w, 108.0, "body") for w in textwrap.wrap(value, 74, break_on_hyphens=False)]
        if kind == "list":
            ordered, items = value
            out = []
            for n, item in enumerate(items, 1):
                wrapped = textwrap.wrap(item, 76, break_on_hyphens=False)
                out.append((f"{n}." if ordered else "\u2022", 90.0, "mark"))
                out += [(w, 108.0, "body") for w in wrapped]
            return out
        wrapped = textwrap.wrap(value, 84, initial_indent="        ", break_on_hyphens=False)
        return [(w.strip(), 108.0 if i == 0 else 72.0, "body") for i, w in enumerate(wrapped)]

    pieces: list[tuple[str, object]] = []
    for kind, value in p.visible():
        tag = "heading" if kind == "heading" else ("lead" if kind == "paragraph" and value.rstrip().endswith(":") else "text")
        pieces.append((tag, lines_of(kind, value)))
    n_essay = len(pieces)
    remark = None
    if carries(site, "remark", 13, p):
        label = rng.choice(RA_NOTE_LABELS)
        text = rng.choice(RA_NOTES)
        remark = (RA_TEACHERS[number(site, "teacher", p.title, mod=len(RA_TEACHERS))], f"{label} {text}")
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("note", []))
        p.clutter += [f"{label} {text}", remark[0]]
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = f"Figure 1: {card['setting']}, from a postcard in the school's local history collection"
        else:
            caption = f"Map 1: {card['setting']}, traced by the author from an atlas in the library"
        p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("grid", [("", 0.0, "figure")] + [(w, 72.0, "caption") for w in textwrap.wrap(caption, 90, break_on_hyphens=False)]))
    if p.cut is None and p.refs:
        pieces.append(("heading", [("Works Cited", 72.0, "head")]))
        for plain, _ in p.refs:
            wrapped = textwrap.wrap(plain, 84, break_on_hyphens=False)
            pieces.append(("refs", [(w, 72.0 if i == 0 else 108.0, "body") for i, w in enumerate(wrapped)]))
    # lay the lines out over exactly as many PDF pages as the claimed page count, double-spaced
    flat: list[tuple[str, float, str]] = []
    note_after = None
    for kind, lines in pieces:
        if kind == "note":
            note_after = len(flat) - 1
            continue
        flat += lines
    # spread over the whole essay's line count, so that a preview fills only its first sheets
    whole = len(flat) if p.cut is None else max(len(flat), sum(len(lines_of(*b)) for b in p.blocks))
    sheet_of = [i * p.pages // whole for i in range(len(flat))]
    step = min(24.0, 620.0 / max(-(-whole // p.pages), 1))
    sheets: list[list[str]] = []
    note_sheet = None
    for i, (text, left, kind) in enumerate(flat):
        k = sheet_of[i]
        while len(sheets) <= k:
            sheets.append([])
        top = (150.0 if k == 0 else 90.0) + sheet_of[:i].count(k) * step
        if note_after is not None and i == note_after:
            note_sheet = (k, top)
        if kind == "figure":
            sheets[k].append(f'<!-- image object {digest(site, "fig", p.title, n=6)} drawn on the canvas -->')
            continue
        font = {"head": "font-size: 13.3px; font-family: sans-serif; font-weight: bold",
                "mark": "font-size: 12px; font-family: serif",
                "caption": "font-size: 9.5px; font-family: sans-serif; font-style: italic"}.get(kind, "font-size: 12px; font-family: serif")
        stretch = 0.97 + number(site, "sx", text, mod=50) / 1000
        sheets[k].append(f'<span style="left: {left:.2f}px; top: {top:.2f}px; {font}; transform: scaleX({stretch:.4f});" '
                         f'role="presentation" dir="ltr">{esc(text)}</span><br role="presentation">')
    shown_sheets = len(sheets)
    total_sheets = p.pages if p.cut is None else max(p.pages, shown_sheets)
    head1 = f"{RA_SCHOOL} \u00b7 {p.level} \u00b7 Candidate {candidate}"
    running = f"{last}, {p.title}"
    p.clutter += [head1, f"{first} {last}, S6"]
    if shown_sheets > 1:
        p.clutter.append(running)
    pages_html = []
    for k, rows in enumerate(sheets):
        layer = []
        if k == 0:
            layer.append(f'<span style="left: 72.00px; top: 40.00px; font-size: 9px; font-family: sans-serif; transform: scaleX(1.0000);" role="presentation" dir="ltr">{esc(head1)}</span><br role="presentation">')
            width = len(p.title) * 7.6
            layer.append(f'<span style="left: {max(72.0, (595 - width) / 2):.2f}px; top: 92.00px; font-size: 16px; font-family: serif; font-weight: bold; transform: scaleX(1.0000);" role="presentation" dir="ltr">{esc(p.title)}</span><br role="presentation">')
            layer.append(f'<span style="left: 250.00px; top: 118.00px; font-size: 12px; font-family: serif; transform: scaleX(1.0000);" role="presentation" dir="ltr">{esc(first)} {esc(last)}, S6</span><br role="presentation">')
        else:
            layer.append(f'<span style="left: 72.00px; top: 40.00px; font-size: 9px; font-family: sans-serif; transform: scaleX(1.0000);" role="presentation" dir="ltr">{esc(running)}</span><br role="presentation">')
        layer += rows
        layer.append(f'<span style="left: 294.00px; top: 800.00px; font-size: 10px; font-family: serif; transform: scaleX(1.0000);" role="presentation" dir="ltr">{k + 1}</span><br role="presentation">')
        notes = ""
        if remark and note_sheet and note_sheet[0] == k:
            who, said = remark
            stamp = datetime.combine(issued, datetime.min.time()) - timedelta(days=20, hours=-15, minutes=-number(site, "nm", p.title, mod=59))
            notes = (f'<div class="annotationLayer"><section class="textAnnotation" data-annotation-id="{number(site, "an", p.title, mod=90, base=10)}R" '
                     f'style="left: 540px; top: {note_sheet[1]:.2f}px; width: 20px; height: 20px;">'
                     f'<img src="/static/pdfjs/web/images/annotation-comment.svg" alt="[Comment Annotation]">'
                     f'<div class="popupWrapper" hidden><div class="popup"><h1 dir="ltr">{esc(who)}</h1>'
                     f'<span class="popupDate">{stamp.day:02d}/{stamp.month:02d}/{stamp.year}, {stamp.hour:02d}:{stamp.minute:02d}:00</span>'
                     f'<p class="popupContent" dir="ltr">{esc(said)}</p></div></div></section></div>\n')
        pages_html.append(f'<div class="page" data-page-number="{k + 1}" data-loaded="true" style="width: 595px; height: 842px;">\n'
                          f'<div class="canvasWrapper"><canvas id="page{k + 1}" width="1190" height="1684" style="width: 595px; height: 842px;"></canvas></div>\n'
                          f'<div class="textLayer" style="width: 595px; height: 842px;">\n' + "\n".join(layer) + "\n</div>\n" + notes + "</div>")
    restricted = ""
    if p.cut is not None:
        said = RA_RESTRICTED.format(words=fmt_int(p.rest_words()), school=RA_SCHOOL)
        restricted = f'<div class="pdf-restricted alert alert-warning"><p>{esc(said)}</p><a class="btn btn-default" href="/login">Log in</a></div>\n'
        p.clutter.append(said)
    extent = f"{p.pages} p. ; {fmt_int(p.words)} words"
    p.clutter.append(extent)
    rights = f'<div class="item-page-rights well well-sm"><h5>Rights</h5><p>{esc(RA_RIGHTS)}</p></div>\n'
    p.clutter.append(RA_RIGHTS)
    early = placed_before(site, "rights", p)
    thesis = thesis_of(p.title)
    size = f"{number(site, 'kb', p.title, mod=900, base=120)}.{number(site, 'kbd', p.title, mod=10)}Kb"
    filename = f"{last}_{slug(p.title)[:40]}.pdf"
    p.clutter += [filename, f"({size})", f"{last}, {first}"]
    news = ""
    turn = rank_of(site, "banner", 3, p)
    if turn is not None:
        news = f'<div class="alert alert-info repository-notice">{esc(RA_NEWS[turn])}</div>\n'
        p.clutter.append(RA_NEWS[turn])
    credit = ""
    if carries(site, "credit", 6, p):
        credit = f'<div class="ds-option-set sponsor-note"><p>{esc(RA_CREDIT)}</p></div>\n'
        p.clutter.append(RA_CREDIT)
    related = ""
    for t in rng.sample(p.others, 3):
        line = thesis_of(t)
        f2, l2 = ra_author(t)
        related += (f'<li class="ds-artifact-item"><div class="artifact-description"><a href="/handle/{RA_HANDLE}/{number(site, "h", t, mod=900, base=100)}">'
                    f'<h4 class="title">{esc(t)}</h4></a><div class="artifact-info"><span class="author h4"><small>{esc(l2)}, {esc(f2)}</small></span> '
                    f'<span class="publisher-date h4"><small>({ra_issued(t).year})</small></span></div>'
                    f'<div class="artifact-abstract">{esc(line)}</div></div></li>\n')
        p.clutter += [t, line, f"{l2}, {f2}"]
    handle = f"http://hdl.handle.net/{RA_HANDLE}/{number(site, 'h', p.title, mod=900, base=100)}"
    p.clutter += [handle, RA_COLLECTION, "Show full item record", "Showing items related by title, author, creator and subject.",
                  "Communities & Collections", "View Usage Statistics", "Switch to Presentation Mode", "Automatic Zoom",
                  "DSpace software copyright", "Send Feedback", RA_REPO]
    viewer = (f'<div id="pdfjs-preview" class="pdfjs-embed">\n<div id="toolbarContainer"><div id="toolbarViewer">\n'
              f'<div id="toolbarViewerLeft"><button id="previous" class="toolbarButton pageUp" title="Previous Page"><span>Previous</span></button>'
              f'<button id="next" class="toolbarButton pageDown" title="Next Page"><span>Next</span></button>'
              f'<input type="number" id="pageNumber" class="toolbarField pageNumber" value="1" size="4" min="1" max="{total_sheets}">'
              f'<span id="numPages" class="toolbarLabel">of {total_sheets}</span></div>\n'
              f'<div id="toolbarViewerRight"><button id="presentationMode" class="toolbarButton presentationMode" title="Switch to Presentation Mode"><span>Switch to Presentation Mode</span></button>'
              f'<button id="print" class="toolbarButton print" title="Print"><span>Print</span></button></div>\n'
              f'<div id="toolbarViewerMiddle"><button id="zoomOut" class="toolbarButton zoomOut" title="Zoom Out"><span>Zoom Out</span></button>'
              f'<button id="zoomIn" class="toolbarButton zoomIn" title="Zoom In"><span>Zoom In</span></button>'
              f'<span id="scaleSelectContainer" class="dropdownToolbarButton"><select id="scaleSelect" title="Zoom">'
              f'<option value="auto" selected>Automatic Zoom</option><option value="page-actual">Actual Size</option>'
              f'<option value="page-fit">Page Fit</option><option value="page-width">Page Width</option></select></span></div>\n'
              f'</div></div>\n<div id="viewerContainer"><div id="viewer" class="pdfViewer">\n' + "\n".join(pages_html) + f"\n{restricted}</div></div>\n</div>\n")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="initial-scale=1, width=device-width">
<title>{esc(p.title)}</title>
<meta name="DC.creator" content="{html.escape(last)}, {html.escape(first)}">
<meta name="DC.title" content="{html.escape(p.title)}">
<meta name="DC.description" content="{html.escape(thesis)}" xml:lang="en">
<meta name="citation_pdf_url" content="/bitstream/handle/{RA_HANDLE}/{number(site, 'h', p.title, mod=900, base=100)}/{html.escape(filename)}">
<link rel="stylesheet" href="/themes/Mirage2/styles/main.css">
<link rel="stylesheet" href="/static/pdfjs/web/viewer.css">
<script src="/static/pdfjs/build/pdf.js"></script>
</head>
<body>
<header><div class="navbar navbar-default navbar-static-top" role="navigation"><div class="container">
<div class="navbar-header"><a href="/" class="navbar-brand"><img src="/themes/Mirage2/images/ardvreck-crest.png" alt="{html.escape(RA_SCHOOL)}"></a>
<span class="navbar-repo-name">{esc(RA_REPO)}</span></div>
<div class="navbar-header pull-right"><ul class="nav nav-pills pull-left"><li><form class="navbar-form" action="/discover"><input type="text" name="query" class="form-control" placeholder="Search the repository"></form></li>
<li><a href="/login"><span class="hidden-xs">Login</span></a></li></ul></div></div></div></header>
<div class="trail-wrapper hidden-print"><div class="container"><ul class="breadcrumb">
<li><i class="glyphicon glyphicon-home" aria-hidden="true"></i>&nbsp;<a href="/">{esc(RA_REPO)}</a></li>
<li><a href="/handle/{RA_HANDLE}/1">{esc(RA_SCHOOL)} Library</a></li>
<li><a href="/handle/{RA_HANDLE}/7">{esc(RA_COLLECTION)}</a></li>
<li class="active">View Item</li></ul></div></div>
<div class="container" id="main-container">
{news}<div class="row row-offcanvas row-offcanvas-right"><div class="horizontal-slider clearfix">
<div class="col-xs-12 col-sm-12 col-md-9 main-content">
<div id="aspect_artifactbrowser_ItemViewer_div_item-view" class="ds-static-div primary">
<div class="item-summary-view-metadata">
<h2 class="page-header first-page-header">{esc(p.title)}</h2>
<div class="row">
<div class="col-sm-4">
<div class="item-page-field-wrapper table word-break"><h5>Files</h5>
<div><a href="/bitstream/handle/{RA_HANDLE}/{number(site, 'h', p.title, mod=900, base=100)}/{html.escape(filename)}?sequence=1&amp;isAllowed={"n" if p.cut is not None else "y"}"><i aria-hidden="true" class="glyphicon glyphicon-file"></i> {esc(filename)}</a> <span>({size})</span> <span>PDF</span></div></div>
<div class="simple-item-view-authors item-page-field-wrapper table"><h5>Author</h5><div>{esc(last)}, {esc(first)}</div></div>
<div class="simple-item-view-date word-break item-page-field-wrapper table"><h5>Date</h5>{issued.isoformat()}</div>
<div class="simple-item-view-extent item-page-field-wrapper table"><h5>Extent</h5>{esc(extent)}</div>
</div>
<div class="col-sm-8">
<div class="simple-item-view-description item-page-field-wrapper table"><h5>Abstract</h5><div>{esc(thesis)}</div></div>
<div class="simple-item-view-subject item-page-field-wrapper table"><h5>Subject</h5><div>{esc(p.category)}</div></div>
<div class="simple-item-view-uri item-page-field-wrapper table"><h5>URI</h5><span><a href="{handle}">{handle}</a></span></div>
<div class="simple-item-view-collections item-page-field-wrapper table"><h5>Collections</h5><ul class="ds-referenceSet-list"><li><a href="/handle/{RA_HANDLE}/7">{esc(RA_COLLECTION)}</a></li></ul></div>
<div class="simple-item-view-show-full item-page-field-wrapper table"><a href="?show=full">Show full item record</a></div>
</div>
</div>
</div>
{rights if early else ""}{viewer}{"" if early else rights}</div>
<h2 class="ds-div-head">Related items</h2>
<div id="aspect_discovery_RelatedItems_div_item-related-container" class="ds-static-div"><p>Showing items related by title, author, creator and subject.</p>
<ul class="ds-artifact-list list-unstyled">
{related}</ul></div>
</div>
<div class="col-xs-6 col-sm-3 sidebar-offcanvas" id="sidebar" role="navigation">
<div id="ds-options"><h2 class="ds-option-set-head h6">Browse</h2>
<div class="list-group"><a class="list-group-item active"><span class="h5 list-group-item-heading h5">All of the collections</span></a>
<a href="/community-list" class="list-group-item ds-simple-list-item">Communities &amp; Collections</a><a href="/browse?type=dateissued" class="list-group-item ds-simple-list-item">By Issue Date</a>
<a href="/browse?type=author" class="list-group-item ds-simple-list-item">Authors</a><a href="/browse?type=title" class="list-group-item ds-simple-list-item">Titles</a>
<a href="/browse?type=subject" class="list-group-item ds-simple-list-item">Subjects</a></div>
<h2 class="ds-option-set-head h6">My Account</h2><div class="list-group"><a href="/login" class="list-group-item ds-simple-list-item">Login</a><a href="/register" class="list-group-item ds-simple-list-item">Register</a></div>
<h2 class="ds-option-set-head h6">Statistics</h2><div class="list-group"><a href="?statistics" class="list-group-item ds-simple-list-item">View Usage Statistics</a></div>
{credit}</div></div>
</div></div></div>
<footer><div class="row"><hr><div class="col-xs-7 col-sm-8"><div><a href="http://www.dspace.org/" target="_blank">DSpace software</a> copyright&nbsp;&copy;&nbsp;2002-2016&nbsp; <a href="http://www.duraspace.org/" target="_blank">DuraSpace</a></div>
<div class="hidden-print"><a href="/contact">Contact Us</a> | <a href="/feedback">Send Feedback</a></div></div>
<div class="col-xs-5 col-sm-4 hidden-print"><div class="pull-right"><span class="theme-by">Theme by&nbsp;</span><a title="Atmire NV" href="http://atmire.com"><img alt="Atmire NV" src="/themes/Mirage2/images/atmire-logo-small.svg" height="28"></a></div></div></div></footer>
</body>
</html>
"""


# ---- 2. westray: one digest of a schools' debating league list, in a LISTSERV web archive, 2003 ----------------

WE_LIST = "BDL-SCHOOLS"
WE_HOST = "LISTSERV.TEVIOT.AC.UK"
WE_LEAGUE = "Borders Schools Debating League"
WE_MEMBERS = [("Fenella Crichton", "f.crichton@peebleshigh.sch.uk", "Peebles High School"),
              ("Torquil Kininmonth", "tkininmonth@btinternet.com", "Earlston High School"),
              ("Jessamy Imlach", "jessamy.imlach@kelsohigh.sch.uk", "Kelso High School"),
              ("Somhairle Gorrie", "s_gorrie@hotmail.com", "Selkirk High School"),
              ("Oighrig Soutar", "oighrig.soutar@coldstream.sch.uk", "Coldstream High School"),
              ("Lorne Birrell", "lornebirrell@yahoo.co.uk", "Galashiels Academy")]
WE_CONVENER = ("Dr Grizel Lennie", "g.lennie@teviot.ac.uk")
WE_INTROS = [
    "Hello all,\n\nAs promised at the last meeting, here is my background paper for {level}. The list "
    "strips attachments, so it is pasted in below. Sorry to anyone still on a dial-up connection!",
    "Dear everyone,\n\nBelow is the background paper I said I would circulate before {level}. Comments "
    "welcome, especially from whoever is on the opposition bench.",
]
WE_NOTE_LABELS = ["[For our bench:", "[Sources desk:", "[Chair, please note:", "[Opposition, look away:"]
WE_NOTES = [
    "use this paragraph if they demand evidence",
    "both library books agree on this, so it should be safe",
    "I am least sure of this bit, check before Thursday",
    "expect a point of information here",
    "memorise these figures",
    "our second speaker can take this point",
    "I cut a long example here to save lines",
]
WE_REMINDERS = [
    ("Semi-final draw on Thursday",
     "Just to confirm: the semi-final draw is on Thursday at quarter past four in the Teviot Room. Teams please arrive "
     "by four so we can start on time.\n\nMinibus forms to me by Wednesday, please."),
    ("Judges' sheets in pigeonholes",
     "Just to confirm: judges' sheets from last round are now in pigeonholes. Please collect yours before the next round "
     "and read the comments.\n\nThe motions for the final will be sent out a week in advance."),
    ("Next round hosted by Kelso",
     "Just to confirm: the next round is hosted by Kelso. Speakers should bring two printed copies of any background "
     "paper for the adjudicators.\n\nMany thanks to all the staff who have given up evenings this term."),
]
WE_REPLIES = [
    ("Read this again on the bus this morning. You open with",
     "and I think that line alone would win over the adjudicators, so please keep it."),
    ("Quick thought before the round. Your first sentence was",
     "which the other side will probably quote back at us, so have an answer ready."),
    ("Still the best paper on the list this term, in my view. Opening with",
     "was a smart move, and I have stolen the idea for mine."),
    ("Sorry this is late. I liked the way the paper starts:",
     "Could you send me the books you used? I have the same motion next month."),
]
WE_MEDIA = ["[The map of {setting} I meant to send was stripped by the list. Ask me for it off-list.]",
            "[Radio programme on {x}, in the archive's audio stream: http://www.soundarchive-uk.org.uk/ram/{code}.ram]"]
WE_NEWS = [
    "The BDL-SCHOOLS archives will be offline between 18:00 and 22:00 on Friday for disk maintenance.",
    "Subscribers can now choose to receive the list as a daily digest or as single messages. See the list home page.",
    "Messages larger than 40 KB are now rejected by this list. Please paste papers into the message body.",
]
WE_CREDIT = "(Thanks to Mr Pitcaithly for lending me two books from the department cupboard.)"
WE_CUT = ("[Rest of paper held back: the remaining {words} words went over the list's size limit, so I have put "
          "the full version in the league's file area.]")


def we_when(title: str) -> datetime:
    return datetime(2002, 9, 2, 17, 5) + timedelta(days=number("westray", "day", title, mod=250),
                                                   minutes=number("westray", "min", title, mod=300))


def we_stamp(t: datetime) -> str:
    return t.strftime("%a, ") + f"{t.day} " + t.strftime("%b %Y %H:%M:%S") + " +0000"


def we_author(title: str) -> tuple[str, str, str]:
    return WE_MEMBERS[number("westray", "who", title, mod=len(WE_MEMBERS))]


def we_subject(title: str, words: int, pages: int) -> str:
    return f"Background paper -- {title} [{words} words, {pages} {'side' if pages == 1 else 'sides'}]"


def westray(p: Page) -> str:
    rng = p.rng
    site = "westray"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    backdate(p, 2002)
    card = p.card
    sent = we_when(p.title)
    name, mail, school = we_author(p.title)

    def wrap(text: str, indent: str = "", hang: str | None = None, width: int = 72) -> str:
        return "\n".join(textwrap.wrap(text, width, initial_indent=indent,
                                       subsequent_indent=indent if hang is None else hang, break_on_hyphens=False))

    def listing(ordered: bool, items: list[str]) -> str:
        out = []
        for n, item in enumerate(items, 1):
            mark = f"  {n}. " if ordered else "  * "
            out.append(wrap(item, mark, " " * len(mark)))
        return "\n".join(out)

    pieces = shown_pieces(p, lambda v: f"{v}\n{'-' * len(v)}", lambda v, k: wrap(v),
                          lambda v: wrap(v, "    ", width=68), listing)
    n_essay = len(pieces)
    if carries(site, "remark", 13, p):
        label = rng.choice(WE_NOTE_LABELS)
        text = rng.choice(WE_NOTES)
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("note", wrap(f"{label} {text}]")))
        p.clutter.append(f"{label} {text}]")
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        said = WE_MEDIA[turn % 2].format(setting=card["setting"], x=card["x"], code=digest(site, "ram", p.title, n=8))
        p.clutter.append(said)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("grid", wrap(said)))
    if p.cut is not None:
        said = WE_CUT.format(words=fmt_int(p.rest_words()))
        pieces.append(("wall", wrap(said)))
        p.clutter.append(said)
    if p.cut is None and p.refs:
        pieces.append(("heading", "Works Cited\n-----------"))
        pieces.append(("refs", "\n".join(wrap(plain, "", "    ") for plain, _ in p.refs)))
    intro = WE_INTROS[number(site, "intro", p.title, mod=len(WE_INTROS))].format(level=p.level)
    p.clutter += [s for s in intro.split("\n") if s]
    subject = we_subject(p.title, p.words, p.pages)
    p.clutter.append(subject)
    body = [wrap(s) for s in intro.split("\n\n")]
    if carries(site, "credit", 6, p):
        body.append(wrap(WE_CREDIT))
        p.clutter.append(WE_CREDIT)
    body.append(f"{p.title}\n{'=' * min(72, len(p.title))}")
    body += [h for _, h in pieces]
    body.append(f"-- \n{name}\n{school} Debating Society")
    p.clutter += [f"{school} Debating Society"]
    messages = [(sent, f"{name} <{mail}>", subject, "\n\n".join(body))]
    # replies on other papers from earlier in the term, each quoting that paper's first sentence
    for t in rng.sample(p.others, rng.randint(1, 2)):
        who = WE_MEMBERS[(WE_MEMBERS.index(we_author(t)) + 1 + number(site, "rep", p.title, t, mod=len(WE_MEMBERS) - 1)) % len(WE_MEMBERS)]
        if who[0] == name:
            who = WE_MEMBERS[(WE_MEMBERS.index(who) + 1) % len(WE_MEMBERS)]
        before, after = WE_REPLIES[number(site, "reply", p.title, t, mod=len(WE_REPLIES))]
        first = opener_of(t)
        when = sent + timedelta(minutes=rng.randint(20, 600))
        text = wrap(f'{before} "{first}" {after}') + f"\n\n{who[0].split()[0]}"
        orig = we_subject(t, ESSAYS_BY_TITLE[t]["words"], max(1, -(-ESSAYS_BY_TITLE[t]["words"] // 275)))
        messages.append((when, f"{who[0]} <{who[1]}>", f"Re: {orig}", text))
        p.clutter += [before, after, first, f"Re: {orig}", who[1]]
    r_subject, reminder = WE_REMINDERS[number(site, "remind", p.title, mod=len(WE_REMINDERS))]
    early = placed_before(site, "reminder", p)
    r_when = sent - timedelta(minutes=rng.randint(30, 400)) if early else sent + timedelta(minutes=rng.randint(5, 15))
    r_text = "\n\n".join(wrap(s) for s in reminder.split("\n\n")) + f"\n\n{WE_CONVENER[0]}\nConvener, {WE_LEAGUE}"
    messages.append((r_when, f"{WE_CONVENER[0]} <{WE_CONVENER[1]}>", r_subject, r_text))
    p.clutter += [s for s in reminder.split("\n\n")] + [f"Convener, {WE_LEAGUE}", r_subject]
    messages.sort(key=lambda m: m[0])
    issue = number(site, "issue", p.title, mod=60, base=20)
    day0 = min(m[0] for m in messages).date()
    day1 = max(m[0] for m in messages).date() + timedelta(days=0 if early else 1)
    dig_name = f"{WE_LIST} Digest - {day0.day} {day0.strftime('%b %Y')} to {day1.day} {day1.strftime('%b %Y')} (#{sent.year}-{issue})"
    lines_total = sum(m[3].count("\n") + 6 for m in messages)
    topics = "\n".join(f"  {n}. {m[2]}" for n, m in enumerate(messages, 1))
    digest_text = (f"There are {len(messages)} messages totaling {lines_total} lines in this issue.\n\nTopics of the day:\n\n{topics}\n\n"
                   + "-" * 70 + "\n\n")
    digest_text += ("\n\n" + "-" * 30 + "\n\n").join(f"Date:    {we_stamp(m[0])}\nFrom:    {m[1]}\nSubject: {m[2]}\n\n{m[3]}" for m in messages)
    digest_text += f"\n\n------------------------------\n\nEnd of {dig_name}\n" + "*" * 60 + "\n"
    p.clutter += [f"There are {len(messages)} messages totaling {lines_total} lines in this issue.", "Topics of the day:",
                  dig_name, f"{WE_LIST} Archives", f"Back to: Top of Message", "Main BDL-SCHOOLS Page", "Use Monospaced Font",
                  "Show Text Part by Default", "Show All Mail Headers", WE_HOST, f"{name} <{mail}>", mail]
    news = ""
    turn = rank_of(site, "banner", 3, p)
    if turn is not None:
        news = f'<p><table border=0 cellpadding=4 width="100%" bgcolor="#FFF3C4"><tr><td><font size=-1><b>Notice:</b> {esc(WE_NEWS[turn])}</font></td></tr></table>\n'
        p.clutter.append(WE_NEWS[turn])
    arg = f"A2=ind{str(day0.year)[2:]}{day0.month:02d}&amp;L={WE_LIST}&amp;T=0&amp;P={number(site, 'p', p.title, mod=90000, base=1000)}"
    nav = " ".join(f'[<a href="/cgi-bin/wa.exe?{arg}&amp;{k}">{k}</a>]' for k in ("First", "Previous", "Next", "Last"))
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>LISTSERV 14.4 - {WE_LIST} Archives</title>
<link rel="stylesheet" type="text/css" href="/archives/listserv.css">
</head>
<body bgcolor="#FFFFFF" text="#000000" link="#003399" vlink="#663366">
<table width="100%" border=0 cellspacing=0 cellpadding=2><tr><td><a href="/cgi-bin/wa.exe?INDEX"><img src="/archives/images/listserv_logo.gif" border=0 alt="LISTSERV"></a></td>
<td align=right><font size=-1><a href="/cgi-bin/wa.exe?HOME">LISTSERV Archives</a> &gt; <a href="/cgi-bin/wa.exe?A0={WE_LIST}">{WE_LIST} Home</a></font></td></tr></table>
{news}<h2 class="title"><font face="Arial,Helvetica">{WE_LIST} Archives</font></h2>
<table border=0 cellpadding=1 cellspacing=0 class="tableframe"><tr><td>
<table border=0 cellpadding=3 cellspacing=0 width="100%">
<tr><td class="emphasizedgroup"><font size=-1>Options: <a href="/cgi-bin/wa.exe?{arg}&amp;F=M">Use Monospaced Font</a> | <a href="/cgi-bin/wa.exe?{arg}&amp;S=a">Show Text Part by Default</a> | <a href="/cgi-bin/wa.exe?{arg}&amp;F=l">Show All Mail Headers</a></font></td></tr>
<tr><td><font size=-1>Message: {nav}</font></td></tr>
<tr><td><font size=-1>Topic: {nav}</font></td></tr>
<tr><td><font size=-1>Author: {nav}</font></td></tr>
</table></td></tr></table>
<p>
<table border=0 cellpadding=2 cellspacing=0 class="headers">
<tr><td align=right valign=top><b>Subject:</b></td><td>{esc(dig_name)}</td></tr>
<tr><td align=right valign=top><b>From:</b></td><td>{WE_LIST} automatic digest system &lt;LISTSERV@{WE_HOST}&gt;</td></tr>
<tr><td align=right valign=top><b>Reply To:</b></td><td>{esc(WE_LEAGUE)} &lt;{WE_LIST}@{WE_HOST}&gt;</td></tr>
<tr><td align=right valign=top><b>Date:</b></td><td>{we_stamp(max(m[0] for m in messages) + timedelta(hours=3))}</td></tr>
<tr><td align=right valign=top><b>Content-Type:</b></td><td>text/plain</td></tr>
<tr><td align=right valign=top><b>Parts/Attachments:</b></td><td><a href="#TOP">text/plain</a> ({lines_total + len(messages) + 12} lines)</td></tr>
</table>
<hr>
<pre>
{esc(digest_text)}</pre>
<hr>
<p><font size=-1><a href="#TOP">Back to: Top of Message</a> | <a href="/cgi-bin/wa.exe?A1=ind{str(day0.year)[2:]}{day0.month:02d}&amp;L={WE_LIST}">Previous Page</a> | <a href="/cgi-bin/wa.exe?A0={WE_LIST}">Main {WE_LIST} Page</a></font></p>
<table width="100%" border=0><tr><td align=center><font size=-2><a href="/cgi-bin/wa.exe?HOME">{WE_HOST}</a></font></td></tr></table>
</body>
</html>
"""


# ---- 3. staffa: a digital-history course's Jupyter Book, prose between code cells, 2021 ------------------------

ST_BOOK = "Counting the Past"
ST_COURSE = "HIST 2710"
ST_REPO = "https://github.com/hist2710-lakeview/counting-the-past"
ST_STUDENTS = ["Shalini Venkataraman", "Dashiell Moreno-Platt", "Ifeoluwa Bankole", "Marguerite Thibodeaux",
               "Kwabena Asante-Mensah", "Solveig Haugland", "Tadeo Villaseñor", "Linnea Okimoto", "Ignatius Fairclough",
               "Anneliese Vogelsang", "Caspian Delacroix-Hume", "Yusra Haddadin"]
ST_WEEKS = ["Week 1: What counts as a source", "Week 2: Tables from archives", "Week 3: Cleaning dates",
            "Week 4: Counting words", "Week 5: Maps and places", "Week 6: Networks of letters"]
ST_NOTE_KINDS = [("note", "Note"), ("tip", "Tip"), ("caution", "Caution"), ("admonition-method", "Method")]
ST_NOTES = [
    "The counts in this section come from the CSV loaded above, not from the secondary reading.",
    "Rerun the notebook from the top if the numbers here look different on your machine.",
    "I dropped rows with missing dates before making this comparison.",
    "This paragraph changed after the week 9 peer review; the older draft is in the repository history.",
    "The sample is small, so read the percentages as rough guides only.",
    "Dates in the source file were in three formats and had to be normalised first.",
    "Place names were matched by hand, so a few may be wrong.",
]
ST_NEWS = [
    "Office hours move to Thursday 2\u20134 pm this week only.",
    "The final project brief is now in the Assignments section of the book.",
    "JupyterHub will restart on Sunday night; save your work before 11 pm.",
]
ST_COUNT_OUT = "{words} words of prose, code cells excluded\napprox. {pages} {pw} in the submission template"
ST_DRAFT = ("Draft view: the remaining {words} words stay hidden until peer review closes. Sign in to the course "
            "JupyterHub with your campus account to see all of it.")


def st_author(title: str) -> str:
    return ST_STUDENTS[number("staffa", "who", title, mod=len(ST_STUDENTS))]


def st_anchor(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def code_cell(source: str, output: str, kind: str = "stream") -> str:
    """A cell as a Jupyter Book page shows it: highlighted input, then its output."""
    out = ""
    if output:
        cls = {"stream": "output stream highlight-myst-ansi notranslate", "plain": "output text_plain highlight-myst-ansi notranslate"}.get(kind)
        if cls:
            out = (f'<div class="cell_output docutils container">\n<div class="{cls}"><div class="highlight"><pre><span></span>{output}</pre></div>\n'
                   "</div>\n</div>\n")
        else:
            out = f'<div class="cell_output docutils container">\n{output}\n</div>\n'
    return ('<div class="cell docutils container">\n<div class="cell_input docutils container">\n'
            f'<div class="highlight-ipython3 notranslate"><div class="highlight"><pre><span></span>{source}\n</pre></div>\n</div>\n</div>\n{out}</div>')


def py(tokens: list[tuple[str, str]]) -> str:
    """Pygments-style spans for a few (class, text) tokens; class "" leaves the text bare."""
    return "".join(f'<span class="{c}">{esc(t)}</span>' if c else esc(t) for c, t in tokens)


def staffa(p: Page) -> str:
    rng = p.rng
    site = "staffa"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    backdate(p, 2020)
    card = p.card
    name = st_author(p.title)
    stem = slug(p.title)
    handed = date(2021, 9, 27) + timedelta(days=number(site, "day", p.title, mod=70))

    def listing(ordered: bool, items: list[str]) -> str:
        tag = "ol" if ordered else "ul"
        cls = "arabic simple" if ordered else "simple"
        return f'<{tag} class="{cls}">\n' + "\n".join(f"<li><p>{esc(i)}</p></li>" for i in items) + f"\n</{tag}>"

    pieces = shown_pieces(p, lambda v: v, lambda v, k: f"<p>{esc(v)}</p>",
                          lambda v: f"<blockquote>\n<div><p>{esc(v)}</p>\n</div></blockquote>", listing)
    n_essay = len(pieces)
    data = code_cell(py([("kn", "import"), ("", " "), ("nn", "pandas"), ("", " "), ("k", "as"), ("", " "), ("nn", "pd"), ("", "\n"),
                         ("n", "sources"), ("", " "), ("o", "="), ("", " "), ("n", "pd"), ("o", "."), ("n", "read_csv"), ("p", "("),
                         ("s2", f'"data/{stem[:30]}.csv"'), ("p", ")"), ("", "\n"), ("n", "sources"), ("o", "."), ("n", "shape")]),
                     f"({number(site, 'rows', p.title, mod=400, base=40)}, {number(site, 'cols', p.title, mod=6, base=4)})", "plain")
    slot_in(pieces, spot(n_essay, rng, 1, 3), ("cell", data))
    p.clutter.append(f"data/{stem[:30]}.csv")
    if carries(site, "remark", 13, p):
        cls, label = rng.choice(ST_NOTE_KINDS)
        text = rng.choice(ST_NOTES)
        extra = " admonition" if cls.startswith("admonition-") else ""
        slot_in(pieces, spot(n_essay, rng, 2, 6),
                ("note", f'<div class="admonition {cls}{extra}">\n<p class="admonition-title">{label}</p>\n<p>{esc(text)}</p>\n</div>'))
        p.clutter.append(text)
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = f"{cap(card['setting'])}: sources by year"
            piece = code_cell(py([("n", "ax"), ("", " "), ("o", "="), ("", " "), ("n", "plot_timeline"), ("p", "("), ("n", "sources"),
                                  ("p", ","), ("", " "), ("n", "title"), ("o", "="), ("s2", f'"{caption}"'), ("p", ")")]),
                              f'<img alt="../_images/{stem}_{turn + 5}_0.png" src="../_images/{stem}_{turn + 5}_0.png" />', "raw")
        else:
            caption = "Make this Notebook Trusted to load map: File -> Trust Notebook"
            piece = code_cell(py([("n", "map_places"), ("p", "("), ("n", "sources"), ("p", ","), ("", " "), ("n", "zoom_start"), ("o", "="), ("mi", "6"), ("p", ")")]),
                              '<div class="output text_html"><div style="width:100%;"><div style="position:relative;width:100%;height:0;padding-bottom:60%;">'
                              f'<span style="color:#565656">{esc(caption)}</span><iframe src="about:blank" style="position:absolute;width:100%;height:100%;left:0;top:0;border:none !important;" '
                              f'data-html="{digest(site, "map", p.title, n=40)}" allowfullscreen></iframe></div></div></div>', "raw")
        p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("grid", piece))
    if p.cut is not None:
        said = ST_DRAFT.format(words=fmt_int(p.rest_words()))
        pieces.append(("wall", f'<div class="admonition warning">\n<p class="admonition-title">Warning</p>\n<p>{esc(said)}</p>\n</div>'))
        p.clutter.append(said)
    # classmates' essays that the course's similarity tool puts nearest, each with a sentence of its figures
    rows = ""
    for n, t in enumerate(rng.sample(p.others, 3)):
        line = figures_of(t)
        score = 0.62 - n * 0.07 - number(site, "sim", p.title, t, mod=40) / 1000
        rows += f"    <tr>\n      <th>{n}</th>\n      <td>{esc(t)}</td>\n      <td>{score:.2f}</td>\n      <td>{esc(line)}</td>\n    </tr>\n"
        p.clutter += [t, line]
    table = ('<div class="output text_html"><div>\n<style scoped>\n    .dataframe tbody tr th:only-of-type {\n        vertical-align: middle;\n    }\n'
             '    .dataframe thead th {\n        text-align: right;\n    }\n</style>\n<table border="1" class="dataframe">\n  <thead>\n'
             '    <tr style="text-align: right;">\n      <th></th>\n      <th>title</th>\n      <th>similarity</th>\n      <th>sample_sentence</th>\n'
             f"    </tr>\n  </thead>\n  <tbody>\n{rows}  </tbody>\n</table>\n</div></div>")
    nearest = code_cell(py([("kn", "from"), ("", " "), ("nn", "hist2710"), ("", " "), ("kn", "import"), ("", " "), ("n", "nearest_essays"), ("", "\n"),
                            ("n", "nearest_essays"), ("p", "("), ("s2", f'"{stem[:30]}"'), ("p", ","), ("", " "), ("n", "k"), ("o", "="), ("mi", "3"), ("p", ")")]),
                        table, "raw")
    counted = ST_COUNT_OUT.format(words=p.words, pages=p.pages, pw=pages_word(p.pages))
    count = code_cell(py([("kn", "from"), ("", " "), ("nn", "hist2710"), ("", " "), ("kn", "import"), ("", " "), ("n", "essay_stats"), ("", "\n"),
                          ("n", "essay_stats"), ("p", "("), ("s2", f'"{stem[:30]}.ipynb"'), ("p", ")")]), esc(counted))
    p.clutter += counted.split("\n")
    early = placed_before(site, "count", p)
    byline = f"{name} \u00b7 {p.level} \u00b7 submitted {handed.isoformat()}"
    p.clutter += [byline, name]
    credit = ""
    if carries(site, "credit", 6, p):
        credit_text = f"Peer-reviewed in the week 9 workshop by {st_author(p.others[0])}; many thanks."
        credit = f"<p><em>{esc(credit_text)}</em></p>\n"
        p.clutter.append(credit_text)
    # nest the headings as Sphinx does: one section per heading, closed at the next one
    anchor = st_anchor(p.title)
    out = [f'<section class="tex2jax_ignore mathjax_ignore" id="{anchor}">',
           f'<h1>{esc(p.title)}<a class="headerlink" href="#{anchor}" title="Permalink to this headline">\u00b6</a></h1>',
           f"<p><em>{esc(byline)}</em></p>", credit.rstrip("\n")]
    if early:
        out.append(count)
    toc = []
    is_open = False
    for kind, h in pieces:
        if kind == "heading":
            if is_open:
                out.append("</section>")
            a = st_anchor(h)
            toc.append((h, a))
            out.append(f'<section id="{a}">\n<h2>{esc(h)}<a class="headerlink" href="#{a}" title="Permalink to this headline">\u00b6</a></h2>')
            is_open = True
        else:
            out.append(h)
    if is_open:
        out.append("</section>")
    out.append(nearest)
    if p.cut is None and p.refs:
        toc.append(("Works Cited", "works-cited"))
        out.append('<section id="works-cited">\n<h2>Works Cited<a class="headerlink" href="#works-cited" title="Permalink to this headline">\u00b6</a></h2>\n'
                   + "\n".join(f"<p>{mk}</p>" for _, mk in p.refs) + "\n</section>")
    if not early:
        out.append(count)
    out.append("</section>")
    main_html = "\n".join(x for x in out if x)
    side = ""
    for t in p.site_titles:
        here = t == p.title
        side += (f'<li class="toctree-l1{" current active" if here else ""}"><a class="{"current " if here else ""}reference internal" '
                 f'href="{"#" if here else slug(t) + ".html"}">{esc(t)}</a></li>\n')
        if not here:
            p.clutter.append(t)
    weeks = "".join(f'<li class="toctree-l1"><a class="reference internal" href="../notes/week{n}.html">{esc(w)}</a></li>\n' for n, w in enumerate(ST_WEEKS, 1))
    p.clutter += ST_WEEKS
    toc_html = ""
    if toc:
        toc_html = ('<div class="tocsection onthispage pt-5 pb-3"><i class="fas fa-list"></i> Contents</div>\n<nav id="bd-toc-nav" aria-label="Page">\n<ul class="visible nav section-nav flex-column">\n'
                    + "".join(f'<li class="toc-h2 nav-item toc-entry"><a class="reference internal nav-link" href="#{a}">{esc(h)}</a></li>\n' for h, a in toc)
                    + "</ul>\n</nav>")
    k = p.site_titles.index(p.title)
    prev_t = p.site_titles[k - 1] if k > 0 else None
    next_t = p.site_titles[k + 1] if k + 1 < len(p.site_titles) else None
    pn = ""
    if prev_t:
        pn += f'<a class="left-prev" id="prev-link" href="{slug(prev_t)}.html" title="previous page"><i class="fas fa-angle-left"></i><div class="prev-next-info"><p class="prev-next-subtitle">previous</p><p class="prev-next-title">{esc(prev_t)}</p></div></a>\n'
    if next_t:
        pn += f'<a class="right-next" id="next-link" href="{slug(next_t)}.html" title="next page"><div class="prev-next-info"><p class="prev-next-subtitle">next</p><p class="prev-next-title">{esc(next_t)}</p></div><i class="fas fa-angle-right"></i></a>\n'
    news = ""
    turn = rank_of(site, "banner", 3, p)
    if turn is not None:
        news = f'<div class="announcement header-item noprint">{esc(ST_NEWS[turn])}</div>\n'
        p.clutter.append(ST_NEWS[turn])
    p.clutter += [ST_BOOK, "Powered by Jupyter Book", "By the HIST 2710 teaching team", "\u00a9 Copyright 2021.",
                  "Student essays", "Course notes", "Welcome to HIST 2710"]
    return f"""<!DOCTYPE html>

<html>
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="initial-scale=1.0, width=device-width" /><meta name="generator" content="Docutils 0.17.1: http://docutils.sourceforge.net/" />

    <title>{esc(p.title)} &#8212; {ST_BOOK}</title>

    <link href="../_static/css/theme.css" rel="stylesheet" />
    <link href="../_static/vendor/fontawesome/5.13.0/css/all.min.css" rel="stylesheet" />
    <link rel="stylesheet" type="text/css" href="../_static/pygments.css" />
    <link rel="stylesheet" type="text/css" href="../_static/sphinx-book-theme.css?digest={digest(site, 'css', n=40)}" />
    <link rel="stylesheet" type="text/css" href="../_static/mystnb.css" />
    <script data-url_root="../" id="documentation_options" src="../_static/documentation_options.js"></script>
    <script src="../_static/sphinx-book-theme.d59cb220de22ca1c485ebbdc042f0030.js"></script>
    <link rel="index" title="Index" href="../genindex.html" />
    <link rel="search" title="Search" href="../search.html" />
  </head>
  <body data-spy="scroll" data-target="#bd-toc-nav" data-offset="80">

    <div class="container-fluid" id="banner"></div>
    {news}
    <div class="container-xl">
      <div class="row">
<div class="col-12 col-md-3 bd-sidebar site-navigation show" id="site-navigation">
<div class="navbar-brand-box">
  <a class="navbar-brand text-wrap" href="../intro.html">
      <img src="../_static/logo.png" class="logo" alt="logo">
      <h1 class="site-logo" id="site-title">{ST_BOOK}</h1>
  </a>
</div><form class="bd-search d-flex" action="../search.html" method="get">
  <i class="icon fas fa-search"></i>
  <input type="search" class="form-control" name="q" id="search-input" placeholder="Search this book..." aria-label="Search this book..." autocomplete="off" >
</form><nav class="bd-links" id="bd-docs-nav" aria-label="Main">
    <div class="bd-toc-item active">
        <ul class="nav bd-sidenav">
<li class="toctree-l1"><a class="reference internal" href="../intro.html">Welcome to HIST 2710</a></li>
</ul>
<p aria-level="2" class="caption" role="heading"><span class="caption-text">Course notes</span></p>
<ul class="nav bd-sidenav">
{weeks}</ul>
<p aria-level="2" class="caption" role="heading"><span class="caption-text">Student essays</span></p>
<ul class="current nav bd-sidenav">
{side}</ul>

    </div>
</nav> <!-- To handle the deprecated key -->

<div class="navbar_extra_footer">
  Powered by <a href="https://jupyterbook.org">Jupyter Book</a>
</div>

</div>


          <main class="col py-md-3 pl-md-4 bd-content overflow-auto" role="main">

<div class="topbar container-xl fixed-top">
    <div class="topbar-contents row">
        <div class="col-12 col-md-3 bd-topbar-whitespace site-navigation show"></div>
        <div class="col pl-md-4 topbar-main">

            <button id="navbar-toggler" class="navbar-toggler ml-0" type="button" data-toggle="collapse"
                data-toggle="tooltip" data-placement="bottom" data-target=".site-navigation" aria-controls="navbar-menu"
                aria-expanded="true" aria-label="Toggle navigation" aria-controls="site-navigation"
                title="Toggle navigation" data-toggle="tooltip" data-placement="left">
                <i class="fas fa-bars"></i>
                <i class="fas fa-arrow-left"></i>
                <i class="fas fa-arrow-up"></i>
            </button>

<button onclick="toggleFullScreen()" class="btn" data-toggle="tooltip" data-placement="bottom" title="Fullscreen mode"><i class="fas fa-expand"></i></button>

<div class="dropdown-buttons-trigger">
    <button id="dropdown-buttons-trigger" class="btn btn-secondary topbarbtn" aria-label="Connect with source repository"><i class="fab fa-github"></i></button>
    <div class="dropdown-buttons sourcebuttons">
        <a class="repository-button" href="{ST_REPO}"><button type="button" class="btn btn-secondary topbarbtn" data-toggle="tooltip" data-placement="left" title="Source repository"><i class="fab fa-github"></i>repository</button></a>
        <a class="issues-button" href="{ST_REPO}/issues/new?title=Issue%20on%20page%20%2Fessays%2F{stem}.html&body=Your%20issue%20content%20here."><button type="button" class="btn btn-secondary topbarbtn" data-toggle="tooltip" data-placement="left" title="Open an issue"><i class="fas fa-lightbulb"></i>open issue</button></a>
    </div>
</div>

<div class="dropdown-buttons-trigger">
    <button id="dropdown-buttons-trigger" class="btn btn-secondary topbarbtn" aria-label="Launch interactive content"><i class="fas fa-rocket"></i></button>
    <div class="dropdown-buttons">
        <a class="binder-button" href="https://mybinder.org/v2/gh/hist2710-lakeview/counting-the-past/main?urlpath=tree/essays/{stem}.ipynb"><button type="button" class="btn btn-secondary topbarbtn" title="Launch Binder" data-toggle="tooltip" data-placement="left"><img class="binder-button-logo" src="../_static/images/logo_binder.svg" alt="Interact on binder">Binder</button></a>
    </div>
</div>

        </div>

        <!-- outline of this page -->
        <div class="d-none d-md-block col-md-2 bd-toc show noprint">
{toc_html}
        </div>
    </div>
</div>
    <div id="main-content" class="row">
        <div class="col-12 col-md-9 pl-md-3 pr-md-0">
            <!-- heading kept for the printed copy -->
            <div id="jb-print-docs-body" class="onlyprint">
                <h1>{esc(p.title)}</h1>
            </div>

              <div>

{main_html}

<script type="text/x-thebe-config">
    {{
        requestKernel: true,
        binderOptions: {{
            repo: "hist2710-lakeview/counting-the-past",
            ref: "main",
        }},
    }}
</script>

              </div>

<div class='prev-next-bottom'>
{pn}</div>

        </div>
    </div>
    <footer class="footer">
  <p>
    By the HIST 2710 teaching team<br/>
    &copy; Copyright 2021.<br/>
  </p>
    </footer>
</main>


      </div>
    </div>

  <script src="../_static/js/index.be7d3bbb2ef33a8344ce.js"></script>

  </body>
</html>
"""


# ---- 4. gigha: a bilingual scholarship fund shows its winning applications as read-only forms, 2022 ------------

GI_FUND = "Bridge Scholars Fund"
GI_FUND_ES = "Fondo Becas Puente"
GI_APPLICANTS = [("Marisol", "T."), ("Joaquin", "M."), ("Itzel", "C."), ("Yahir", "P."), ("Nayeli", "G."), ("Eliseo", "B."),
                 ("Anahi", "L."), ("Rigoberto", "S."), ("Citlali", "F."), ("Osvaldo", "D."), ("Maricruz", "H."), ("Leonel", "A.")]
GI_SCHOOLS = ["Cascade Canyon High School, Wenatchee, Washington", "Lower Valley High School, Grandview, Washington",
              "Columbia Bend High School, Pasco, Washington", "Orchard Heights High School, Othello, Washington",
              "Sagebrush Ridge High School, Moses Lake, Washington"]
GI_ACTIVITIES = [
    "I work weekends at my uncle's taqueria and tutor two younger cousins in math.",
    "Varsity soccer, the school newspaper, and interpreting for parents at conference nights.",
    "I volunteer at the public library's homework club and help run our church's food pantry.",
    "Mock trial captain; I also pick cherries with my family every July.",
    "History club president and a part-time job stocking shelves at the grocery store.",
]
GI_HELPERS = [
    "My history teacher, who lent me her own books and read three drafts of this essay.",
    "My older sister, the first in our family to go to college, who showed me how to apply.",
    "Our school counselor, who stayed late to help me with the financial aid forms.",
    "My grandmother, who told me stories about her town and made me want to study history.",
    "The librarian at our public library, who found me sources I could not get online.",
]
GI_PROMPT = ("Choose an episode from history that is usually told too simply. Tell the fuller story, "
             "using evidence, and argue for a better reading.")
GI_SUMMARIES = [
    "En este ensayo escribo sobre \u00ab{title}\u00bb. Eleg\u00ed el tema porque mi abuela me contaba historias "
    "parecidas y quer\u00eda entender qu\u00e9 pas\u00f3 de verdad.",
    "Mi ensayo trata de \u00ab{title}\u00bb. Lo escrib\u00ed en ingl\u00e9s para la beca, pero quer\u00eda que mis "
    "pap\u00e1s pudieran leer de qu\u00e9 se trata.",
    "El ensayo \u00ab{title}\u00bb explica un episodio que casi siempre se cuenta de forma demasiado sencilla. "
    "Intento contar la historia completa con fuentes.",
    "Este texto, \u00ab{title}\u00bb, fue mi respuesta a la pregunta 2. Me ayud\u00f3 mucho mi maestra de historia, "
    "que me prest\u00f3 libros de la biblioteca.",
]
GI_NOTE_LABELS = ["Reader's margin note:", "Nota del lector:", "What stood out:", "Committee comment:"]
GI_NOTES = [
    "here the essay stops summarising and starts arguing",
    "one reader called this the strongest paragraph in the whole pool",
    "notice how the evidence arrives before the claim it supports",
    "the committee asked the applicant to leave this section unchanged",
    "short sentences make a complicated idea easy to follow here",
    "readers liked that every number has its source named",
    "we quote this paragraph in our application workshops",
]
GI_NEWS = [
    "Applications for the 2023 awards open on 1 February. \u00b7 Las solicitudes para 2023 abren el 1 de febrero.",
    "Free application workshop on Zoom this Saturday, in English and Spanish. \u00b7 Taller gratuito este s\u00e1bado por Zoom.",
    "Our office is closed from 23 December to 3 January. \u00b7 La oficina cierra del 23 de diciembre al 3 de enero.",
]
GI_COOKIE = ("Bridge Scholars Fund stores a single cookie holding your language choice. "
             "\u00b7 Guardamos una peque\u00f1a cookie para recordar tu idioma.")
GI_CRITERIA = ["Clarity \u00b7 Claridad", "Use of evidence \u00b7 Uso de fuentes", "Personal voice \u00b7 Voz propia",
               "Response to the prompt \u00b7 Respuesta a la pregunta"]
GI_COUNTER = "{words} of 800 permitted words \u00b7 {pages}-page printout"
GI_GATE = ("{first}'s essay continues for {words} more words. Leave your e-mail and we will send you the full "
           "showcase booklet, free.")


def gi_applicant(title: str) -> tuple[str, str, str]:
    first, initial = GI_APPLICANTS[number("gigha", "who", title, mod=len(GI_APPLICANTS))]
    return first, initial, GI_SCHOOLS[number("gigha", "school", title, mod=len(GI_SCHOOLS))]


def gigha(p: Page) -> str:
    rng = p.rng
    site = "gigha"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    backdate(p, 2021)
    card = p.card
    first, initial, school = gi_applicant(p.title)

    def key(*parts) -> str:
        return digest(site, "bk", p.title, *parts, n=5)

    def listing(ordered: bool, items: list[str]) -> str:
        tag = "ol" if ordered else "ul"
        return f"<{tag}>" + "".join(f'<li data-block-key="{key(i)}">{esc(i)}</li>' for i in items) + f"</{tag}>"

    pieces = shown_pieces(p, lambda v: f'<h3 data-block-key="{key(v)}">{esc(v)}</h3>',
                          lambda v, k: f'<p data-block-key="{key(k)}">{esc(v)}</p>',
                          lambda v: f'<blockquote data-block-key="{key(v)}">{esc(v)}</blockquote>', listing)
    n_essay = len(pieces)
    if carries(site, "remark", 13, p):
        label = rng.choice(GI_NOTE_LABELS)
        text = rng.choice(GI_NOTES)
        slot_in(pieces, spot(n_essay, rng, 2, 6),
                ("note", f'<aside class="reader-note"><span class="reader-note__label">{esc(label)}</span> {esc(text)}</aside>'))
        p.clutter.append(f"{label} {text}")
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = f"{first} at our awards evening in Yakima, June 2021"
            piece = (f'<figure class="richtext-image full-width"><img alt="{html.escape(first)} holding a certificate" '
                     f'src="/media/images/{digest(site, "img", p.title, n=10)}.width-800.jpg" width="800" height="533">'
                     f"<figcaption>{esc(caption)}</figcaption></figure>")
        else:
            caption = f"Watch {first} read the opening paragraph (1:{number(site, 'sec', p.title, mod=50, base=10)})"
            piece = (f'<div class="block-video"><iframe width="560" height="315" src="https://player.vimeo.com/video/{number(site, "vm", p.title, mod=9 * 10**8, base=10**8)}?dnt=1" '
                     f'title="{html.escape(caption)}" frameborder="0" allowfullscreen></iframe><p class="block-video__caption">{esc(caption)}</p></div>')
        p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("grid", piece))
    gate = ""
    if p.cut is not None:
        said = GI_GATE.format(first=first, words=fmt_int(p.rest_words()))
        gate = (f'<div class="gate"><h3 class="gate__title">Finish reading \u00b7 Lee el ensayo completo</h3><p>{esc(said)}</p>'
                f'<form class="gate__form" method="post" action="/showcase/booklet/"><input type="hidden" name="csrfmiddlewaretoken" value="{digest(site, "csrf", p.title, n=32)}">'
                f'<label for="id_email">E-mail \u00b7 Correo</label><input type="email" name="email" id="id_email" required>'
                f'<button type="submit" class="button">Send me the booklet \u00b7 Enviar</button></form></div>\n')
        p.clutter += [said, "Finish reading \u00b7 Lee el ensayo completo", "Send me the booklet \u00b7 Enviar"]
    if p.cut is None and p.refs:
        pieces.append(("heading", f'<h3 data-block-key="{key("wc")}">Works Cited</h3>'))
        pieces.append(("refs", "\n".join(f'<p data-block-key="{key("r", n)}">{mk}</p>' for n, (_, mk) in enumerate(p.refs))))
    essay_html = "\n".join(h for _, h in pieces)
    counter = GI_COUNTER.format(words=fmt_int(p.words), pages=p.pages)
    p.clutter.append(counter)
    summary_text = GI_SUMMARIES[number(site, "summary", p.title, mod=len(GI_SUMMARIES))].format(title=p.title)
    summary = (f'<aside class="summary-es" lang="es"><h3 class="summary-es__title">Resumen en espa\u00f1ol</h3>'
               f"<p>{esc(summary_text)}</p></aside>\n")
    p.clutter += [summary_text, "Resumen en espa\u00f1ol"]
    early = placed_before(site, "summary", p)
    activity = GI_ACTIVITIES[number(site, "act", p.title, mod=len(GI_ACTIVITIES))]
    helper = GI_HELPERS[number(site, "help", p.title, mod=len(GI_HELPERS))]
    gpa = f"{3 + number(site, 'gpa', p.title, mod=10) / 10:.1f}"
    first_gen = "Yes \u00b7 S\u00ed" if number(site, "fg", p.title, mod=3) else "No"
    p.clutter += [activity, helper, GI_PROMPT, school, "Prompt 2 of 3 \u00b7 Pregunta 2 de 3"]
    scores = [rng.choice([3.5, 4.0, 4.5, 4.5, 5.0]) for _ in GI_CRITERIA]
    rows = "".join(f"<tr><th scope=\"row\">{esc(c)}</th><td>{s:g} / 5</td></tr>\n" for c, s in zip(GI_CRITERIA, scores))
    p.clutter += GI_CRITERIA + ["How readers scored this application \u00b7 C\u00f3mo puntuaron los lectores", f"{sum(scores):g} / 20"]
    award = f"Awarded ${p.grade}, renewable for four years \u00b7 Beca de ${p.grade}, renovable"
    p.clutter += [award, f"{first} {initial}", f"Intended major: {p.level}"]
    credit = ""
    if carries(site, "credit", 6, p):
        credit_text = f"Shared with {first}'s permission. Only spelling slips were corrected."
        credit = f'<p class="showcase-entry__credit">{esc(credit_text)}</p>\n'
        p.clutter.append(credit_text)
    cards = ""
    for t in rng.sample(p.others, 3):
        words = opening_words(t)
        f2, i2, _ = gi_applicant(t)
        cards += (f'<article class="entry-card"><a class="entry-card__link" href="/showcase/2021/{slug(t)}/"><h3 class="entry-card__title">{esc(t)}</h3>'
                  f'<p class="entry-card__excerpt">{esc(words)}\u2026</p><p class="entry-card__meta">{esc(f2)} {esc(i2)} \u00b7 2021</p>'
                  f'<span class="entry-card__cta">Read application \u00b7 Leer solicitud</span></a></article>\n')
        p.clutter += [t, words]
    news = ""
    turn = rank_of(site, "banner", 3, p)
    if turn is not None:
        news = f'<div class="site-banner" role="status">{esc(GI_NEWS[turn])}</div>\n'
        p.clutter.append(GI_NEWS[turn])
    cookie = ""
    if carries(site, "cookies", 12, p):
        cookie = (f'<div class="cookie-banner" id="cookie-banner"><p>{esc(GI_COOKIE)}</p><button class="button button--small" data-accept>OK</button> '
                  f'<a href="/privacy/">M\u00e1s informaci\u00f3n \u00b7 More info</a></div>\n')
        p.clutter.append(GI_COOKIE)
    p.clutter += ["More winning applications \u00b7 M\u00e1s solicitudes ganadoras", "Read application \u00b7 Leer solicitud",
                  f"{GI_FUND} is a 501(c)(3) nonprofit organization.", f"\u00a9 2022 {GI_FUND}", "Privacy \u00b7 Privacidad",
                  "Part A \u00b7 About you \u00b7 Sobre ti", "Part B \u00b7 Short answers \u00b7 Respuestas cortas",
                  "Part C \u00b7 Essay \u00b7 Ensayo", "2021 awards \u00b7 Premios 2021"]
    return f"""<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<title>{esc(p.title)} | Showcase | {GI_FUND}</title>
<meta name="viewport" content="initial-scale=1, width=device-width">
<meta name="description" content="{html.escape(first)}'s winning application essay, 2021 awards.">
<link rel="alternate" hreflang="es" href="/es/ejemplos/2021/{slug(p.title)}/">
<link rel="stylesheet" href="/static/css/main.{digest(site, 'css', n=8)}.css">
</head>
<body class="template-showcase-entry-page">
{cookie}{news}<header class="site-header">
<a class="site-header__logo" href="/"><img src="/static/img/puente-logo.svg" alt="" width="40" height="40"> <span>{GI_FUND}</span> <span class="site-header__logo-es" lang="es">{GI_FUND_ES}</span></a>
<nav class="site-nav" aria-label="Main"><ul>
<li><a href="/about/">About \u00b7 Sobre nosotros</a></li><li><a href="/apply/">Apply \u00b7 Solicitar</a></li>
<li><a href="/showcase/" aria-current="page">Showcase \u00b7 Ejemplos</a></li><li><a href="/donate/" class="button">Donate \u00b7 Donar</a></li></ul></nav>
<ul class="lang-switch"><li><a href="/showcase/2021/{slug(p.title)}/" aria-current="true">English</a></li><li><a href="/es/ejemplos/2021/{slug(p.title)}/" lang="es">Espa\u00f1ol</a></li></ul>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/showcase/">Showcase</a></li><li><a href="/showcase/2021/">2021 awards \u00b7 Premios 2021</a></li></ol></nav>
<main id="main">
<article class="showcase-entry">
<header class="showcase-entry__header">
<p class="eyebrow">2021 awards \u00b7 Premios 2021</p>
<h1 class="showcase-entry__title">{esc(p.title)}</h1>
<p class="showcase-entry__award">{esc(award)}</p>
<div class="applicant-card"><span class="applicant-card__avatar" aria-hidden="true">{esc(first[0])}{esc(initial[0])}</span>
<div><p class="applicant-card__name">{esc(first)} {esc(initial)}</p><p class="applicant-card__school">{esc(school)}</p><p class="applicant-card__major">Intended major: {esc(p.level)}</p></div></div>
{credit}</header>
<section class="application" aria-label="Application">
<div class="application__section"><h2 class="application__section-title">Part A \u00b7 About you \u00b7 Sobre ti</h2>
<dl class="field-list">
<div class="field"><dt class="field__label">High school \u00b7 Escuela secundaria</dt><dd class="field__value">{esc(school)}</dd></div>
<div class="field"><dt class="field__label">Graduating class \u00b7 Generaci\u00f3n</dt><dd class="field__value">2021</dd></div>
<div class="field"><dt class="field__label">Intended major \u00b7 Carrera prevista</dt><dd class="field__value">{esc(p.level)}</dd></div>
<div class="field"><dt class="field__label">First in family to attend college \u00b7 Primera generaci\u00f3n universitaria</dt><dd class="field__value">{first_gen}</dd></div>
<div class="field"><dt class="field__label">Unweighted GPA \u00b7 Promedio</dt><dd class="field__value">{gpa}</dd></div>
</dl></div>
<div class="application__section"><h2 class="application__section-title">Part B \u00b7 Short answers \u00b7 Respuestas cortas</h2>
<div class="field field--text"><p class="field__label">Activities and work (150 words max) \u00b7 Actividades y trabajo</p><div class="field__value"><p>{esc(activity)}</p></div></div>
<div class="field field--text"><p class="field__label">Who helped you get here? \u00b7 \u00bfQui\u00e9n te ayud\u00f3 a llegar aqu\u00ed?</p><div class="field__value"><p>{esc(helper)}</p></div></div>
</div>
<div class="application__section application__section--essay"><h2 class="application__section-title">Part C \u00b7 Essay \u00b7 Ensayo</h2>
<p class="field__label">Prompt 2 of 3 \u00b7 Pregunta 2 de 3</p>
<p class="field__prompt">{esc(GI_PROMPT)}</p>
{summary if early else ""}<div class="field field--longtext"><div class="field__value rich-text">
{essay_html}
</div>
<p class="word-counter" aria-live="polite">{esc(counter)}</p></div>
{gate}{"" if early else summary}</div>
</section>
<section class="scores"><table class="scores__table"><caption>How readers scored this application \u00b7 C\u00f3mo puntuaron los lectores</caption>
<tbody>
{rows}<tr class="scores__total"><th scope="row">Overall \u00b7 Total</th><td>{sum(scores):g} / 20</td></tr>
</tbody></table></section>
</article>
<section class="more-entries"><h2>More winning applications \u00b7 M\u00e1s solicitudes ganadoras</h2>
<div class="card-grid">
{cards}</div></section>
</main>
<footer class="site-footer">
<p>{GI_FUND} is a 501(c)(3) nonprofit organization. EIN 91-{number(site, 'ein', mod=9000000, base=1000000)}</p>
<p>PO Box {number(site, 'box', mod=9000, base=1000)}, Yakima, WA 98907</p>
<ul><li><a href="/privacy/">Privacy \u00b7 Privacidad</a></li><li><a href="/contact/">Contact \u00b7 Contacto</a></li></ul>
<p>&copy; 2022 {GI_FUND}</p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------- main

SITES = {  # folder -> (writer; teaser pages; pages with references; twin pair, never used here)
    "raasay": (raasay, 3, 4, None),    # DSpace + pdf.js: line spans on PDF sheets, rights box above or below
    "westray": (westray, 3, 4, None),  # LISTSERV digest: wrapped PRE text, counts in the subject, reminder first or later
    "staffa": (staffa, 2, 4, None),    # Jupyter Book: prose among code cells, count cell at the top or the bottom
    "gigha": (gigha, 3, 3, None),      # application showcase: essay as a form field, Spanish summary above or below
}


def units_of(essay: dict) -> set[str]:
    """Normalised texts, longer than five words, of every non-heading block and every list item."""
    units = {norm(block_text(b)) for b in essay["blocks"] if b[0] != "heading" and len(block_text(b).split()) > 5}
    return units | {norm(i) for k, v in essay["blocks"] if k == "list" for i in v[1] if len(i.split()) > 5}


def choose_essays(cards: list[dict], seed: int, need: int) -> list[dict]:
    """Goes down the shuffled deck; an essay is accepted unless one of its units sits inside an accepted
    essay or an accepted unit is contained in it. Stops once `need` are accepted."""
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


def main() -> None:
    global SEED
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--seed", type=int, default=2026)
    args = ap.parse_args()
    SEED = args.seed
    rng = random.Random(args.seed)
    cards = parse_cards()
    rng.shuffle(cards)
    need = g.essays_needed(SITES, PAGES_PER_SITE)
    chosen = choose_essays(cards, args.seed, need)
    ESSAYS_BY_TITLE.clear()
    ESSAYS_BY_TITLE.update({e["title"]: e for e in chosen})

    def page_for(name: str, n: int, essay: dict, titles: list[str], page_rng: random.Random, twin: Page | None) -> Page:
        return Page(essay, page_rng, n, titles, name)

    def copy_twin(page: Page, twin: Page) -> None:
        page.blocks, page.cut, page.refs = twin.blocks, twin.cut, twin.refs
        page.words, page.pages, page.minutes = twin.words, twin.pages, twin.minutes
        page.level, page.grade = twin.level, twin.grade

    rows = g.write_site_folders(
        args.outdir, args.seed, SITES, chosen, PAGES_PER_SITE, page_for, copy_twin,
        lambda name, n, e: f"{name}\tpage-{n:02d}\t{e['id']}\t{e['words']}\t{e['title']}")
    header = "site\tpage\ttopic_card\tessay_words\tessay_title"
    (args.outdir / "SOURCES.tsv").write_text("\n".join([header, *rows]) + "\n", "utf-8")
    print(f"{len(SITES)} sites x {PAGES_PER_SITE} pages -> {args.outdir} ({need} essays from {len(cards)} cards)")


if __name__ == "__main__":
    main()
