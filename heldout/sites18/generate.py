"""Writes the EIGHTEENTH held-out set of essay-site folders (issue 13: how well a site is learned the first time it is seen).

    /work/main/.venv/bin/python heldout/sites18/generate.py /work/corpora/sites18-heldout [--seed 1818]

Four invented sites that show sample essays, 18 pages each. No earlier set (heldout/sites/ to sites17/) imitates
their markup families. Each page is written to OUTDIR/<site>/page-NN.html and its expected output to
OUTDIR/<site>/truth/page-NN.md (the format is documented in bench/scoring.py). The essays are composed here, from
topic cards (ESSAY_CARDS) and sentence patterns that sets eight to seventeen do not contain, so the tool under test
has never met their wording. A card is used on one page at most; OUTDIR/SOURCES.tsv records which. The same seed
always gives the same bytes.

Sites (markup families):
  wooler     a Wayback Machine capture (2010) of a ColdFusion / Dreamweaver-template coursework archive. The
             archive's toolbar sits, hidden by an inline style, inside the body; every link is rewritten to
             /web/<timestamp>/...; headings are bold paragraphs and paragraphs start with non-breaking spaces;
             a text-ad box and a rating box sit among the essay's paragraphs; "Readers of this essay also
             opened" quotes the opening words of other essays
  warkworth  Omeka Classic (Berlin theme): a local history society's archive of prize essays. The essay is the
             "Text" element of an item whose Dublin Core labels are h3s, like the essay's own headings; the
             Description repeats the essay's thesis sentence; bracketed editorial notes sit among the
             paragraphs; "More from this collection" quotes the thesis sentence of other entries
  alnmouth   CXone Expert (MindTouch) in the LibreTexts style: an open textbook's chapter of sample essays.
             The h1 and <title> carry a section number ("8.3: Title"); headings sit in mt-section wrappers
             with an anchor span, like the template's own sections; exercise boxes interrupt the essay;
             "Recommended articles" quotes a fact sentence of other essays
  bamburgh   Phoenix LiveView with Tailwind: an essay mill. The essay is a stream of block divs that also
             carries order prompts; an AI "Key points" box moves above or below it; on teaser pages the
             hidden part is replaced by jumbled decoy paragraphs under a blur; "Similar essay examples"
             quotes the sentence that opens the second strand of other essays

The truths, the folder layout and the choice of teaser pages and reference-list pages come from helpers imported
unchanged from sites/, sites2/ and sites3/.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import html
import importlib.util
import random
import re
from datetime import date, datetime, timedelta
from pathlib import Path
from urllib.parse import quote


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

# ------------------------------------------------------------------------------------------ the essays
# Each line is a card of eleven "|"-separated fields: title; subject; x, a singular noun phrase; the people, plural;
# the setting; the period; three strands (noun phrases with ";" between them); the thesis and the rival view (clauses that
# follow "that"); two facts. A fact holds exactly one full stop, at its end, so no sentence split falls inside it.

ESSAY_CARDS = """
Chains Over the Strait | history of technology | Telford's bridge over the Menai Strait | engineers, quarrymen and coach passengers bound for Ireland | the Menai Strait between Anglesey and the Welsh mainland | 1818 to 1826 | the wrought-iron chains tested link by link; the clearance demanded by the Admiralty; the mail coaches on the road to Holyhead | the bridge was a political project to bind Dublin to London as much as a feat of engineering | the bridge was simply the obvious next step in road building | Thomas Telford's suspension bridge over the Menai Strait opened in January 1826. | The Admiralty required a clearance of about one hundred feet so that tall ships could pass beneath it.
A River in an Iron Trough | history of technology | the Pontcysyllte Aqueduct | engineers, ironfounders and canal shareholders | the Dee valley near Llangollen | 1795 to 1805 | the cast-iron trough on tall stone piers; the ironworks that cast its plates; the northern line to Chester that was never dug | the aqueduct was a brilliant answer to a commercial question that its owners never solved | the aqueduct was a straightforward triumph for the company that paid for it | The Pontcysyllte Aqueduct carries the canal across the Dee valley in a cast-iron trough. | The aqueduct was opened in November 1805.
Trains Pushed by the Air | history of technology | the South Devon atmospheric railway | engineers, shareholders and passengers | the coast of south Devon between Exeter and Newton Abbot | 1844 to 1848 | the iron pipe laid between the rails; the leather flap sealed with tallow; the pumping houses along the line | the atmospheric railway failed for want of suitable materials rather than for want of a sound idea | the scheme was a folly that should never have been attempted | Atmospheric trains began carrying passengers between Exeter and Teignmouth in September 1847. | The atmospheric system was abandoned in September 1848.
The Dockers' Umbrella | history of technology | the Liverpool Overhead Railway | dock workers, engineers and ship owners | the line of docks along the Mersey | 1893 to 1956 | the electric trains running above the dock road; the automatic signals; the cost of mending the iron deck | the railway died because nobody would pay to repair it, not because the docks had stopped needing it | the railway was doomed by the decline of the port | The Liverpool Overhead Railway opened in 1893. | It was closed at the end of December 1956.
Gripping the Cable | history of technology | San Francisco's cable cars | engineers, investors and riders | the steep hills of San Francisco | 1873 to 1947 | the moving cable in a slot beneath the street; the grip worked by hand; the campaign that kept the last lines running | the cable car survived because residents came to treat it as a civic emblem rather than as transport | the cable cars survived only because tourists liked riding them | Andrew Hallidie's first cable car line opened on Clay Street in 1873. | Friedel Klussmann led a campaign against the removal of the cable cars in 1947.
The Village That Shut Its Gates | history of medicine | the plague at Eyam | villagers, their rector and the landowners nearby | the Derbyshire village of Eyam | 1665 to 1666 | the cloth sent from London; the boundary stones where food was left; the legend of sacrifice that grew later | the Eyam quarantine owes as much to later storytelling as to decisions taken at the time | the villagers' sacrifice saved the whole region from plague | Plague reached the village of Eyam in 1665, reputedly in a bundle of cloth from London. | The rector William Mompesson persuaded the villagers to cut themselves off from neighbouring places.
Forty Years Untreated | history of medicine | the Tuskegee syphilis study | Black sharecroppers, government doctors and a whistleblower | Macon County in Alabama | 1932 to 1972 | the men who were never told what they had; the penicillin that was withheld; the press report that ended it | the study lasted forty years because it was treated as routine by everyone involved | the study was the work of a handful of bad doctors | The Tuskegee study of untreated syphilis in Black men began in 1932. | The study was ended in 1972 after it was reported in the press.
Rappings at Hydesville | history | the Fox sisters | two young sisters, their older sister and the spiritualists who followed them | Hydesville in New York state | 1848 to 1888 | the knocking sounds in the farmhouse; the public séances in New York; the confession forty years later | spiritualism spread because it offered grieving families something the churches did not | the sisters were simple tricksters and nothing more | Kate and Margaret Fox said they heard spirit rappings in their house at Hydesville in 1848. | Margaret Fox publicly confessed in 1888 that the rappings had been faked.
A Formosan in London | literature | George Psalmanazar's Formosa | an impostor, his clerical patrons and London readers | London and the universities | 1703 to 1764 | the invented alphabet and language; the book on Formosa's customs; the confession in his memoirs | Psalmanazar succeeded because he told learned readers what they already expected of distant places | only the credulous ever believed him | George Psalmanazar published an invented description of Formosa in 1704. | His confession appeared in memoirs published after his death.
The Princess From Javasu | history | Princess Caraboo | a servant girl, a magistrate's family and the Bristol papers | Almondsbury near Bristol | 1817 | the invented language; the hosts who believed her; the lodging-house keeper who recognised her | Caraboo's hosts believed her because the story flattered their learning | the hoax shows nothing except how foolish her hosts were | A young woman calling herself Princess Caraboo appeared near Bristol in 1817. | She was identified as Mary Baker, a servant from Devon.
An Afternoon of Nonsense | literature | the Ern Malley hoax | poets, magazine editors and a police prosecutor | Melbourne and Adelaide | 1943 to 1944 | the poems assembled from random books; the magazine that printed them; the obscenity trial that followed | the hoax damaged Australian modernism far less than its authors intended | the hoax proved that modern poetry was meaningless | The Ern Malley poems appeared in the magazine Angry Penguins in 1944. | James McAuley and Harold Stewart had written the poems in a single afternoon.
A Body Off Huelva | history | Operation Mincemeat | intelligence officers, a dead man and Spanish officials | the Spanish coast near Huelva | 1943 | the corpse with its false papers; the briefcase read by German agents; the invasion that followed | the deception worked because it told the enemy what it already feared | the operation alone decided the invasion of Sicily | A corpse carrying false papers about Allied invasion plans was put into the sea off Huelva in April 1943. | The Allied invasion of Sicily began in July 1943.
A Country That Was Not There | economic history | the Poyais scheme | settlers, bondholders and a Scottish soldier of fortune | the Mosquito Coast of Central America | 1821 to 1837 | the invented country and its bonds; the settlers who sailed from Britain; the deaths on the coast | Poyais succeeded because it copied the forms of real Latin American loans | only greedy investors were harmed by the scheme | Gregor MacGregor raised money in London for the invented country of Poyais in the 1820s. | Many of the settlers who sailed for Poyais in 1822 and 1823 died of disease.
Fifty Per Cent in Forty-Five Days | economic history | Ponzi's postal coupon scheme | small investors, clerks and bank examiners | Boston | 1919 to 1920 | the international reply coupons; the promise of impossible returns; the newspaper that looked into the books | the scheme collapsed because of journalism before the regulators caught up with it | the scheme was an entirely new kind of crime | Charles Ponzi promised investors a return of fifty per cent in forty-five days. | The Boston Post investigated his business in the summer of 1920.
The Match King | economic history | the collapse of Ivar Kreuger's match empire | financiers, governments and small shareholders | Stockholm, New York and Paris | 1917 to 1932 | the match monopolies bought from governments; the forged Italian bonds; the suicide in Paris | Kreuger's frauds were possible because his loans to governments looked like statesmanship | Kreuger was an honest businessman ruined by the Depression | Ivar Kreuger shot himself in Paris in March 1932. | His companies lent money to governments in return for monopolies on matches.
Tanks Full of Seawater | economic history | the salad oil swindle | commodity traders, warehouse inspectors and brokers | a tank farm at Bayonne in New Jersey | 1960 to 1963 | the tanks that held water under a layer of oil; the warehouse receipts used as collateral; the brokers ruined by the collapse | the swindle worked because everyone trusted paper more than tanks | the fraud was too clever for anyone to detect | Tino De Angelis borrowed against tanks of vegetable oil that were largely filled with seawater. | The fraud came to light in November 1963.
Diamonds on the Mesa | economic history | the diamond hoax of 1872 | prospectors, bankers and government geologists | a remote mesa in north-west Colorado | 1872 | the gems scattered on the ground; the investors in San Francisco; the survey that exposed the fraud | the hoax was exposed by public science rather than by the bankers who paid for it | the investors were uniquely gullible | Two prospectors salted a site in north-west Colorado with diamonds and rubies in 1872. | The geologist Clarence King exposed the hoax in November 1872.
A Thousand Lines on Paper | economic history | the Railway Mania | investors, promoters and members of Parliament | the stock exchanges of Britain | 1844 to 1847 | the hundreds of railway bills; the accounts of George Hudson; the crash of 1847 | the mania left behind a network that a sober market might never have built | the mania was pure waste and nothing else | Parliament authorised hundreds of new railway companies in 1846. | George Hudson, the railway king, was found to have paid dividends out of capital.
The Corner House Falls | economic history | the collapse of Overend, Gurney and Company | bankers, depositors and the directors of the Bank of England | Lombard Street in the City of London | 1865 to 1869 | the bad loans to railway contractors; the run on the bank; the trial of the directors | the crisis taught the Bank of England to act as a lender of last resort | the failure was the fault of a few reckless partners | Overend, Gurney and Company stopped payment in May 1866. | The panic that followed began on a day remembered as Black Friday.
Bankers in the Library | economic history | the Panic of 1907 | bankers, depositors and speculators | Wall Street and the banks of New York | 1907 to 1913 | the failed attempt to corner copper shares; the run on the Knickerbocker Trust; the bankers gathered in Morgan's library | the panic created the Federal Reserve by showing the limits of private rescue | J P Morgan saved the financial system single-handed | The Knickerbocker Trust Company suffered a run in October 1907. | Congress created the Federal Reserve in 1913.
Skilled Work, Unskilled Pay | social history | the Dagenham sewing machinists' strike | women machinists, union officials and government ministers | the Ford plant at Dagenham in Essex | 1968 to 1970 | the grading that called their work unskilled; the strike that halted car production; the Equal Pay Act | the strike changed the law without settling the women's own claim | the strike won equal pay at once | Women sewing machinists at Ford's Dagenham plant went on strike in June 1968. | Parliament passed the Equal Pay Act in 1970.
Barges at Dawn | social history | the Homestead strike | steelworkers, Pinkerton guards and the steel company | Homestead on the Monongahela near Pittsburgh | 1892 | the lockout at the mill; the battle with the Pinkertons on the river bank; the militia sent by the state | the strike was broken because the state sided openly with the company | the union was destroyed by its own violence | Steelworkers at Homestead fought Pinkerton agents who arrived by barge in July 1892. | The state militia was sent to Homestead after the battle.
Trespass on the Plateau | social history | the mass trespass on Kinder Scout | ramblers, gamekeepers and landowners | the moors of the Peak District | 1932 to 1951 | the walkers from Manchester; the scuffles with the keepers; the prison sentences | the trespass mattered less than the quieter campaigning that followed it | the trespass alone won the right to roam | Ramblers staged a mass trespass on Kinder Scout in April 1932. | The Peak District became Britain's first national park in 1951.
Strikers in Saris | social history | the Grunwick dispute | Asian women workers, trade unionists and managers | a film processing plant in Willesden | 1976 to 1978 | the walkout over forced overtime; the mass pickets; the inquiry the company ignored | Grunwick showed that solidarity could not beat an employer willing to ignore the law | the strikers lost because they lacked support | Workers walked out of the Grunwick film processing plant in August 1976. | Jayaben Desai led the strike.
Women at the Wire | politics | the Greenham Common peace camp | women protesters, soldiers and local residents | an air base in Berkshire | 1981 to 2000 | the march from Cardiff; the fence decorated and cut; the missiles that came and went | Greenham changed the culture of protest more than it changed defence policy | the camp made no difference to anything | Women who had marched from Cardiff set up a peace camp at Greenham Common in 1981. | Cruise missiles arrived at the base in November 1983.
No Popery | history | the Gordon Riots | Protestant crowds, Catholic families and soldiers | London | 1780 | the petition against the relief act; the burning of Newgate; the troops in the streets | the riots were a protest against authority as much as against Catholics | the riots were purely religious in motive | Lord George Gordon led a crowd to Parliament to present a petition in June 1780. | Rioters burned Newgate Prison.
The Witchfinder's Fees | law | Matthew Hopkins's witch hunt | accused women, parish officials and the witchfinders | the towns of Essex and Suffolk | 1644 to 1647 | the sleep deprivation used in questioning; the fees paid by the towns; the pamphlets of critics | the witch hunt grew out of the breakdown of authority during the civil war | the hunt was the work of one fanatic | Matthew Hopkins began accusing people of witchcraft in Essex in 1644. | He published The Discovery of Witches in 1647.
The Wrong Man Twice | law | the Adolf Beck case | a wrongly convicted man, the witnesses who named him and the judges | the criminal courts of London | 1896 to 1907 | the mistaken identification; the second conviction; the new court of appeal | the Beck case created a court of appeal because it exposed a system with no means of correcting itself | the case was a freak error that proved nothing about the system | Adolf Beck was wrongly convicted of fraud in London in 1896. | The Court of Criminal Appeal was created in 1907.
Three Brides Drowned | law | the Brides in the Bath case | a bigamist, the families of his victims and a pathologist | lodging houses in Herne Bay, Blackpool and Highgate | 1912 to 1915 | the three drowned wives; the newspaper report that linked them; the demonstration in court | the case was won by showing a pattern rather than by proving any single death | the case rested on one pathologist's brilliance | George Joseph Smith was hanged in 1915 after three of his brides were found drowned in their baths. | A relative of one of the dead women noticed a newspaper report of a similar death.
A Brooch in a Pawnshop | law | the Oscar Slater case | a German immigrant, the Glasgow police and a famous novelist | the West End of Glasgow | 1908 to 1928 | the murder of an elderly woman; the faulty identification; the campaign for his release | Slater was convicted because he was a foreigner with a bad name | the police made an honest mistake | Oscar Slater was convicted of murdering Marion Gilchrist in Glasgow in 1909. | His conviction was quashed in 1928.
The Shoemaker and the Fish Pedlar | law | the Sacco and Vanzetti case | two anarchists, a judge and campaigners around the world | South Braintree and Dedham in Massachusetts | 1920 to 1927 | the payroll robbery; the trial; the worldwide protest | the two men were tried for their politics as much as for the robbery | the case was a fair trial of guilty men | Nicola Sacco and Bartolomeo Vanzetti were arrested in May 1920. | They were executed in August 1927.
A Ladder at Hopewell | law | the Lindbergh kidnapping | the aviator's family, detectives and reporters | Hopewell and the courthouse at Flemington in New Jersey | 1932 to 1936 | the ladder and the ransom notes; the gold certificates traced to a garage; the trial reporters called the trial of the century | the trial was shaped by pressure from the press more than by evidence | the case was solved by brilliant detective work | Charles Lindbergh's infant son was kidnapped from the family home in March 1932. | Bruno Richard Hauptmann was executed in April 1936.
A Seat in the Wrong Carriage | law | Plessy v Ferguson | a shoemaker, a citizens' committee and the justices | a railway carriage in Louisiana and the Supreme Court | 1890 to 1896 | the test case planned by the committee; the separate car act; the lone dissent | the case was lost in court but its dissent later became a weapon | the case was a hopeless cause from the start | Homer Plessy was arrested in 1892 for sitting in a railway carriage reserved for white passengers. | Justice John Marshall Harlan dissented when the Supreme Court ruled against Plessy in 1896.
Copies Ordered Destroyed | literature | the trial of The Well of Loneliness | a novelist, a newspaper editor and a magistrate | Bow Street magistrates' court in London | 1928 | the editorial demanding a ban; the expert witnesses who were not heard; the order to destroy the copies | the trial made the novel far more famous than its merits alone would have | the ban protected public morals | Radclyffe Hall's novel The Well of Loneliness was published in 1928. | A magistrate ordered the destruction of the seized copies in November 1928.
Aimed at the Heart, Hit the Stomach | literature | Upton Sinclair's The Jungle | meatpackers, readers and politicians | the stockyards of Chicago | 1905 to 1906 | the serial in a socialist weekly; the public disgust at the meat; the inspection laws | the novel changed food law while missing its real target, the workers | the novel achieved exactly what its author wanted | Upton Sinclair's The Jungle was published as a book in 1906. | Congress passed the Meat Inspection Act in 1906.
A Fable for Tomorrow | literature | Rachel Carson's Silent Spring | a biologist, chemical companies and government scientists | the farms, rivers and suburbs of the United States | 1962 to 1972 | the chapters serialised in The New Yorker; the attacks from industry; the ban on DDT | Silent Spring succeeded because Carson wrote science as a moral story | the book was alarmist and mostly wrong | Rachel Carson's Silent Spring was published in 1962. | The United States banned most uses of DDT in 1972.
Cabin in the Parlour | literature | Uncle Tom's Cabin | a novelist, her readers and abolitionists | the northern United States and Britain | 1851 to 1853 | the serial in an anti-slavery paper; the huge sales in Britain; the stage versions | the novel's influence came from its stage versions as much as from the book | the novel on its own caused the Civil War | Uncle Tom's Cabin first appeared as a serial in an anti-slavery newspaper in 1851. | It was published as a book in 1852.
Poems in a Drawer | literature | the first editions of Emily Dickinson | an editor, a divided family and readers | Amherst in Massachusetts | 1886 to 1955 | the hundreds of poems found after her death; the editors' changes to her punctuation; the restored texts | Dickinson's first editors made her famous by making her conventional | the first editors simply betrayed the poems | Emily Dickinson's sister Lavinia found hundreds of poems after Emily's death in 1886. | The first selection of her poems was published in 1890.
Thou Shalt Commit | literature | the Wicked Bible | the royal printers, bishops and readers | the King's Printing House in London | 1631 | the missing word in the seventh commandment; the fine imposed by the court; the copies destroyed | the punishment was about control of a trade the crown wanted to regulate | the error was deliberate sabotage | A Bible printed in London in 1631 left the word not out of the commandment against adultery. | The printers were fined and most copies were destroyed.
A Map of Ideas | literature | Roget's Thesaurus | a physician, his publishers and generations of writers | Roget's house in Bloomsbury | 1805 to 1852 | the private word list kept for decades; the categories of ideas; the many later editions | the thesaurus was meant as a map of ideas and became a tool for finding words | the thesaurus was always meant as an aid to writing | Peter Mark Roget began compiling his classified word list in 1805. | His Thesaurus was first published in 1852.
A Manual for the Mistress | literature | Mrs Beeton's Book of Household Management | a young writer, her publisher husband and middle-class readers | London and its suburbs | 1859 to 1861 | the monthly parts; the recipes borrowed from other books; the editions issued after her death | the book succeeded as a guide to running a household rather than as a cookery book | the recipes were her own original work | Isabella Beeton's Book of Household Management was published as a single volume in 1861. | She died in 1865 at the age of twenty-eight.
A Girl Bought for Five Pounds | media | the Maiden Tribute of Modern Babylon | a campaigning editor, reformers and newspaper readers | the Pall Mall Gazette in London | 1885 | the girl bought to prove a point; the sensational articles; the editor's prison sentence | the campaign changed the law by methods the law itself punished | the campaign was pure sensationalism | W T Stead's articles appeared in the Pall Mall Gazette in July 1885. | Parliament raised the age of consent to sixteen later that year.
A Spelling Mistake | media | the Parnell letters | a forger, The Times and an Irish leader | London and Dublin | 1887 to 1889 | the facsimile letter printed by The Times; the special commission; the misspelled word that gave the forger away | the forgery collapsed because of a spelling test, not because anyone doubted the story | the newspaper was an innocent dupe | The Times printed a letter said to be written by Charles Stewart Parnell in April 1887. | Richard Pigott confessed to forging the letters in February 1889.
A Family Round the Table | media | the first Christmas card | a civil servant, an artist and printers | London | 1843 | the card designed by Horsley; the complaints about the drinking child; the cheap postage that made it possible | the card was a product of cheap post and cheap printing more than of sentiment | the card began a tradition at once | Henry Cole commissioned the first commercial Christmas card in 1843. | Some critics complained that it showed a child drinking wine.
Settling Arguments in Pubs | media | the Guinness Book of Records | brewery managers, twin researchers and readers | the Guinness brewery and an office in Fleet Street | 1951 to 1960 | the argument about the fastest game bird; the McWhirter twins; the sales at Christmas | the book succeeded as a marketing tool that grew into a publishing business | the book was a work of pure reference | The first Guinness Book of Records was published in 1955. | Norris and Ross McWhirter compiled it.
Gold in the Trench | archaeology | Schliemann's excavations at Hisarlik | an excavator, Ottoman officials and classical scholars | the mound of Hisarlik in north-west Anatolia | 1870 to 1890 | the great trench cut through the mound; the treasure he named after Priam; the layers destroyed on the way down | Schliemann found a site and destroyed much of the evidence of what it was | Schliemann proved that Homer's Troy existed | Heinrich Schliemann began digging at Hisarlik in 1870. | He announced the discovery of what he called Priam's treasure in 1873.
Silver Under the Plough | archaeology | the Mildenhall Treasure | a ploughman, a collector and a coroner | a field at West Row in Suffolk | 1942 to 1946 | the silver found while ploughing; the years it stayed on a sideboard; the coroner's inquest on treasure trove | the treasure's story shows the weaknesses of the old law of treasure trove | the men who kept it were simply greedy | The Mildenhall Treasure was ploughed up in Suffolk in 1942. | It was declared treasure trove in 1946.
A Cleaver in the Gallery | art | the slashing of the Rokeby Venus | a suffragette, gallery attendants and the press | the National Gallery in London | 1914 | the meat cleaver hidden in her sleeve; the statement given to the press; the restoration of the canvas | the attack used a painting to make a point about what society valued in women | the attack was mindless vandalism | Mary Richardson attacked the Rokeby Venus in the National Gallery in March 1914. | She used a meat cleaver.
Labels of Contempt | art | the Degenerate Art exhibition | party officials, banned artists and visitors | the exhibition halls of Munich | 1937 | the works seized from German museums; the insulting wall labels; the vast attendance | the exhibition drew more visitors to modern art than it had ever had | the exhibition succeeded as propaganda | The Degenerate Art exhibition opened in Munich in July 1937. | More than two million people visited it in Munich.
Turned to See the Applause | music | the first performance of Beethoven's Ninth | musicians, singers and a Viennese audience | the Kärntnertortheater in Vienna | 1824 | the deaf composer on the stage; the under-rehearsed orchestra; the applause he could not hear | the premiere's fame rests on one story more than on the performance itself | the premiere was a flawless triumph | Beethoven's Ninth Symphony was first performed in Vienna in May 1824. | A singer turned the deaf composer round to see the applause.
Ten Arias in a Hotel Room | music | Caruso's first gramophone records | a tenor, a recording engineer and record buyers | a hotel room in Milan and the studios that followed | 1902 to 1920 | the session of a single afternoon; the records that sold gramophones; the fees and royalties | Caruso and the gramophone made each other | the records merely documented a fame he already had | Enrico Caruso made his first gramophone records in Milan in 1902. | He recorded ten songs in a single afternoon.
Pluggers and Publishers | music | Tin Pan Alley | songwriters, song pluggers and publishers | West 28th Street in Manhattan | 1885 to 1930 | the sheet music sold in millions; the pluggers in department stores; the coming of radio | Tin Pan Alley turned song writing into an industry | the songs were the folk music of the city | Music publishers gathered on West 28th Street in New York in the 1890s. | Song pluggers played new songs in shops to sell sheet music.
Roundabouts and Concrete Cows | architecture | Milton Keynes | planners, new residents and farmers | north Buckinghamshire | 1967 to 1980 | the grid of roads; the concrete cows; the shopping building | Milton Keynes worked because it was planned for cars and people together | Milton Keynes is a soulless place | Milton Keynes was designated as a new town in 1967. | Its central shopping building opened in 1979.
A Village of Rescued Buildings | architecture | Portmeirion | an architect, visitors and television makers | a peninsula near Porthmadog in north Wales | 1925 to 1976 | the buildings saved from demolition; the Italianate style; the television series filmed there | Portmeirion was an argument about architecture disguised as a holiday village | Portmeirion was a rich man's folly | Clough Williams-Ellis began building Portmeirion in 1925. | The television series The Prisoner was filmed there.
A Tower Built in Haste | architecture | Fonthill Abbey | a rich collector, builders and visitors | the Wiltshire downs | 1796 to 1825 | the tower raised at speed; the solitude of its owner; the collapse | Fonthill shows what money could buy and what it could not | Beckford's eccentricity is enough to explain it | William Beckford began building Fonthill Abbey in 1796. | Its great tower collapsed in 1825.
Onion Domes by the Sea | architecture | the Royal Pavilion at Brighton | a prince, his architects and his critics | Brighton | 1787 to 1823 | the first farmhouse villa; the Indian exterior; the Chinese interiors | the Pavilion was a serious statement of taste | the Pavilion was a joke in bad taste | Henry Holland built a Marine Pavilion at Brighton for the Prince of Wales in 1787. | John Nash rebuilt it in an Indian style between 1815 and 1823.
Ruins Kept Standing | architecture | the new Coventry Cathedral | architects, clergy and artists | the centre of Coventry | 1940 to 1962 | the ruins kept beside the new building; the architectural competition; the great tapestry | the new cathedral turned reconciliation into architecture | the cathedral was a modernist experiment | Coventry's medieval cathedral was destroyed by bombing in November 1940. | The new cathedral was consecrated in May 1962.
Chocolate in the Country | social history | Bournville | chocolate workers, the Cadbury family and architects | the country south of Birmingham | 1879 to 1900 | the factory moved out of the city; the village trust; the rules on drink | Bournville was more open than other model villages | Bournville was purely a company town | George and Richard Cadbury moved their factory to Bournville in 1879. | The Bournville Village Trust was set up in 1900.
A Fortress of Flats | architecture | the Karl-Marx-Hof | workers, architects and city councillors | Vienna | 1927 to 1934 | the long housing block; the courtyards and laundries; the shelling in the civil war | Red Vienna's housing was a political programme built in concrete | the block was designed as a fortress | The Karl-Marx-Hof housing block in Vienna was completed in 1930. | It was shelled by government forces during the civil war of February 1934.
A House Over a Waterfall | architecture | Fallingwater | an architect, a department store owner and his builders | Bear Run in the woods of Pennsylvania | 1935 to 1939 | the house placed over the falls; the cantilevered terraces; the client's engineers who doubted them | Fallingwater became famous for its risks as much as for its beauty | Fallingwater was a flawless piece of engineering | Frank Lloyd Wright designed Fallingwater for the Kaufmann family in 1935. | Its cantilevered terraces later needed major structural repairs.
A City Without a Landlord | architecture | the Kowloon Walled City | residents, officials and photographers | Kowloon in Hong Kong | 1945 to 1994 | the legal limbo; the buildings piled on buildings; the demolition | the walled city was a self-organised town | the walled city was lawless | The Kowloon Walled City was demolished in 1993 and 1994. | Britain and China disputed authority over it for decades.
The Cow That Was Framed | history | the Great Chicago Fire | residents, firemen and rebuilders | the wooden city of Chicago | 1871 to 1873 | the tale of Mrs O'Leary's cow; the dry summer and the timber buildings; the stone and brick city built afterwards | the legend of the cow reveals prejudice against Irish immigrants rather than the cause of the fire | the fire wiped the old city out completely and left nothing to build on | The Great Chicago Fire began on the evening of 8 October 1871. | The reporter who blamed Mrs O'Leary's cow later admitted that he had made the story up.
Raising an Island | environmental history | the Galveston hurricane | residents, engineers and city officials | Galveston on the coast of Texas | 1900 to 1911 | the warnings the weather bureau played down; the seawall built along the gulf; the grade raising that lifted whole streets | Galveston was rebuilt but lost its commercial lead to Houston | the seawall made the city safe for good | A hurricane destroyed much of Galveston in September 1900. | The city afterwards built a seawall and raised the level of its ground.
Mulholland's Dam | environmental history | the St Francis Dam disaster | engineers, ranchers and residents | San Francisquito Canyon in California | 1924 to 1928 | the dam built on weak rock; the collapse at night; the inquest | the collapse was a failure of the organisation rather than of one man | the dam failed through an unforeseeable accident | The St Francis Dam in California collapsed in March 1928. | William Mulholland accepted responsibility at the inquest.
A Wave Over the Dam | environmental history | the Vajont dam disaster | mountain villagers, engineers and state officials | the valley of the Piave below Longarone | 1957 to 1968 | the mountainside that had been creeping for years; the wave that swept Longarone; the trial of the engineers | the disaster was predicted by the company's own surveys and allowed to happen | the disaster was an act of nature that nobody could foresee | A landslide into the Vajont reservoir sent a wave over the dam in October 1963. | The dam itself was left almost undamaged.
One Cracked Eyebar | history of technology | the Silver Bridge collapse | drivers, engineers and bridge inspectors | the Ohio River between Point Pleasant and Ohio | 1928 to 1971 | the chain of eyebars; the collapse in rush hour; the new inspection programme | the collapse created the modern system of bridge inspection | the collapse was a freak accident | The Silver Bridge over the Ohio River collapsed in December 1967. | A crack in a single eyebar was found to have caused the collapse.
A Change Nobody Checked | history of technology | the Hyatt Regency walkway collapse | engineers, dancers and city inspectors | a hotel lobby in Kansas City | 1980 to 1985 | the hanger rods; the collapse during a dance; the loss of licences | the collapse was caused by a change nobody checked | the collapse was the fault of one engineer | Two walkways collapsed in the lobby of the Hyatt Regency hotel in Kansas City in July 1981. | The engineers responsible later lost their licences.
A School on a Dump | environmental history | Love Canal | residents, a chemical company and officials | Niagara Falls in New York | 1942 to 1980 | the buried waste; the school built on top; the relocation of families | Love Canal changed the law because residents refused to go quietly | the residents overreacted to a small risk | Hooker Chemical buried waste in the Love Canal site in the 1940s and early 1950s. | Congress passed the Superfund law in 1980.
A Valve Stuck Open | history of technology | the accident at Three Mile Island | operators, engineers and residents | Middletown in Pennsylvania | 1979 | the stuck valve; the confusion in the control room; the advice to evacuate | the accident was a failure of information more than of machinery | the accident was a disaster for the region | A reactor at Three Mile Island partly melted down in March 1979. | The film The China Syndrome had opened days earlier.
Milk Down the Drain | history of technology | the Windscale fire | workers, scientists and farmers | the Cumbrian coast | 1957 | the fire in the reactor; the milk poured away; the report kept quiet | the fire was handled well and then hidden | the fire was handled well in every respect | A fire broke out in a reactor at Windscale in October 1957. | Milk from farms around the site was poured away.
A Cloud Over Lombardy | environmental history | the Seveso disaster | residents, managers and officials | the town of Seveso near Milan | 1976 to 1982 | the cloud of dioxin; the slow warning; the European directive | Seveso changed European law because of the delay rather than the cloud | the disaster was handled well | A chemical plant near Seveso released a cloud containing dioxin in July 1976. | The European Community adopted the Seveso Directive in 1982.
A Fire Under the Town | environmental history | the Centralia mine fire | residents, miners and officials | Centralia in Pennsylvania | 1962 to 1992 | the fire in the coal seams; the hole in a garden; the evacuation | the fire could have been stopped early and was not | the fire could never have been stopped | A fire began in the coal seams beneath Centralia in 1962. | Pennsylvania took the town's property by eminent domain in 1992.
A Shortcut in Winter | exploration | the Donner Party | emigrant families, their guides and the rescue parties | the passes of the Sierra Nevada | 1846 to 1847 | the untried shortcut through the Wasatch; the snow at the lake; the four relief parties | the disaster was caused by a chain of choices rather than by bad luck | the party was simply unlucky with the early snow | The Donner Party was trapped by snow in the Sierra Nevada in late 1846. | The first rescue party reached the survivors in February 1847.
Camels for the Interior | exploration | the Burke and Wills expedition | explorers, Aboriginal people and the expedition committee | the route from Melbourne to the Gulf of Carpentaria | 1860 to 1861 | the camels and the baggage; the depot at Cooper Creek; the deaths on the way back | the expedition failed through its organisation rather than its leader alone | Burke alone was to blame | The Burke and Wills expedition left Melbourne in August 1860. | Burke and Wills died near Cooper Creek in 1861.
Last Seen Going Strongly | exploration | Mallory and Irvine on Everest | climbers, porters and the Everest Committee | the north side of Everest | 1921 to 1999 | the oxygen sets; the last sighting; the body found in 1999 | the question of the summit matters less than why we want it answered | the two men reached the summit | George Mallory and Andrew Irvine were last seen high on Everest in June 1924. | Mallory's body was found in 1999.
Letters From Botany Bay | exploration | La Pérouse's lost expedition | sailors, scientists and searchers | the Pacific Ocean | 1785 to 1828 | the voyage of two ships; the letters left at Botany Bay; the wrecks at Vanikoro | the expedition's fate shows the limits of Enlightenment science | the disappearance is an unsolvable mystery | La Pérouse sailed from Brest with two ships in 1785. | Wreckage from his ships was found at Vanikoro in 1827.
The Raft and the Painting | maritime history | the raft of the Medusa | sailors, soldiers and officers of the French navy | the Arguin bank off the coast of West Africa | 1816 to 1819 | the captain appointed for his loyalty; the raft cut loose from the boats; Géricault's huge canvas | the raft became a political scandal more than a naval one | the wreck was the fault of one incompetent captain | The French frigate Méduse ran aground off the coast of West Africa in July 1816. | Théodore Géricault exhibited his painting of the raft in 1819.
Steamships in the Bay | history | Perry's black ships | American sailors, Japanese officials and Dutch interpreters | Uraga Bay at the mouth of Edo Bay | 1853 to 1854 | the steam warships that needed no wind; the letter from the American president; the treaty signed the next spring | the treaty was shaped by Japanese choices as much as by American guns | Japan was simply forced open at gunpoint | Commodore Matthew Perry's squadron anchored off Uraga in July 1853. | The Treaty of Kanagawa was signed in March 1854.
The Plague Among the Cattle | history of medicine | the cattle plague of 1865 | farmers, veterinary surgeons and government ministers | the dairies and farms of England | 1865 to 1867 | the cows in the London dairies; the compulsory slaughter; the new inspectors | the cattle plague created state veterinary medicine in Britain | the compulsory slaughter was needless cruelty | Cattle plague reached Britain in 1865. | Parliament passed the Cattle Diseases Prevention Act in 1866.
Daylight and Tax | economic history | the window tax | householders, tax collectors and doctors | the towns and villages of England | 1696 to 1851 | the tax on windows; the bricked-up windows; the campaign on health grounds | the window tax was a rough tax on wealth that ended up damaging health | the window tax was a sensible way to raise money | The window tax was introduced in England in 1696. | It was repealed in 1851.
Paper Sons | law | the Chinese Exclusion Act | migrants, politicians and immigration officials | the ports and courts of the United States | 1882 to 1943 | the ban on Chinese labourers; the paper sons who claimed citizens as fathers; the repeal during the Second World War | the act created the machinery of modern immigration control | the act was a temporary measure that had little lasting effect | Congress passed the Chinese Exclusion Act in 1882. | It was repealed in 1943.
Courts Closed by Farmers | history | Shays' Rebellion | indebted farmers, Boston creditors and the state militia | the hill towns of western Massachusetts | 1786 to 1787 | the debts and taxes that had to be paid in coin; the courts closed by armed farmers; the attack on the Springfield armoury | the rebellion pushed the nation's leaders towards a stronger constitution | the rebellion was the work of a lawless mob | Farmers in western Massachusetts closed the county courts in 1786. | The rebels were driven off at the Springfield armoury in January 1787.
Cheering Ship to Ship | maritime history | the Invergordon mutiny | sailors, their officers and government ministers | the Cromarty Firth in the Scottish Highlands | 1931 | the pay cuts that fell hardest on the lowest ranks; the cheering that spread between ships; the run on the pound | the mutiny helped force Britain off the gold standard | the mutiny was a minor disturbance of no importance | Sailors of the Atlantic Fleet refused duty at Invergordon in September 1931. | Britain left the gold standard a few days later.
A Treaty for a Plane | history of technology | Concorde | engineers, airlines and two governments | the assembly lines at Toulouse and Filton | 1962 to 2003 | the treaty that made cancellation almost impossible; the sonic boom that closed overland routes; the crash at Gonesse | Concorde was a political project first and an aircraft second | Concorde was a commercial plane killed by a single crash | Britain and France agreed to build Concorde in 1962. | Concorde made its last commercial flight in October 2003.
Gull Wings at Dunmurry | economic history | the DeLorean Motor Company | a car maker, factory workers and government ministers | a greenfield factory at Dunmurry near Belfast | 1978 to 1982 | the government grants to create jobs; the stainless steel car with gull-wing doors; the receivership | the factory was a political project dressed as a business | DeLorean was simply a con man | Production of the DeLorean car began at Dunmurry near Belfast in 1981. | The company went into receivership in 1982.
Seventy-Nine Days | economic history | New Coke | executives, taste testers and loyal drinkers | the Coca-Cola headquarters in Atlanta | 1985 | the blind taste tests; the protest letters and telephone calls; the return of the old formula | New Coke showed what taste tests cannot measure | New Coke was a deliberate marketing plot | Coca-Cola launched New Coke in April 1985. | The original formula returned in July 1985.
A Tent on the Peninsula | architecture | the Millennium Dome | ministers, designers and visitors | the Greenwich peninsula on the Thames | 1997 to 2000 | the cleaned-up gasworks site; the themed zones inside; the visitor numbers | the Dome failed as an exhibition and succeeded as a building | the Dome was a waste of money from the start | The Millennium Dome opened on the last night of 1999. | It attracted far fewer visitors than had been forecast.
The Mountain as a Diagram | exploration | Humboldt's climb of Chimborazo | scientists, local guides and European readers | the volcanic Andes of Ecuador | 1802 to 1807 | the climb towards the summit; the plants recorded at each height; the great cross-section of the mountain | Humboldt's ascent produced a new way of seeing nature as a whole | the climb was a mountaineering stunt | Alexander von Humboldt climbed high on Chimborazo in June 1802. | He published his picture of plant zones on the mountain in 1807.
Bones in the Workhouse | social history | the Andover workhouse scandal | paupers, the workhouse master and assistant commissioners | the union workhouse at Andover in Hampshire | 1845 to 1847 | the bone-crushing work; the select committee; the new Poor Law Board | the scandal exposed a system rather than a single bad master | the scandal was one cruel master's fault | Inmates of the Andover workhouse were reported to be gnawing bones in 1845. | The Poor Law Commission was replaced by a Poor Law Board in 1847.
The Pit That Was Sealed | history of technology | the Gresford Colliery disaster | miners, rescue teams and mine inspectors | the coalfield near Wrexham in north Wales | 1934 to 1937 | the explosion in the Dennis section; the shaft sealed with men still below; the inquiry into the mine's records | the disaster came from years of ignored breaches that the inquiry exposed but did not punish | the explosion was a sudden accident that no one could have prevented | An explosion at Gresford Colliery killed 266 people in September 1934. | The shafts were sealed with most of the bodies still underground.
A Valley of Widows | history of technology | the Senghenydd explosion | colliers, their families and the mine's owners | the Aber valley north of Caerphilly | 1913 | the coal dust that carried the blast; the rescuers who worked for days; the trifling fines imposed afterwards | the disaster showed how lightly the law treated owners who broke safety rules | the explosion was an unavoidable hazard of deep mining | An explosion at the Universal Colliery in Senghenydd killed 439 people in October 1913. | The colliery manager was later fined a small sum for breaking safety rules.
Within Sight of the Harbour | maritime history | the Eyemouth fishing disaster | fishermen, their families and the harbour trustees | the Berwickshire fishing town of Eyemouth | 1881 | the boats caught by a sudden storm; the harbour too small to shelter them; the church quarrel over tithes on fish | the disaster was made worse by a harbour nobody had been willing to pay to improve | the storm alone explains the loss of life | A storm in October 1881 drowned 189 fishermen from the Scottish east coast, most of them from Eyemouth. | Many boats were lost within sight of the harbour.
Home for the New Year | maritime history | the loss of the Iolaire | returning sailors, their families and naval officers | the approach to Stornoway on the Isle of Lewis | 1918 to 1919 | the overcrowded yacht; the rocks called the Beasts of Holm; the inquiry that left questions open | the Iolaire disaster was caused by naval carelessness that the island never forgot | the loss was a pure accident of weather and darkness | The yacht Iolaire sank near Stornoway on New Year's morning 1919. | Most of those who drowned were sailors returning home from the war.
A Day Trip on the Thames | maritime history | the sinking of the Princess Alice | day trippers, crews and coroners | the Thames at Gallions Reach | 1878 | the collision with a collier; the river fouled by sewage outfalls; the inquests that blamed both ships | the death toll owed as much to the state of the river as to the collision | the captain of the collier alone was to blame | The pleasure steamer Princess Alice sank in the Thames after a collision in September 1878. | The river at that point was heavily polluted by sewage outfalls.
Signalmen at the Border | history of technology | the Quintinshill rail disaster | signalmen, soldiers and railway inspectors | the main line north of Gretna | 1915 | the late change of shift; the troop train; the fire among the gas-lit carriages | the crash came from habits of rule-bending that the company tolerated | the crash was the fault of two careless signalmen | A collision near Quintinshill on the Scottish border killed more than two hundred people in May 1915. | Most of the dead were soldiers travelling south to the war.
The Wrong Token | history of technology | the Abermule collision | stationmasters, porters and drivers | the single line through the Severn valley in Montgomeryshire | 1921 | the tablet instruments in the station office; the porter who handed over the wrong tablet; the report on staff discipline | the collision showed that a safe machine could be defeated by careless routines | the signalling system itself was faulty | Two trains collided on a single-track line near Abermule in January 1921. | The collision was caused by a mistake in handling the token that controlled the line.
Three Trains in the Fog | history of technology | the Harrow and Wealdstone collision | drivers, passengers and railway engineers | Harrow and Wealdstone station north-west of London | 1952 | the express that passed a danger signal; the third train running into the wreck; the warning system that followed | the disaster hastened a reform that engineers had already designed | the crash was caused by fog and nothing else | Three trains collided at Harrow and Wealdstone station in October 1952. | The disaster hastened the introduction of automatic warning systems on British Railways.
The Dead End at Moorgate | history of technology | the Moorgate tube crash | passengers, rescuers and railway investigators | the Northern City line in the City of London | 1975 | the train that did not slow down; the rescue in the tunnel; the protection fitted to terminal platforms | the crash led to a technical safeguard because its cause could never be established | the cause of the crash is obvious | A tube train ran into the dead end of the tunnel at Moorgate in February 1975. | After the crash a system to stop trains automatically at terminal platforms was introduced.
Smoke From the Escalator | history of technology | the King's Cross fire | passengers, station staff and firefighters | King's Cross underground station | 1987 to 1988 | the wooden escalator; the flashover in the ticket hall; the inquiry that changed the underground | the fire came from a culture that treated small fires as normal | the fire was caused by a careless smoker | A fire on an escalator at King's Cross station killed 31 people in November 1987. | Smoking had already been banned on the underground before the fire.
Nineteen Steps | social history | the Bethnal Green shelter disaster | shelterers, wardens and local councillors | the unfinished tube station at Bethnal Green | 1943 to 1945 | the dark stairway without a handrail; the crush; the report kept secret | the disaster was caused by warnings the authorities had received and ignored | the crowd panicked for no reason | A crush on the stairs of the Bethnal Green tube shelter killed 173 people in March 1943. | The government delayed publishing the official report until after the war.
Toys at the Foot of the Stairs | social history | the Victoria Hall disaster | children, entertainers and hall staff | the Victoria Hall in Sunderland | 1883 | the promise of free toys; the bolted door on the stairs; the law on exits that followed | the disaster was caused by a door, and the remedy was rightly a rule about doors | the children's rush alone caused the deaths | A crush at the Victoria Hall in Sunderland killed 183 children in June 1883. | After the disaster laws required public buildings to have doors that opened outwards.
Timber Under the Terraces | sport | the Ibrox disaster of 1902 | spectators, club directors and engineers | Ibrox Park in Glasgow | 1902 | the wooden terracing on iron frames; the collapse during an international match; the move to earth and concrete banking | the collapse changed how grounds were built but not who was held responsible | the collapse was a freak of weather | Part of a wooden terrace at Ibrox Park collapsed during a match in April 1902. | The disaster led clubs to build terraces on earth banks instead of timber.
Fireproof, the Posters Said | social history | the Iroquois Theater fire | matinee audiences, stagehands and city inspectors | a new theatre in the Loop in Chicago | 1903 | the asbestos curtain that jammed; the locked and hidden exits; the new theatre codes | the fire was caused by a city that inspected nothing and believed advertising | the fire was a tragic accident that nobody could have foreseen | A fire at the Iroquois Theater in Chicago killed more than six hundred people in December 1903. | Many exits were locked or hidden behind curtains.
A Revolving Door | social history | the Cocoanut Grove fire | nightclub guests, waiters and hospital doctors | a nightclub near Park Square in Boston | 1942 | the paper palm trees; the revolving door at the entrance; the burns treatment developed afterwards | the fire is remembered for what doctors learned as much as for what inspectors missed | the fire was started by a careless busboy | A fire at the Cocoanut Grove nightclub in Boston killed 492 people in November 1942. | Doctors treating the survivors made advances in the treatment of burns.
A Church Picnic on the East River | maritime history | the General Slocum disaster | parishioners, crew and steamboat inspectors | the East River in New York | 1904 | the rotten lifejackets; the captain who kept sailing; the neighbourhood that broke up afterwards | the disaster was caused by an inspection system that certified anything | the captain's panic alone caused the deaths | The steamboat General Slocum caught fire in the East River in June 1904. | Most of the dead were women and children from a German community in Manhattan.
Capsized at the Quay | maritime history | the Eastland disaster | factory workers, crew and federal inspectors | the Chicago River at Clark Street | 1915 | the ship's poor stability; the lifeboats added after the Titanic; the company picnic | the Eastland capsized partly because of safety rules written for a different disaster | the crew's handling of the ballast alone was to blame | The steamer Eastland rolled over while tied up in the Chicago River in July 1915. | Most of the passengers were workers going on a company picnic.
Overloaded Upriver | maritime history | the Sultana explosion | paroled prisoners, crew and army officers | the Mississippi above Memphis | 1865 | the patched boiler; the bribes for carrying soldiers; the silence in the newspapers | the disaster was forgotten because it came in a month full of larger news | the explosion was caused by sabotage | The steamboat Sultana exploded on the Mississippi in April 1865. | Most of those aboard were Union soldiers recently released from prison camps.
Fertiliser in the Hold | history of technology | the Texas City disaster | dockworkers, firemen and chemical company staff | the port of Texas City | 1947 to 1953 | the burning cargo of ammonium nitrate; the second ship that exploded the next day; the lawsuit against the government | the disaster came from treating a dangerous cargo as ordinary freight | the disaster was caused by one careless cigarette | A ship loaded with ammonium nitrate exploded at Texas City in April 1947. | Survivors sued the federal government, and the case reached the Supreme Court in 1953.
Fifty Who Refused | law | the Port Chicago mutiny trial | Black sailors, naval officers and lawyers | the naval magazine at Port Chicago in California | 1944 to 1946 | the loading of munitions without training; the explosion; the court martial of the men who refused to return | the mutiny trial punished men for objecting to a danger the navy had created | the men were rightly convicted of refusing orders in wartime | An explosion at the Port Chicago naval magazine killed 320 men in July 1944. | Fifty sailors who refused to return to loading work were convicted of mutiny.
Porter in the Streets | history | the London beer flood | brewery workers, slum residents and a coroner's jury | the Horse Shoe Brewery near Tottenham Court Road | 1814 | the bursting of the iron hoops; the flood in the cellars; the verdict of an act of God | the beer flood shows how little an industrial accident was expected to cost its owners | the disaster was a comic curiosity of no importance | A vat at the Horse Shoe Brewery in London burst in October 1814. | The flood of beer killed eight people in the nearby streets.
The Same Night | environmental history | the Peshtigo fire | lumber workers, settlers and railway builders | the forests of north-east Wisconsin | 1871 | the slash left by loggers; the firestorm; the fame stolen by Chicago | Peshtigo was forgotten because the telegraph carried Chicago's story first | Peshtigo was a natural disaster unrelated to logging | A fire destroyed the town of Peshtigo in Wisconsin in October 1871. | The Peshtigo fire began on the same night as the Great Chicago Fire.
Jewels Under a Cellar Floor | archaeology | the Cheapside Hoard | demolition workmen, a dealer and museum keepers | a building site in Cheapside in the City of London | 1912 to 1914 | the find in a cellar; the dealer who bought it from the workmen; the museum that put it on show | the hoard came to a museum because a dealer played the law better than the finders did | the hoard's story is simply one of lucky discovery | Workmen demolishing a building in Cheapside found a hoard of jewellery in 1912. | The hoard was probably hidden in the middle of the seventeenth century.
Looking for a Hammer | archaeology | the Hoxne hoard | a metal detectorist, a farmer and archaeologists | a field near Hoxne in Suffolk | 1992 to 1994 | the detector signal; the decision to leave the hoard in the ground; the reward shared with the farmer | the Hoxne find showed that detectorists could be partners rather than enemies of archaeology | the find was valuable only for its gold and silver | A metal detectorist found the Hoxne hoard in a field in Suffolk in 1992. | He had been searching for a lost hammer.
A Cylinder on the Waves | history of technology | the voyage of Cleopatra's Needle | engineers, sailors and London crowds | the sea route from Alexandria to the Thames | 1877 to 1878 | the iron cylinder built round the obelisk; the storm in the Bay of Biscay; the site chosen on the Embankment | the obelisk's journey was a feat of engineering staged for imperial display | the obelisk was brought to London purely as a gift of friendship | Cleopatra's Needle was towed from Egypt to London in a specially built cylinder vessel. | Six sailors died when the vessel was nearly lost in the Bay of Biscay in 1877.
Bulls With Wings | archaeology | Layard's excavations at Nimrud | an excavator, local workmen and museum trustees | the mounds of Nimrud on the Tigris | 1845 to 1851 | the winged bulls dragged to the river; the best-selling book; the sculptures shipped to London | Layard's fame came from his book more than from his digging | Layard uncovered Nineveh single-handed | Austen Henry Layard began excavating at Nimrud in 1845. | Layard's book Nineveh and its Remains was published in 1849.
Bison on the Ceiling | archaeology | the paintings at Altamira | a landowner, his daughter and sceptical prehistorians | the cave of Altamira in Cantabria | 1879 to 1902 | the ceiling seen by a child; the accusation of forgery; the apology from a sceptic | the Altamira paintings were rejected because they were too good for what experts believed | the sceptics had good reasons for doubt | Marcelino Sanz de Sautuola published the paintings in the cave of Altamira in 1880. | The archaeologist Émile Cartailhac published a famous apology for his doubts in 1902.
A Lady Who Was a Man | archaeology | the Red Lady of Paviland | a geologist, his students and later radiocarbon scientists | a cave on the Gower coast of south Wales | 1823 to 2009 | the bones stained with red ochre; the flood theory that shaped the reading; the dates that kept moving | the Red Lady was misread because the finder's theology had no room for great antiquity | Buckland simply made an honest error of identification | William Buckland excavated the Red Lady of Paviland on the Gower coast in 1823. | The skeleton was later shown to be that of a young man.
Bones by the Columbia | archaeology | Kennewick Man | two students, scientists and Native American tribes | the bank of the Columbia River in Washington | 1996 to 2017 | the skull found in the shallows; the legal battle over the remains; the reburial | the Kennewick dispute was about who controls the past more than about one skeleton | the dispute was a simple conflict between science and religion | Two students found the skeleton known as Kennewick Man by the Columbia River in 1996. | The remains were reburied by Native American tribes in 2017.
Weighing the World | history of science | the Schiehallion experiment | astronomers, surveyors and mathematicians | the Perthshire mountain of Schiehallion | 1774 to 1778 | the plumb lines on both sides of the mountain; the contour lines invented for the survey; the density of the Earth | the experiment's lasting gift was a method of mapping rather than its number | the experiment mattered only for its estimate of the Earth's density | Nevil Maskelyne measured the pull of the mountain Schiehallion on a plumb line in 1774. | Charles Hutton used the results to estimate the density of the Earth.
Lectures for the Young | history of science | the Royal Institution's Christmas lectures | scientists, children and their parents | the lecture theatre in Albemarle Street in London | 1825 to 1861 | the demonstrations on the bench; the lectures on a candle; the printed versions | the lectures built a public for science by treating children as its audience | the lectures were mere entertainment | Michael Faraday began the Royal Institution's Christmas lectures for young people in 1825. | His lectures on the chemical history of a candle were given in 1848.
A Leaf That Held a Child | history of science | the flowering of the giant water lily | gardeners, botanists and newspaper readers | the glasshouses at Chatsworth in Derbyshire | 1837 to 1851 | the seeds sent from Guiana; the heated tank; the ribbed leaf | the lily mattered as a spectacle of imperial botany as much as a horticultural feat | the flowering was a purely scientific achievement | Joseph Paxton made the giant water lily flower at Chatsworth in 1849. | The leaf's ribbed structure inspired Paxton's later glass buildings.
Fourteen Injections | history of medicine | Pasteur's rabies vaccine | a chemist, a bitten boy and Parisian doctors | Pasteur's laboratory in the rue d'Ulm in Paris | 1885 to 1888 | the dried spinal cords; the first patient; the institute paid for by subscription | Pasteur's success owed as much to his command of publicity as to his laboratory | the vaccine was a proven treatment before he used it | Louis Pasteur gave his rabies vaccine to Joseph Meister in July 1885. | Meister had been bitten by a rabid dog.
Mosquito Number Thirty-Eight | history of medicine | Ronald Ross and malaria | an army surgeon, his assistants and his rivals | the hospitals of Secunderabad and Calcutta | 1895 to 1902 | the dissections of mosquitoes; the malaria of birds; the quarrel over priority | Ross's discovery depended on help he later refused to acknowledge | Ross worked entirely alone | Ronald Ross showed in 1897 that mosquitoes carry the malaria parasite. | He received the Nobel Prize in 1902.
Oranges on the Salisbury | history of medicine | James Lind's scurvy trial | sailors, naval surgeons and the Admiralty | the ship Salisbury in the Channel fleet | 1747 to 1795 | the twelve sailors in six pairs; the book that buried its own result; the lemon juice issued decades later | Lind's trial became famous long after it had failed to change anything | Lind's trial ended scurvy in the navy | James Lind tested remedies for scurvy on sailors aboard HMS Salisbury in 1747. | The navy did not issue lemon juice to all sailors until 1795.
Shoes and Privies | history of medicine | the campaign against hookworm | doctors, farm families and philanthropists | the rural counties of the American South | 1909 to 1915 | the dispensaries held in the open air; the microscopes in country schools; the privies and shoes | the campaign succeeded by building public health departments rather than by curing individuals | the campaign was a philanthropist's gesture with little effect | The Rockefeller Sanitary Commission began a campaign against hookworm in the American South in 1909. | The campaign promoted shoes and privies as well as medicine.
A Town Full of Volunteers | history of medicine | the Framingham Heart Study | residents, doctors and statisticians | Framingham in Massachusetts | 1948 to 1970 | the volunteers examined every two years; the idea of risk factors; the children who joined later | Framingham changed medicine by making risk something that could be counted | the study merely confirmed what doctors suspected | The Framingham Heart Study began in Massachusetts in 1948. | It followed thousands of residents of the town over decades.
Doctors Who Smoked | history of medicine | the link between smoking and lung cancer | doctors, statisticians and tobacco companies | hospitals in London and the surgeries of British doctors | 1947 to 1964 | the hospital patients questioned in 1948; the survey of doctors; the slow official response | the smoking studies won by patient method against an industry that sold doubt | the link was obvious to everyone from the start | Richard Doll and Austin Bradford Hill published a study linking smoking and lung cancer in 1950. | They went on to follow the health of British doctors.
Knowledge for a Penny | media | the Penny Magazine | reformers, printers and working readers | the Society for the Diffusion of Useful Knowledge in London | 1832 to 1845 | the wood engravings; the steam press; the readers it failed to keep | the magazine spread cheap print while failing to please the readers it aimed at | the magazine succeeded completely in its aims | The Penny Magazine was launched by the Society for the Diffusion of Useful Knowledge in 1832. | Its sales reached around two hundred thousand copies.
Scissors and Paste | media | Tit-Bits | a publisher, competition entrants and readers | the offices of George Newnes in London | 1881 to 1900 | the extracts clipped from other papers; the prizes and competitions; the readers who went on to start papers of their own | Tit-Bits created the popular press by treating readers as customers | Tit-Bits was a trivial magazine of no importance | George Newnes founded the magazine Tit-Bits in 1881. | It printed short extracts from other books and papers.
A Printer's Name | media | Hansard | printers, reporters and members of Parliament | the Houses of Parliament at Westminster | 1803 to 1909 | the reports compiled from newspapers; the printer's name on the title page; the official report taken over by the state | Hansard became official by habit long before it became official by law | Hansard was always a verbatim record | Thomas Curson Hansard began printing parliamentary debates under his own name in 1829. | The official report of the Commons was taken over by the state in 1909.
A Printer Before a Jury | law | the trial of John Peter Zenger | a printer, a governor and a Philadelphia lawyer | the city of New York | 1733 to 1735 | the newspaper that mocked the governor; the argument that truth was a defence; the jury's verdict | the Zenger verdict mattered as a precedent for juries more than for the law of libel | the verdict established freedom of the press at once | John Peter Zenger was tried for seditious libel in New York in 1735. | The jury acquitted him.
Letters Signed Publius | politics | the Federalist essays | three authors, newspaper readers and delegates | the newspapers of New York | 1787 to 1788 | the essays printed several times a week; the division of labour among the authors; the ratifying convention | the essays mattered more to later judges than to the ratification they were written for | the essays persuaded New York to ratify | The Federalist essays began to appear in New York newspapers in October 1787. | They were published under the pen name Publius.
Burned in Effigy | politics | the prosecution of Rights of Man | a pamphleteer, government ministers and radical clubs | London and the towns of Britain | 1791 to 1793 | the cheap editions; the royal proclamation against seditious writings; the trial in the author's absence | the prosecution spread the book further than its author could have | the prosecution silenced radical ideas | Thomas Paine's Rights of Man was published in two parts in 1791 and 1792. | Paine was convicted of seditious libel in his absence in December 1792.
Wilkes and Liberty | politics | the arrest of John Wilkes | a journalist, ministers and London crowds | London and the court of Common Pleas | 1763 to 1769 | the general warrant; the crowds who took up his cause; the elections he kept winning | Wilkes won liberties for others while pursuing his own advantage | Wilkes was a principled defender of liberty | John Wilkes was arrested under a general warrant in 1763. | The courts later ruled such general warrants illegal.
A Quarterly in Yellow | literature | The Yellow Book | writers, an art editor and reviewers | the offices of John Lane at the Bodley Head | 1894 to 1897 | the yellow covers; the drawings by Beardsley; the arrest of Wilde | The Yellow Book was more respectable than its reputation | The Yellow Book was a scandalous magazine | The Yellow Book was first published in April 1894. | Aubrey Beardsley was its first art editor.
A Comic From Dundee | media | The Beano | artists, editors and child readers | a publisher's offices in Dundee | 1938 to 1951 | the first issue; the wartime paper shortage; the arrival of Dennis the Menace | The Beano succeeded because it took children's taste for mischief seriously | The Beano was an innocent comic with no influence | The Beano was first published in July 1938. | Dennis the Menace first appeared in it in 1951.
A Tingling Advert | media | the first television advertisement in Britain | advertisers, broadcasters and viewers | the new ITV service in London | 1955 | the toothpaste advert; the rules against sponsorship; the viewers who switched over | commercial television was shaped by rules designed to keep it unlike American television | commercial television arrived fully formed | The first television advertisement in Britain was broadcast in September 1955. | It advertised Gibbs SR toothpaste.
Pages on the Screen | media | the BBC's Ceefax service | engineers, broadcasters and viewers | television sets across Britain | 1974 to 2012 | the text carried in the spare lines of the signal; the pages of news and sport; the switch-off | Ceefax was an early internet that nobody called one | Ceefax was a dead end | The BBC began its Ceefax teletext service in 1974. | Ceefax was switched off in 2012.
A Terminal in Every Home | media | the Minitel | telecom engineers, telephone subscribers and service providers | homes and offices across France | 1980 to 2012 | the terminals handed out free; the paid services billed by the minute; the competition from the web | Minitel succeeded because it was given away | Minitel was a failure that held France back | France Télécom gave Minitel terminals to telephone subscribers in the early 1980s. | The Minitel service was switched off in June 2012.
Viewdata for Nobody | media | Prestel | engineers, the Post Office and would-be subscribers | homes and offices in Britain | 1979 to 1994 | the pages sent down the telephone line; the special television sets; the subscribers who never came | Prestel failed because it charged people for what Minitel gave away | Prestel was a bad idea from the start | The Post Office launched its Prestel viewdata service in 1979. | Prestel attracted far fewer subscribers than planned.
Two Headphone Sockets | history of technology | the Sony Walkman | engineers, executives and young listeners | Sony's offices in Tokyo | 1979 to 1983 | the tape player without a recorder; the light headphones; the second socket for sharing | the Walkman changed listening from a shared activity into a private one | the Walkman was a passing novelty | Sony launched the Walkman in Japan in July 1979. | The first model had two headphone sockets.
Ballads Without a Name | literature | Lyrical Ballads | two poets, their publisher and reviewers | Bristol and the Quantock hills | 1797 to 1802 | the walks that produced the poems; the anonymous first edition; the preface added in 1800 | the preface made the book famous as a manifesto it was not at first meant to be | the book was a manifesto from the start | Wordsworth and Coleridge published Lyrical Ballads anonymously in 1798. | The second edition of 1800 added a long preface by Wordsworth.
Pages in the Grate | literature | the burning of Byron's memoirs | a publisher, the poet's friends and his family | John Murray's drawing room in Albemarle Street | 1824 | the manuscript sold to pay debts; the quarrel over who owned it; the fire in the grate | the memoirs were burned to protect the living more than the reputation of the dead | the memoirs were burned to protect Byron's reputation | Byron's memoirs were burned in the office of his publisher John Murray in May 1824. | Thomas Moore had sold the manuscript to Murray.
Subscribers in Ayrshire | literature | the Kilmarnock edition of Burns | a ploughman poet, a local printer and subscribers | Kilmarnock and the farms of Ayrshire | 1786 to 1787 | the subscription list; the poems in Scots; the Edinburgh edition that followed | Burns's image as an untaught ploughman was a careful piece of self-presentation | Burns was an untaught genius discovered by chance | Robert Burns's Poems, Chiefly in the Scottish Dialect was printed at Kilmarnock in 1786. | Burns had planned to emigrate to Jamaica.
A Novelist Goes Missing | literature | Agatha Christie's disappearance | a novelist, police searchers and newspaper readers | Sunningdale in Berkshire and a hotel in Harrogate | 1926 | the abandoned car; the search by thousands of volunteers; the hotel where she was found | the disappearance became a mystery because the press needed one | the disappearance was a publicity stunt | Agatha Christie disappeared from her home in Berkshire in December 1926. | She was found eleven days later at a hotel in Harrogate.
Type in the River | literature | the end of the Doves Press | a bookbinder, his partner and collectors | Hammersmith Bridge over the Thames | 1900 to 1917 | the typeface cut for the press; the quarrel between the partners; the type thrown into the river | the destruction of the type was an act of artistic purity and of spite | Cobden-Sanderson was a madman | Thomas Cobden-Sanderson threw the type of the Doves Press into the Thames from 1916. | A diver recovered some of the type from the river in 2015.
Collected by His Fellows | literature | the First Folio | two actors, printers and booksellers | the printing house of William Jaggard in London | 1619 to 1623 | the plays never printed before; the copies used by the compositors; the preface to the great variety of readers | the Folio preserved Shakespeare because his colleagues thought him worth the expense | the Folio simply printed the plays as Shakespeare wrote them | The First Folio of Shakespeare's plays was published in 1623. | It was compiled by the actors John Heminges and Henry Condell.
Sixty-Seven Nights of Noise | social history | the Old Price riots | playgoers, the theatre manager and magistrates | the rebuilt Covent Garden Theatre | 1809 | the higher prices in the pit; the private boxes; the nightly disorder | the riots were a defence of a customary right to the theatre | the riots were mere rowdiness | Riots broke out at the rebuilt Covent Garden Theatre over higher prices in September 1809. | The riots went on for more than sixty nights.
Shakespeare and the Mob | social history | the Astor Place riot | theatregoers, militia and rival actors | the Astor Place Opera House in New York | 1849 | the quarrel between two actors; the crowd outside the theatre; the militia's volley | the riot was about class in New York more than about acting | the riot was a quarrel between actors' fans | A riot outside the Astor Place Opera House in New York left more than twenty people dead in May 1849. | The riot grew out of a rivalry between an American and a British actor.
Pirated Pinafores | music | the American piracy of HMS Pinafore | a composer, a librettist and American theatre managers | theatres across the United States | 1878 to 1880 | the unauthorised productions; the lack of copyright protection; the authorised tour that answered them | the Pinafore craze showed how copyright shaped the theatre business | piracy did the authors no harm | HMS Pinafore opened in London in May 1878. | Unauthorised productions of it spread across the United States.
Lamps on the Stage | music | the electric lighting of the Savoy Theatre | a theatre manager, engineers and audiences | the Savoy Theatre off the Strand | 1881 to 1883 | the generator in a nearby yard; the bulb broken on stage to prove its safety; the audiences who came to look at the lights | electric light was sold to the public as safety before it was sold as beauty | the theatre's audiences cared only about the operas | The Savoy Theatre in London opened in 1881 and was soon lit entirely by electricity. | Richard D'Oyly Carte built the theatre with profits from Gilbert and Sullivan's operas.
Queen of the Halls | music | Marie Lloyd | a music hall singer, theatre managers and her audiences | the music halls of London | 1885 to 1922 | the songs with double meanings; the strike of 1907; the funeral | Marie Lloyd's fame depended on audiences who felt she was on their side | Marie Lloyd was simply a vulgar entertainer | Marie Lloyd supported the music hall strike of 1907. | Huge crowds attended her funeral in 1922.
An Ironing Board on Stage | literature | Look Back in Anger | a young playwright, actors and critics | the Royal Court Theatre in London | 1956 to 1959 | the bedsit setting; the hostile first reviews; the television extract that filled the theatre | the play's importance was created by a publicity phrase as much as by its text | the play was a revolution from its first night | John Osborne's Look Back in Anger opened at the Royal Court Theatre in May 1956. | The theatre's press agent described Osborne as an angry young man.
Warehouses Without Wood | architecture | the Albert Dock | an engineer, dock labourers and merchants | the waterfront of Liverpool | 1841 to 1846 | the fireproof warehouses of iron and brick; the ships unloaded straight into storage; the dock's decline and revival | the dock was an answer to insurance costs as much as to shipping | the dock was built to look impressive | Jesse Hartley's Albert Dock in Liverpool was opened in 1846. | The dock warehouses were built without structural wood to reduce the risk of fire.
A Curve of Houses | architecture | the Royal Crescent in Bath | an architect, builders and wealthy visitors | the slope above Bath | 1767 to 1775 | the facade built first; the houses behind it finished by different buyers; the lawn and the ha-ha | the crescent sold a unified front while leaving the backs to chaos | the crescent was planned as a single whole | Building of the Royal Crescent in Bath began in 1767. | John Wood the Younger designed it.
Tower Blocks at Red Road | architecture | the Red Road flats | tenants, planners and demolition crews | the north-east of Glasgow | 1964 to 2015 | the steel frames clad in asbestos; the families and later asylum seekers housed there; the demolition | the Red Road flats failed because of management rather than height | tower blocks were doomed from the start | The Red Road flats in Glasgow were completed in the late 1960s. | The last of the blocks were demolished in 2015.
A Wall of Windows | architecture | the Byker Wall | an architect, residents and council officers | the east end of Newcastle | 1969 to 1982 | the long wall of flats facing the road; the architect's office opened on the site; the residents who stayed on | Byker worked because its residents were asked what they wanted | Byker was a triumph of design alone | Ralph Erskine's Byker Wall in Newcastle was built between 1969 and 1982. | Residents were consulted through an office opened on the site.
Crescents in Hulme | architecture | the Hulme Crescents | tenants, planners and councillors | the inner-city district of Hulme in Manchester | 1968 to 1994 | the deck access walkways; the families who asked to leave; the demolition | Hulme failed through building defects more than through its design | deck access was bound to fail | The Hulme Crescents in Manchester were completed in 1972. | They were demolished in 1993 and 1994.
A Wheel Above the Fair | history of technology | the first Ferris wheel | an engineer, fair organisers and riders | the Midway of the World's Columbian Exposition in Chicago | 1892 to 1906 | the challenge to outdo the Eiffel Tower; the cars the size of streetcars; the long decline after the fair | the wheel was an act of national pride that made no money for its builder | the wheel was a commercial triumph | George Ferris built his wheel for the World's Columbian Exposition in Chicago in 1893. | The wheel was later moved to St Louis and demolished in 1906.
Hell Gate in Flames | social history | the Dreamland fire | showmen, park workers and Coney Island crowds | the Dreamland park at Coney Island | 1904 to 1911 | the electric towers and staged disasters; the fire that began in a ride; the animals lost in the blaze | Dreamland burned because spectacle had been put before safety | the fire was a freak accident | A fire destroyed the Dreamland amusement park at Coney Island in May 1911. | The park was never rebuilt.
Broken Tiles and Bottle Glass | art | the Watts Towers | a tile setter, his neighbours and city officials | a small lot in the Watts district of Los Angeles | 1921 to 1959 | the towers built without plans or scaffolding; the fragments of tile, glass and shell; the city's attempt to pull them down | the towers were a serious work of art by a man the art world ignored | the towers were a curiosity of no artistic importance | Simon Rodia built the towers in Watts over more than thirty years. | A load test in 1959 showed that the towers could withstand heavy stress.
Seven Bishops in the Tower | law | the trial of the Seven Bishops | bishops, judges and a London crowd | the Court of King's Bench at Westminster | 1688 | the declaration the bishops would not read; the charge of seditious libel; the acquittal celebrated in the streets | the acquittal mattered because it showed the king had lost the courts | the trial was a narrow question of church law | Seven bishops were tried for seditious libel in June 1688. | The jury acquitted the bishops.
Papers in a Sack | law | Entick v Carrington | a pamphleteer, the king's messengers and the judges | Entick's house in Stepney and Westminster Hall | 1762 to 1765 | the search of the house; the papers carried away; the judgment against the messengers | Entick's case mattered more to later lawyers than to anyone at the time | the case established the rule of law on its own | The King's messengers broke into John Entick's house and seized his papers in 1762. | The court ruled against the messengers in 1765.
A Union Made to Pay | law | the Taff Vale case | railway workers, their union and the House of Lords | the Taff Vale Railway in south Wales | 1900 to 1906 | the strike on the railway; the damages awarded against the union; the law that reversed them | the judgment created the Labour Party more than any speech did | the judgment was a narrow point of law | The House of Lords ruled against the railway union in the Taff Vale case in 1901. | Parliament reversed the decision with the Trade Disputes Act of 1906.
A Porter Against His Union | law | the Osborne judgment | a railway porter, his union and the Lords | the courts of London | 1908 to 1913 | the levy for political funds; the judgment; the payment of MPs | the judgment forced Parliament to find new ways of paying for politics | the judgment was a victory for individual rights | The Osborne judgment of 1909 stopped unions from spending their funds on political causes. | Parliament began paying salaries to MPs in 1911.
Water Into a Mine | law | Rylands v Fletcher | a mill owner, a mine owner and the Lords | a reservoir near Bolton in Lancashire | 1860 to 1868 | the old shafts beneath the reservoir; the flooding of the mine; the rule of strict liability | the rule was a response to the industrial age as much as a statement of old law | the rule simply restated old law | A reservoir built for the mill owner John Rylands flooded a neighbouring mine in 1860. | The House of Lords decided the case in 1868.
A Doctor's Legacies | law | the trial of John Bodkin Adams | a family doctor, his wealthy patients and the police | Eastbourne and the Old Bailey | 1956 to 1957 | the legacies left to the doctor; the nurses' notebooks; the verdict | the trial failed because the prosecution chose the wrong case | the doctor was an innocent man wrongly accused | Dr John Bodkin Adams was acquitted of murder at the Old Bailey in 1957. | Many of his elderly patients had left him money in their wills.
A Death at Penge | law | the Penge case | a family, their servants and medical witnesses | Penge and the Kent countryside near Cudham | 1877 | the starved wife; the quarrel among medical witnesses; the campaign against the verdict | the Penge case was decided by newspapers more than by courts | the verdict was justified by the evidence | Four people were convicted of murder after the death of Harriet Staunton at Penge in 1877. | The death sentences were commuted after doctors questioned the medical evidence.
Not Proven | law | the trial of Madeleine Smith | a merchant's daughter, her lover's friends and the jury | Glasgow and the High Court in Edinburgh | 1857 | the love letters; the arsenic; the verdict of not proven | the verdict reflected doubts about the letters more than belief in her innocence | the verdict was a simple acquittal | Madeleine Smith was tried in Edinburgh in 1857 for poisoning her former lover. | The jury returned a verdict of not proven.
Flypapers and Arsenic | law | the Maybrick case | a young wife, her husband's family and the judge | Aigburth in Liverpool | 1889 | the flypapers soaked for arsenic; the judge's summing up; the campaign for her release | the verdict was shaped by disapproval of her private life | the verdict was a fair reading of the evidence | Florence Maybrick was convicted of poisoning her husband at Liverpool in 1889. | Her death sentence was commuted to life imprisonment.
Four Escapes | law | Jack Sheppard's escapes | a young burglar, his gaolers and London crowds | Newgate Prison and the streets of London | 1723 to 1724 | the escapes through walls and chimneys; the crowds who visited him in his cell; the plays and ballads that followed | Sheppard's fame came from the press and theatre rather than from his crimes | Sheppard was merely a minor criminal | Jack Sheppard escaped from prison four times in 1724. | A huge crowd watched his execution at Tyburn in November 1724.
The Thief-Taker General | law | the career of Jonathan Wild | a thief-taker, thieves and magistrates | London | 1712 to 1725 | the lost property office; the thieves he sent to the gallows; the law that caught him | Wild's career shows how the absence of police invited private enterprise | Wild was a simple criminal | Jonathan Wild called himself the Thief-Taker General. | He was hanged in 1725.
Police on the River | law | the Marine Police Force | magistrates, watermen and merchants | the Pool of London | 1798 to 1839 | the thefts from ships; the first river patrols; the merger with the Metropolitan Police | the river police were a private scheme that became public | the force was a government creation | The Marine Police Force began patrolling the Thames in 1798. | Patrick Colquhoun and John Harriott proposed the force.
A Siege in Stepney | law | the Siege of Sidney Street | police, soldiers and Latvian anarchists | a house in Sidney Street in the East End | 1910 to 1911 | the killings at Houndsditch; the siege; the home secretary at the scene | the siege made a spectacle out of a police failure | the siege was a police success | Soldiers and police besieged a house in Sidney Street in January 1911. | The home secretary, Winston Churchill, went to the scene.
A Chase by Tram | law | the Tottenham Outrage | robbers, police and passers-by | Tottenham and Walthamstow | 1909 | the wages snatch; the chase by tram and cart; the deaths | the outrage showed how unprepared the police were for armed criminals | the chase was a police triumph | Two armed robbers seized a wages bag in Tottenham and fled partly by tram in January 1909. | A police constable and a ten-year-old boy were killed in the chase.
Lead Shot in the Boxes | law | the great gold robbery of 1855 | railway clerks, thieves and detectives | the line from London to Folkestone | 1855 to 1857 | the copied keys; the boxes refilled with shot; the confession | the robbery succeeded because the railway trusted its own staff | the robbery was a work of genius | Gold was stolen from a train travelling from London to Folkestone in May 1855. | The theft was discovered when the boxes were opened in Paris and found to contain lead shot.
Mills Through the Night | economic history | Arkwright's mill at Cromford | a wigmaker turned mill owner, families and apprentices | the Derwent valley in Derbyshire | 1771 to 1792 | the water frame; the shifts through the night; the cottages built for workers | Arkwright's achievement was the organisation of labour more than the machine | Arkwright was a great inventor | Richard Arkwright built his first water-powered cotton mill at Cromford in 1771. | The mill worked shifts around the clock.
Silk From Italy | economic history | the Lombe silk mill in Derby | brothers, workers and Italian rivals | an island in the Derwent at Derby | 1717 to 1732 | the machines for throwing silk; the story of industrial spying; the patent extended by Parliament | the Derby mill shows that industrial espionage stood at the start of the factory | the mill was a native British invention | Thomas Lombe patented machines for throwing silk in 1718. | His half-brother John was said to have copied the machines in Italy.
Apprentices at Styal | economic history | Quarry Bank Mill | a mill owner, his apprentices and parish overseers | the valley of the Bollin at Styal in Cheshire | 1784 to 1847 | the apprentice house; the rules and punishments; the escapes | Quarry Bank was kinder than many mills and still depended on children with no choice | Greg was a model employer | Samuel Greg built Quarry Bank Mill at Styal in 1784. | The mill used pauper apprentices from parish workhouses.
Notes Backed by Gold | economic history | the Bank Charter Act | bankers, economists and ministers | the Bank of England | 1844 to 1857 | the limits on note issue; the banks that lost their notes; the suspensions during crises | the act worked only because it could be suspended | the act made the currency safe | The Bank Charter Act of 1844 limited the issue of banknotes. | The act was suspended during the financial crisis of 1847.
Silver in the Blue Clay | economic history | the Comstock Lode | prospectors, mining companies and San Francisco investors | the mountains of western Nevada | 1859 to 1880 | the blue clay that turned out to be silver ore; the square-set timbering; the stock speculation | the Comstock made fortunes in San Francisco more than in Nevada | the Comstock made its miners rich | Prospectors found the silver of the Comstock Lode in Nevada in 1859. | Virginia City grew up above the mines.
The Southern Cross Oath | history | the Eureka Stockade | gold miners, mounted troopers and colonial officials | the Ballarat goldfields in Victoria | 1854 to 1855 | the licence hunts by troopers; the stockade and its flag; the treason trials that failed | Eureka won its aims by losing the battle | Eureka was a failed rebellion with no result | Gold miners at Ballarat built a stockade at Eureka in late 1854. | Troops stormed the stockade on 3 December 1854.
A Flag Dipped in Blood | history | the Merthyr Rising | ironworkers, soldiers and magistrates | Merthyr Tydfil | 1831 | the debtors' court; the fight at the Castle Inn; the hanging of Dic Penderyn | the rising was a protest against debt as much as wages | the rising was a riot | Workers in Merthyr Tydfil rose in June 1831. | Dic Penderyn was hanged at Cardiff in August 1831.
"""

SCHOLARS = ["Charlton", "Milburn", "Robson", "Dodd", "Heron", "Fenwick", "Ridley", "Forster", "Selby", "Ogle",
            "Widdrington", "Shafto", "Swinburne", "Errington", "Thirlwall", "Lilburn", "Craster", "Bolam",
            "Carnaby", "Delaval", "Grey-Orde", "Haggerston", "Reaveley", "Anderson-Tait"]

HOOK = [
    "Anyone who has read a survey of the period will have met {x} in passing.",
    "{X} usually appears in print as a cautionary tale.",
    "Popular writing has turned {x} into something close to folklore.",
    "A single sentence is normally thought enough to explain {x}.",
    "The familiar narrative of {x} has a hero, a blunder and a lesson.",
    "Much of what is repeated about {x} comes from a small number of early accounts.",
    "Teachers like {x} because it seems to make its point without much effort.",
    "Reading the documents behind {x} is a lesson in how stories get simplified.",
    "Almost every generation has found a different use for {x}.",
    "Like many famous episodes, {x} is better known than it is understood.",
    "Nobody disputes that {x} took place; the quarrel is over what it meant.",
    "When I started working on {x}, I assumed the main facts were settled.",
]
FRAME = [
    "Most of the material cited below was produced in {setting}.",
    "The people who matter most here are {people}.",
    "Dates are supplied sparingly.",
    "Where witnesses contradict one another, I say so.",
    "The span covered ({period}) is brief enough to be studied closely.",
    "I have tried to mark clearly where the evidence runs out.",
]
ASKING = [
    "Behind all of this lies a plain question: {question}",
    "The question worth holding on to is this: {question}",
    "Everything here bears on one problem: {question}",
    "Which leads to the question this essay tries to answer: {question}",
]
QUERY = ["whose interests did {x} really serve?", "would {people} have recognised the story as it is now told?",
         "how different was {setting} once {x} was over?", "what keeps the simplified account of {x} alive?"]
CLAIM = [
    "What I want to establish is that {thesis}.",
    "The case I make here is that {thesis}.",
    "What the evidence supports, I think, is that {thesis}.",
    "Read with care, the record suggests that {thesis}.",
    "Taking {s1}, {s2} and {s3} in turn, the essay defends the claim that {thesis}.",
    "My answer, in brief, is that {thesis}.",
    "The conclusion reached below is that {thesis}.",
    "It is more accurate, I will suggest, to say that {thesis}.",
]
ROADMAP = [
    "The discussion opens with {s1} and then turns to {s2}.",
    "Each part of the essay tests the received account against a different body of evidence.",
    "The order followed below is roughly chronological.",
    "It will become clear that {s1} carries more weight than is usually allowed.",
]
CONTEXT = [
    "A little background is unavoidable.",
    "The decades around these events were crowded with change.",
    "For {people}, there was little room for error in ordinary life.",
    "Those involved had no reason to think they were making history.",
    "Laws, customs and technologies were all moving, though at different rates.",
    "Most of the participants who wrote memoirs did so to defend themselves.",
    "According to {Scholar}, the story really starts a generation earlier.",
    "The richest surviving papers come from {setting}.",
    "What happened first and what happened next matter more here than precise dates.",
    "The arrangements that came before had been improvised and were often challenged.",
    "Change arrived faster than the people responsible had planned.",
    "The shape of events was hard to see from inside them.",
]
NAMING = [
    "Terminology needs a brief comment.",
    "Most of the names now given to {x} came later.",
    "{People} would not have recognised several of the categories applied to them since.",
    "Modern vocabulary is used here as shorthand and carries no further claim.",
    "The very label {x} already leans towards one interpretation.",
    "No available term is neutral.",
]
RECORDS = [
    "Three sorts of evidence survive.",
    "The records kept in {setting} note outcomes but seldom motives.",
    "Private letters by {people} are revealing, though each was addressed to someone in particular.",
    "The press covered {x} quickly and not always accurately.",
    "Reminiscences set down years later are colourful and hard to trust.",
    "Buildings, objects and pictures allow the written evidence to be checked.",
]
ENTRY = [
    "First, {s}.",
    "The firmest ground is {s}.",
    "Often overlooked, yet central, is {s}.",
    "No account is complete without {s}.",
    "{S} needs closer attention than it normally receives.",
    "Next comes {s}.",
    "Much of the argument depends on {s}.",
    "The sources are fullest on {s}.",
    "Here it helps to dwell on {s}.",
    "A further strand is {s}.",
]
POINT = [
    "Hindsight has made {s} look more inevitable than it was.",
    "Few of those involved in {s} bothered to describe it.",
    "A bare timeline of {setting} explains {s} better than most narratives.",
    "Cost, more than conviction, decided the course of {s}.",
    "The official record refers to {s} only in passing remarks.",
    "Those who bore the brunt of {s} are the hardest to hear in the archive.",
    "Influence followed whoever managed {s}.",
    "{Scholar} treats {s} as decisive, and the case is a strong one.",
    "Some accounts have blown {s} up into something it never was.",
    "Opinion about {s} among {people} was deeply split.",
    "Reading the paperwork on {s} means asking why each document was written.",
    "Once the steps are put in order, {s} stops seeming mysterious.",
    "Behind {s} lay a great deal of routine work that histories skip.",
    "To {people}, {s} was a practical headache before it was ever a symbol.",
    "{S} was never designed; it grew up by increments.",
    "When {s} happened counted for almost as much as what it was.",
]
NUMBER = [
    "On the basis of {num} cases, {Scholar} ({year}) attributes about {pct} per cent of what followed to {s}.",
    "Of the {num} documents in {Scholar}'s sample, about {pct} per cent refer to {s}.",
    "{Scholar} ({year}) credits {s} with some {pct} per cent of the eventual shift.",
    "Of the {num} files {Scholar} read in {year}, almost every one mentions {s}.",
    "{Scholar} ({year}) counts {num} parallel cases, most of them following the same course.",
    "The figures are patchy, {Scholar} admits, but on {s} they agree.",
    "A fresh reading of the archive by {Scholar} in {year} gives {s} a weight of close to {pct} per cent.",
    "{Scholar} suggests that older studies of {s} asked their questions of the wrong records.",
]
INSTANCE = [
    "{Scholar} tracks one family across the whole episode.",
    "In {setting}, {people} met {s} with almost no help from outside.",
    "Parallels exist well outside {setting}.",
    "Examples of this sort are plentiful, and counter-examples rare.",
    "Across the whole period ({period}) the pattern holds.",
    "This is what {people} emphasised when they told the story themselves.",
    "More instances are not hard to find.",
]
BINDER = [
    "Here, on a small scale, is the whole argument: {thesis}.",
    "A single example proves nothing, but it sits awkwardly with the familiar version.",
    "{S}, then, deserves a central place in the account.",
    "It gives one good reason to believe that {thesis}.",
    "On paper the difference looks small; in practice it was large.",
    "The point will matter again when the main objection comes up.",
    "Any verdict has to make room for {s}.",
]
HINGE = [
    "With {s}, things begin to look different.",
    "{S}, however, complicates the picture.",
    "{S} shifted the whole debate.",
    "Enter {s}.",
]
CITE_LEAD = [
    "{Scholar} captures the mood in {setting} neatly:",
    "A former resident of {setting}, interviewed long afterwards, said:",
    "At a {year} seminar on {x}, one participant commented:",
    "{Scholar} is direct about {s}:",
    "On {s}, {Scholar} writes with unusual force:",
]
CITED = [
    "The more closely I looked at {x}, the less the legend held together.",
    "Nobody living through {s} thought of it as history. It was just work.",
    "We tell {x} as a single moment, but the papers record a long drift.",
    "Follow who paid for {s} and the puzzle largely solves itself.",
    "Two histories of {x} exist side by side: the lived one and the repeated one.",
    "The surviving papers on {s} are dull, and their dullness is the point.",
]
CITE_AFTER = [
    "The phrasing is almost too neat, yet it is accurate.",
    "It is only one voice, but a well-placed one.",
    "The speaker had nothing to gain, which lends the words weight.",
    "Allowing for hindsight, the remark still stands.",
]
CITE_AFTER2 = [
    "Other testimony from {people} agrees.",
    "It implies, too, that {s} was common talk at the time.",
    "Its reach beyond {setting} is uncertain.",
    "Its value lies in what it reveals about {s}.",
    "It does not fit easily with the textbook version of {x}.",
]
BULLET_LEAD = [
    "Where {x} went best, a few conditions were present:",
    "Wherever {people} came off well, the same ingredients recur:",
    "Repeating the better outcomes in {setting} would have needed:",
    "Reduced to essentials, the successful cases shared these features:",
]
BULLET = [
    "people who understood {s} from the outset",
    "genuine consultation with {people} over {s}",
    "a prompt answer to the first signs of trouble with {s}",
    "outside scrutiny of {s}",
    "a small trial of {s} before it was extended",
    "honesty about what {s} would cost",
]
BULLET_MORE = ["steady money for {x} over many years", "someone empowered to halt {x}",
               "records of {x} that survived their authors", "a set moment at which {x} would be looked at again"]
CONTRAST = [
    "Placed alongside other cases, {x} seems less unusual.",
    "Similar pressures in other places led to different outcomes.",
    "Where {people} were involved from the start, conflict was milder.",
    "Any comparison is rough, because {s2} varied so much from place to place.",
    "Nothing made the result in {setting} inevitable.",
    "Overall, agreement mattered more than speed.",
]
WHATIF = [
    "Imagine for a moment that {s2} had gone the other way.",
    "Counterfactuals prove nothing, but they show where the weight of a story lies.",
    "Without {s1}, it is hard to see how events in {setting} could have unfolded as they did.",
    "{People} might then have faced quite different choices.",
    "The exercise suggests that the outcome was less fixed than it now appears.",
]
DOUBT = [
    "It is frequently objected that {rival}.",
    "The strongest case against this view holds that {rival}.",
    "A familiar response is that {rival}.",
    "A reader might fairly reply that {rival}.",
    "Parts of the record appear to suggest that {rival}.",
]
DOUBT_MORE = [
    "{People} may well have thought so themselves.",
    "This is a respectable view with respectable defenders.",
    "{Scholar2} ({year2}) sets out the argument in detail.",
    "The objection bites, because every choice made over {x} had a price for someone.",
]
ANSWER = [
    "But the documents from {setting} tell a different story.",
    "It also leaves {s2} unexplained.",
    "Above all, it takes for granted what it ought to demonstrate.",
    "It depends on an account of {x} that recent research has abandoned.",
    "Were it true, the results would have been uniform, and they were not.",
    "At best it shows that there were costs, not that they were decisive.",
]
CLOSE_FIRST = [
    "To sum up, {thesis}.",
    "Taken together, the evidence leads to one conclusion: {thesis}.",
    "This does not close the question for good.",
    "So what follows from all this?",
    "Each section of this essay has led to the same point: {thesis}.",
    "Without the detail, one point survives.",
    "A tidy one-line summary of {x} would be easy to write and wrong.",
]
CLOSE_MID = [
    "{S1}, {s2} and {s3} each explain part of what happened, and together most of it.",
    "The view that {rival} is understandable but cannot bear the weight placed on it.",
    "Small details have proved more telling than grand theories.",
    "The questions raised did not end when the period did.",
    "There is plenty left to find in the archives.",
    "The outcome is less dramatic than the legend and better supported.",
]
CLOSE_LAST = [
    "For {people}, the effects lasted far longer than the events.",
    "A useful sequel would set {setting} beside its neighbours.",
    "Above all, {x} came out of decisions that might have gone otherwise.",
    "What {x} teaches concerns institutions rather than heroes.",
    "{X} is worth telling again, so long as it is told carefully.",
    "In the end, {x} rewards a slower reading than it usually receives.",
]
H_CONTEXT = ["Context", "How things stood", "The starting point", "Before the events", "The background to the story",
             "Setting the stage"]
H_NAMING = ["On terminology", "Choosing words", "Names and categories"]
H_RECORDS = ["Kinds of evidence", "The surviving record", "Reading the sources"]
H_STRAND = ["{S}", "On {s}", "The matter of {s}", "{S} reconsidered", "Thinking about {s}", "The role of {s}"]
H_CONTRAST = ["Comparisons", "Further afield", "Other cases"]
H_WHATIF = ["A counterfactual", "Another course", "Had it gone otherwise"]
H_DOUBT = ["An objection", "The other side", "Counter-arguments", "A rival view", "Testing the argument", "Doubts"]
H_CLOSE = ["Conclusion", "Concluding remarks", "Drawing it together", "Final thoughts", "To conclude"]


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def parse_cards() -> list[dict]:
    cards = []
    for n, line in enumerate(ESSAY_CARDS.strip().splitlines(), 1):
        f = [s.strip() for s in line.split("|")]
        title, subject, x, people, setting, period, strands, thesis, rival, fact1, fact2 = f[:11]
        cards.append(dict(id=f"c{n:03d}", title=title, subject=subject, x=x, people=people, setting=setting,
                          period=period, strands=[s.strip() for s in strands.split(";")], thesis=thesis, rival=rival,
                          facts=[fact1, fact2]))
    return cards


def make_essay(card: dict, rng: random.Random) -> dict:
    """Write the essay for one card. The first paragraph starts with a hook naming the subject and ends on the
    thesis, perhaps with a framing sentence, a signpost and a question between. The first fact goes into the
    context paragraph; the second goes there as well or into the paragraph on the second strand. A paragraph on
    naming or on the records may follow. Each strand gets one paragraph or two, sometimes preceded by a one-line
    hinge and sometimes followed by a quotation or a bulleted list. Some essays add a comparison or a
    counterfactual paragraph. The objection always states the card's rival view and is answered, and the closing
    paragraph's last sentence names the subject, the people or the setting. About three essays in five carry
    headings, and no pattern appears twice in one essay."""
    left: dict[int, list[str]] = {}

    def draw(pool: list[str]) -> str:
        rest = left.setdefault(id(pool), rng.sample(pool, len(pool)))
        return rest.pop() if rest else rng.choice(pool)

    s1, s2, s3 = card["strands"]
    who = rng.sample(SCHOLARS, 2)
    base = dict(x=card["x"], X=cap(card["x"]), people=card["people"], People=cap(card["people"]),
                setting=card["setting"], period=card["period"], s1=s1, s2=s2, s3=s3, S1=cap(s1),
                thesis=card["thesis"], rival=card["rival"], Scholar=who[0], Scholar2=who[1])

    def fill(pattern: str, s: str | None = None) -> str:
        more = dict(s=s or s1, S=cap(s or s1), year=rng.randint(1966, 2023), year2=rng.randint(1971, 2024),
                    pct=rng.choice([9, 13, 17, 22, 27, 31, 36, 41, 47, 53, 61, 69]),
                    num=rng.choice([16, 27, 41, 58, 73, 88, 121, 164, 230]))
        return pattern.format(**base, **more)

    def para(*sentences) -> tuple[str, str]:
        return ("paragraph", " ".join(sentences))

    base["question"] = cap(fill(rng.choice(QUERY)))
    headed = rng.random() < 0.6
    blocks: list[tuple] = []
    thesis = fill(draw(CLAIM))
    opener = fill(draw(HOOK))
    opening = [opener]
    if rng.random() < 0.4:
        opening.append(fill(draw(FRAME)))
    if rng.random() < 0.3:
        opening.append(fill(draw(ROADMAP)))
    if rng.random() < 0.3:
        opening.append(fill(draw(ASKING)))
    opening.append(thesis)
    blocks.append(para(*opening))
    if headed:
        blocks.append(("heading", fill(draw(H_CONTEXT))))
    ground = [fill(draw(CONTEXT)), card["facts"][0]] + [fill(draw(CONTEXT)) for _ in range(rng.randint(2, 3))]
    held = [card["facts"][1]]
    if rng.random() < 0.5:
        ground.insert(rng.randint(2, len(ground)), held.pop())
    blocks.append(para(*ground))
    extra = rng.random()
    if extra < 0.22:
        if headed:
            blocks.append(("heading", fill(draw(H_NAMING))))
        blocks.append(para(*[fill(p) for p in [NAMING[0]] + rng.sample(NAMING[1:], rng.randint(2, 3))]))
    elif extra < 0.44:
        if headed:
            blocks.append(("heading", fill(draw(H_RECORDS))))
        blocks.append(para(*[fill(p) for p in [RECORDS[0]] + rng.sample(RECORDS[1:], rng.randint(2, 3))]))
    strands = [s1, s2, s3] if rng.random() < 0.7 else [s1, s2]
    quote_at = rng.randrange(len(strands)) if rng.random() < 0.45 else None
    list_at = rng.randrange(len(strands)) if rng.random() < 0.35 else None
    hinge_at = rng.randrange(1, len(strands)) if rng.random() < 0.3 else None
    leads = []
    for i, s in enumerate(strands):
        if hinge_at == i:
            blocks.append(para(fill(draw(HINGE), s)))
        if headed:
            blocks.append(("heading", fill(draw(H_STRAND), s)))
        lead = fill(draw(ENTRY), s)
        leads.append(lead)
        body = [lead, fill(draw(POINT), s), fill(draw(NUMBER), s)]
        if rng.random() < 0.6:
            body.insert(2, fill(draw(POINT), s))
        if rng.random() < 0.45:
            body.insert(rng.randint(2, len(body)), fill(draw(INSTANCE), s))
        if held and i == 1:
            body.insert(1, held.pop())
        if rng.random() < 0.3 and len(body) > 3:
            blocks.append(para(*body[:2]))
            blocks.append(para(*body[2:], fill(draw(BINDER), s)))
        else:
            blocks.append(para(*body, fill(draw(BINDER), s)))
        if quote_at == i:
            blocks.append(para(fill(draw(CITE_LEAD), s)))
            blocks.append(("quote", fill(draw(CITED), s)))
            blocks.append(para(fill(draw(CITE_AFTER), s), fill(draw(CITE_AFTER2), s)))
        if list_at == i:
            blocks.append(para(fill(draw(BULLET_LEAD))))
            items = [cap(fill(draw(BULLET), t)) for t in strands]
            items += [cap(fill(t)) for t in rng.sample(BULLET_MORE, rng.randint(0, 2))]
            blocks.append(("list", (rng.random() < 0.4, items)))
    turn = rng.random()
    if turn < 0.22:
        if headed:
            blocks.append(("heading", fill(draw(H_CONTRAST))))
        blocks.append(para(*[fill(draw(CONTRAST)) for _ in range(rng.randint(3, 4))]))
    elif turn < 0.4:
        if headed:
            blocks.append(("heading", fill(draw(H_WHATIF))))
        blocks.append(para(*[fill(p) for p in [WHATIF[0]] + rng.sample(WHATIF[1:], rng.randint(2, 3))]))
    if headed:
        blocks.append(("heading", fill(draw(H_DOUBT))))
    objection = fill(draw(DOUBT))
    doubt = [objection, fill(draw(DOUBT_MORE)), fill(draw(ANSWER), s2), fill(draw(ANSWER), s2)]
    if rng.random() < 0.45:
        doubt.insert(2, fill(draw(DOUBT_MORE)))
    blocks.append(para(*doubt))
    if headed:
        blocks.append(("heading", fill(draw(H_CLOSE))))
    last = fill(draw(CLOSE_LAST))
    end = [fill(draw(CLOSE_FIRST))] + [fill(draw(CLOSE_MID)) for _ in range(rng.randint(2, 3))]
    if rng.random() < 0.35:
        blocks.append(para(*end[:2]))
        blocks.append(para(*end[2:], last))
    else:
        blocks.append(para(*end, last))
    words = sum(len(block_text(b).split()) for b in blocks)
    return dict(id=card["id"], title=card["title"], blocks=blocks, words=words, tags=[card["subject"]],
                domain=card["id"], url="-", earlier="", card=card, thesis=thesis, opener=opener,
                objection=objection, last=last, leads=leads, headed=headed)


# ------------------------------------------------------------------------------------------ invented bits

SITE_LEVELS = {
    "wooler": ["GCSE", "AS level", "A2 level", "Access course", "First year degree"],
    "warkworth": ["Junior section (under 14)", "Intermediate section (14 to 16)", "Senior section (16 to 19)",
                  "Open section"],
    "alnmouth": ["HIS1003 Making Historical Arguments", "HIS1007 Sources and Methods", "HIS1012 The Modern World",
                 "FND0102 Foundation Humanities"],
    "bamburgh": ["High school", "Undergraduate", "College", "A level", "University year 1"],
}
SITE_GRADES = {
    "wooler": ["A*", "A", "B", "A (72/80)", "Merit", "Distinction"],
    "warkworth": ["Winner", "Runner-up", "Highly commended", "Shortlisted", "Commended"],
    "alnmouth": ["First (74)", "First (71)", "Upper second (68)", "Upper second (65)", "Lower second (58)"],
    "bamburgh": ["A", "A-", "B+", "First", "2:1", "Distinction"],
}
ESSAYS_BY_TITLE: dict[str, dict] = {}  # set in main(); widgets that quote other essays read it


def sentences_of(text: str) -> list[str]:
    return [s.strip() for s in re.findall(r"[^.?!]+[.?!]", text)]


def essay_text(title: str) -> str:
    return " ".join(block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"])


def paragraphs_of(title: str) -> list[str]:
    return [block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"] if b[0] == "paragraph"]


def unique_to(text: str, title: str) -> bool:
    """True when `text` occurs in the essay called `title` and in none of the set's other essays."""
    want = norm(text)
    return all((want in norm(essay_text(t))) == (t == title) for t in ESSAYS_BY_TITLE)


def opening_words(title: str, at_least: int = 18) -> str:
    """The first words of the essay: the whole hook sentence and, if it is short, a few words of the next."""
    first = paragraphs_of(title)[0]
    hook = ESSAYS_BY_TITLE[title]["opener"]
    assert first.startswith(hook)
    words = first.split()
    text = " ".join(words[:max(at_least, len(hook.split()))]).rstrip(",;:")
    assert unique_to(text, title), title
    return text


def thesis_sentence(title: str) -> str:
    """The sentence that closes the first paragraph and states the card's thesis."""
    sen = ESSAYS_BY_TITLE[title]["thesis"]
    assert paragraphs_of(title)[0].endswith(sen) and unique_to(sen, title), title
    return sen


def second_fact(title: str) -> str:
    fact = ESSAYS_BY_TITLE[title]["card"]["facts"][1]
    assert unique_to(fact, title), title
    return fact


def strand_lead(title: str) -> str:
    """The sentence that opens the paragraph on the essay's second strand."""
    sen = ESSAYS_BY_TITLE[title]["leads"][1]
    assert any(p.startswith(sen) for p in paragraphs_of(title)) and unique_to(sen, title), title
    return sen


class Page(g2.Page):
    """sites2's Page with this set's level, grade and subject and the list of every title on the site."""

    def __init__(self, essay, rng, index, site_titles, site: str):
        super().__init__(essay, rng, index, site_titles)
        self.topic = essay["tags"][0]
        self.category = cap(self.topic)
        self.site_titles = list(site_titles)
        self.others = sorted({t for t in site_titles if t != self.title})
        self.level = rng.choice(SITE_LEVELS[site])
        self.grade = rng.choice(SITE_GRADES[site])
        self.serial = rng.randint(1000, 9999)


SEED = 1818  # set by main(); the pages that carry a site's rarer pieces are drawn from it


def _chosen_pages(site: str, role: str, count: int) -> list[int]:
    return sorted(random.Random(f"eighteen:{SEED}:{site}:{role}").sample(range(1, PAGES_PER_SITE + 1), count))


def shown_on(site: str, role: str, count: int, page: Page) -> bool:
    """Is this page one of the `count` pages on which the site shows the piece `role`?"""
    return page.index in _chosen_pages(site, role, count)


def rank_on(site: str, role: str, count: int, page: Page) -> int | None:
    """The page's place (0, 1, 2 ...) among the pages that show `role`, or None when it shows none."""
    chosen = _chosen_pages(site, role, count)
    return chosen.index(page.index) if page.index in chosen else None


def half_and_half(site: str, role: str, page: Page, first: int = 9) -> bool:
    """For a moving piece: True where it precedes the essay (on `first` pages), False where it follows."""
    order = list(range(1, PAGES_PER_SITE + 1))
    random.Random(f"eighteen:{SEED}:{site}:{role}:ahead").shuffle(order)
    return page.index in order[:first]


def note_for(notes: list[str], p: Page, **more) -> str:
    return p.rng.choice(notes).format(**{"topic": p.topic, "title": p.title, "level": p.level, **more})


def hexid(*parts, n: int = 24) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def put(body: list, pos: int, piece) -> None:
    """Slip a template piece into the essay's pieces at `pos`. If the piece before that point is a heading or a
    lead-in ending in a colon, step back until it is not, so that nothing separates a lead-in from its quotation
    or list, or a heading from its text."""
    while pos > 0 and body[pos - 1][0] in ("heading", "lead"):
        pos -= 1
    body.insert(max(pos, 1), piece)


def kind_of(kind: str, value) -> str:
    return "lead" if kind == "paragraph" and value.rstrip().endswith(":") else kind


def essay_pieces(p: Page, heading, para, quote_, listing) -> list[tuple[str, str]]:
    """The blocks the page shows, as (kind, html); paragraphs that end in a colon get the kind "lead"."""
    pieces = []
    for kind, value in p.visible():
        if kind == "heading":
            pieces.append(("heading", heading(value)))
        elif kind == "paragraph":
            pieces.append((kind_of(kind, value), para(value)))
        elif kind == "quote":
            pieces.append(("text", quote_(value)))
        else:
            ordered, items = value
            pieces.append(("text", listing(ordered, items)))
    return pieces


def by_subject(p: Page) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for t in p.site_titles:
        out.setdefault(cap(ESSAYS_BY_TITLE[t]["tags"][0]), []).append(t)
    return {k: sorted(v) for k, v in sorted(out.items())}


def month_day_year(d: date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


# ---- 1. wooler: a Wayback Machine capture of a ColdFusion coursework archive ----------------------------------------

WL_HOST = "www.courseworkcellar.co.uk"
WL_NAME = "The Coursework Cellar"
WL_TAGLINE = "Free essays and coursework, shared by students since 2003"
WL_MEMBERS = ["hist_girl_91", "ChrisP_Leeds", "sam.writes", "owlbear22", "Jess_on_tour", "Rhodri_J", "mel_b_2008",
              "the_tall_one", "Kez", "anon_scholar", "Big_Dave_History", "ellie.k"]
WL_AD_LABELS = ["Sponsored links", "Ads from our partners", "Adverts", "Student offers"]
WL_ADS = [
    ("Tutor Link UK", "Stuck on your {topic} coursework? Book an hour with a qualified tutor from £18.",
     "www.tutorlink-uk.co.uk"),
    ("Proofread Overnight", "Send your draft before midnight and have it back corrected by breakfast.",
     "www.proofovernight.com"),
    ("Revision Cards Direct", "Printed revision cards for every A-level subject. Free UK delivery.",
     "www.revisioncardsdirect.co.uk"),
    ("Student Laptops from £199", "Refurbished laptops with a twelve-month guarantee, ideal for coursework.",
     "www.unilaptops.co.uk"),
    ("Gap Year Placements", "Teach, build or volunteer abroad before university. Applications open for September.",
     "www.gapyearplacements.org"),
    ("Essay Planning Workshops", "One-day {topic} workshops in Leeds, Manchester and Newcastle. Places are limited.",
     "www.essayworkshops.co.uk"),
    ("Cheap Set Texts", "Second-hand set texts at up to 70% off. Search by exam board.", "www.booksforstudents.co.uk"),
]
WL_CAPTIONS = ["an engraving from the period, scanned from a library book", "a sketch map drawn by the writer",
               "a photograph taken on a school visit"]
WL_BANNERS = [
    "The Cellar will be closed for maintenance on Sunday morning between 2am and 6am.",
    "We have passed 4,000 essays! Thank you to everyone who has shared their work.",
    "The new essay help forum is now open to every member.",
]
WL_STAFFNOTE = ("Note from the Cellar team: this essay was shared before we began checking sources, and some of "
                "its references could not be verified.")
WL_COLLECTION = "UK Education Web Survey 2010"
WL_COLLECTION_BLURB = ("Pages gathered in a survey of British school, college and student websites, added to the "
                       "Wayback Machine after a short delay.")


def wl_ts(p: Page) -> datetime:
    return datetime(2009, 6, 1, 3, 0) + timedelta(days=p.rng.randint(0, 700), seconds=p.rng.randint(0, 80000))


def wl_eid(title: str) -> int:
    return int(hexid("wooler", "eid", title, n=5), 16) % 8000 + 1200


def wl_orig(title: str) -> str:
    return f"http://{WL_HOST}:80/essays/view.cfm?id={wl_eid(title)}"


def wooler(p: Page) -> str:
    rng = p.rng
    site = "wooler"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    ts = wl_ts(p)
    stamp = ts.strftime("%Y%m%d%H%M%S")
    orig = wl_orig(p.title)

    def wb(path: str, kind: str = "") -> str:
        return f"/web/{stamp}{kind}/http://{WL_HOST}{path}"

    indent = "\u00a0" * 4
    pieces = essay_pieces(p, lambda v: f'<p class="esshead"><b>{esc(v)}</b></p>', lambda v: f"<p>{indent}{esc(v)}</p>",
                          lambda v: f"<blockquote><p><i>{esc(v)}</i></p></blockquote>",
                          lambda o, items: f"<{'ol' if o else 'ul'}>" + "".join(f"<li>{esc(i)}</li>" for i in items) + f"</{'ol' if o else 'ul'}>")
    n_essay = len(pieces)
    if shown_on(site, "ads", 13, p):
        label = rng.choice(WL_AD_LABELS)
        ads = rng.sample(WL_ADS, 2)
        body = "".join(f'<p class="ad"><a class="adtitle" href="{wb("/out.cfm?ad=" + str(k))}" rel="nofollow">{esc(t)}</a><br />'
                       f'{esc(txt.format(topic=p.topic))}<br /><span class="adurl">{esc(u)}</span></p>' for k, (t, txt, u) in enumerate(ads))
        put(pieces, spot(n_essay, rng, 2, 6), ("note", f'<div class="inlineads"><p class="adlabel">{esc(label)}</p>{body}</div>'))
        p.clutter += [label] + [x for t, txt, u in ads for x in (t, txt.format(topic=p.topic), u)]
    turn = rank_on(site, "media", 4, p)
    if turn is not None:
        fig = hexid(site, "fig", p.title, n=8)
        if turn % 2 == 0:
            caption = f"Figure 1: {rng.choice(WL_CAPTIONS)}"
            piece = (f'<p align="center"><img src="{wb("/essayimages/" + fig + ".jpg", "im_")}" alt="[Image]" width="400" height="260" />'
                     f'<br /><span class="caption">{esc(caption)}</span></p>')
            p.clutter.append(caption)
        else:
            title = f"Interactive timeline, {ESSAYS_BY_TITLE[p.title]['card']['period']}"
            fallback = "This timeline needs Adobe Flash Player 9 or later. Get the free player from Adobe."
            piece = (f'<div class="flashbox"><p class="flashtitle">{esc(title)}</p><object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000" width="480" height="200">'
                     f'<param name="movie" value="{wb("/flash/timeline_" + fig + ".swf", "oe_")}" /><param name="quality" value="high" />'
                     f'<embed src="{wb("/flash/timeline_" + fig + ".swf", "oe_")}" quality="high" type="application/x-shockwave-flash" width="480" height="200"></embed>'
                     f'</object><p class="noflash">{esc(fallback)}</p></div>')
            p.clutter += [title, fallback]
        put(pieces, rng.randint(2, max(2, len(pieces) - 1)), ("grid", piece))
    if p.cut is not None:
        more = p.rest_words()
        wall = (f"Members only: the remaining {fmt_int(more)} words of this essay can be read by Cellar members. "
                f"Joining is free when you share an essay of your own.")
        pieces.append(("wall", f'<div class="membersonly"><p><b>{esc(wall)}</b></p><p><a href="{wb("/login.cfm")}">Log in</a> or '
                               f'<a href="{wb("/join.cfm")}">join the Cellar</a></p></div>'))
        p.clutter += [wall, "join the Cellar"]
    if p.cut is None and p.refs:
        pieces.append(("heading", '<p class="esshead"><b>Works Cited</b></p>'))
        pieces.append(("refs", "".join(f'<p class="bib">{mk}</p>' for _, mk in p.refs)))
    # the essay's details table, with the counts
    member = rng.choice(WL_MEMBERS)
    added = date(2004, 2, 1) + timedelta(days=rng.randint(0, 1800))
    reads = rng.randint(150, 24000)
    info = [("Subject:", p.category), ("Level:", p.level), ("Grade awarded:", p.grade),
            ("Size of essay:", f"{fmt_int(p.words)} words of prose"),
            ("Printed extent:", f"{plural(p.pages, 'page')} of A4"),
            ("Shared by:", member), ("Date added:", added.strftime("%d/%m/%Y")), ("Times read:", fmt_int(reads))]
    table = ('<table class="essayinfo" cellpadding="3" cellspacing="0" border="0">' + "".join(
        f'<tr><td class="infolabel">{esc(k)}</td><td class="infovalue">{esc(v)}</td></tr>' for k, v in info) + "</table>")
    p.clutter += [f"{k} {v}" for k, v in info]
    staff = ""
    if shown_on(site, "staffnote", 6, p):
        staff = f'<p class="staffnote"><img src="{wb("/images/warning.gif", "im_")}" alt="!" width="16" height="16" /> {esc(WL_STAFFNOTE)}</p>\n'
        p.clutter.append(WL_STAFFNOTE)
    # the rating box moves: above the essay text on half the pages, below it on the others
    stars, votes = rng.choice(["3.4", "3.8", "4.1", "4.5", "2.9", "4.7"]), rng.randint(4, 160)
    rate = (f'<div class="ratebox"><form action="{wb("/rate.cfm")}" method="post"><b>Rate this essay:</b> '
            f'<select name="stars"><option value="5">5 - Excellent</option><option value="4">4 - Good</option><option value="3">3 - Average</option>'
            f'<option value="2">2 - Weak</option><option value="1">1 - Poor</option></select> <input type="submit" value="Vote" /> '
            f'<span class="ratenow">Average rating {stars} from {votes} votes</span></form></div>')
    p.clutter += ["Rate this essay:", f"Average rating {stars} from {votes} votes", "5 - Excellent", "1 - Poor"]
    essay_html = "\n".join(h for _, h in pieces)
    if half_and_half(site, "rate", p):
        main_block = f'{rate}\n<div id="essaytext">\n{essay_html}\n</div>'
    else:
        main_block = f'<div id="essaytext">\n{essay_html}\n</div>\n{rate}'
    # other essays' opening words
    also = ""
    for t in rng.sample(p.others, 3):
        words = opening_words(t, rng.randint(16, 22))
        also += f'<li><a href="{wb("/essays/view.cfm?id=" + str(wl_eid(t)))}">{esc(t)}</a><br /><span class="excerpt">{esc(words)} ...</span></li>'
        p.clutter += [t, words]
    # left column: subjects with counts, the week's most read, newest, statistics and the visit counter
    subjects = sorted({cap(ESSAYS_BY_TITLE[t]["tags"][0]) for t in p.site_titles})
    subj_html = "".join(f'<li><a href="{wb("/essays/browse.cfm?subject=" + quote(s))}">{esc(s)}</a> ({int(hexid(site, "n", s, n=4), 16) % 380 + 40})</li>' for s in subjects)
    p.clutter += [f"{s} ({int(hexid(site, 'n', s, n=4), 16) % 380 + 40})" for s in subjects]
    top = ""
    for t in rng.sample(p.others, 5):
        n = rng.randint(300, 4000)
        top += f'<li><a href="{wb("/essays/view.cfm?id=" + str(wl_eid(t)))}">{esc(t)}</a> - read {fmt_int(n)} times</li>'
        p.clutter += [t, f"{t} - read {fmt_int(n)} times"]
    newest = ""
    day = ts.date()
    for t in rng.sample(p.others, 4):
        day -= timedelta(days=rng.randint(1, 9))
        newest += f'<li><a href="{wb("/essays/view.cfm?id=" + str(wl_eid(t)))}">{esc(t)}</a> <span class="date">{day.strftime("%d/%m/%y")}</span></li>'
        p.clutter.append(t)
    n_essays, n_members, online = 4700 + rng.randint(0, 400), 21000 + rng.randint(0, 4000), rng.randint(9, 80)
    visits = 1_050_000 + rng.randint(0, 400_000)
    stats = [("Essays in the Cellar:", fmt_int(n_essays)), ("Registered members:", fmt_int(n_members)), ("Members online now:", str(online))]
    p.clutter += [f"{k} {v}" for k, v in stats] + [f"Cellar visitors counted since September 2003: {fmt_int(visits)}"]
    banner = ""
    turn = rank_on(site, "banner", 3, p)
    if turn is not None:
        banner = f'<div id="sitenotice">{esc(WL_BANNERS[turn])}</div>\n'
        p.clutter.append(WL_BANNERS[turn])
    # the archive's toolbar (hidden by an inline style until its script runs) and its print-only line
    months = [(ts.replace(day=1) - timedelta(days=1)), ts, (ts.replace(day=28) + timedelta(days=5))]
    first_cap = date(2005, 3, 1) + timedelta(days=int(hexid(site, "first", p.title, n=4), 16) % 1400)
    last_cap = date(2012, 1, 1) + timedelta(days=int(hexid(site, "last", p.title, n=4), 16) % 3000)
    n_caps = int(hexid(site, "caps", p.title, n=4), 16) % 170 + 6
    span = f"{first_cap.day} {first_cap.strftime('%b')} {first_cap.year} - {last_cap.day} {last_cap.strftime('%b')} {last_cap.year}"
    print_line = f"The Wayback Machine - https://web.archive.org/web/{stamp}/{orig}"
    p.clutter += [f"{n_caps} captures", span, "About this capture", "COLLECTED BY", WL_COLLECTION, WL_COLLECTION_BLURB,
                  "TIMESTAMPS", print_line]
    retrieved = datetime(2025, 2, 3, 9, 41, 27) + timedelta(minutes=p.index * 7)
    p.clutter += [WL_NAME, WL_TAGLINE, "Browse by subject", "Most read this week", "Just added", "Cellar statistics",
                  "Readers of this essay also opened", "Bookmark this essay:", "Printer-friendly version", "Email to a friend",
                  "Report a problem", "Forgotten your password?", "Share your essay", "Essay help forum",
                  f"\u00a9 2003-{ts.year} {WL_NAME}. Essays remain the copyright of the students who wrote them.",
                  "Privacy policy", "Terms of use", "Advertise here", "Home > Essays > " + p.category]
    desc = html.escape(f"{p.title}: a free {p.topic} essay shared by a student on {WL_NAME}.")
    v = hexid("wayback", "v", n=8)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><!-- InstanceBegin template="/Templates/cellar_essay.dwt.cfm" codeOutsideHTMLIsLocked="false" -->
<head><script type="text/javascript" src="https://web-static.archive.org/_static/js/bundle-playback.js?v={v}" charset="utf-8"></script>
<script type="text/javascript" src="https://web-static.archive.org/_static/js/wombat.js?v={v}" charset="utf-8"></script>
<script>window.RufflePlayer=window.RufflePlayer||{{}};window.RufflePlayer.config={{"autoplay":"on","unmuteOverlay":"hidden"}};</script>
<script type="text/javascript" src="https://web-static.archive.org/_static/js/ruffle/ruffle.js"></script>
<script type="text/javascript">
  __wm.init("https://web.archive.org/web");
  __wm.wombat("{orig}","{stamp}","https://web.archive.org/","web","https://web-static.archive.org/_static/",
	      "{int(ts.timestamp())}");
</script>
<link rel="stylesheet" type="text/css" href="https://web-static.archive.org/_static/css/banner-styles.css?v={v}" />
<link rel="stylesheet" type="text/css" href="https://web-static.archive.org/_static/css/iconochive.css?v={v}" />
<!-- End Wayback Rewrite JS Include -->

<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<!-- InstanceBeginEditable name="doctitle" -->
<title>{esc(p.title)} | Free {esc(p.category)} Coursework | {WL_NAME}</title>
<meta name="description" content="{desc}" />
<meta name="keywords" content="free essays, coursework, {html.escape(p.topic)}, {html.escape(p.level)}" />
<!-- InstanceEndEditable -->
<link href="{wb('/css/cellar.css', 'cs_')}" rel="stylesheet" type="text/css" />
<script src="{wb('/Scripts/AC_RunActiveContent.js', 'js_')}" type="text/javascript"></script>
<script type="text/javascript">
var _gaq = _gaq || [];
_gaq.push(['_setAccount', 'UA-{int(hexid(site, "ga", n=6), 16) % 9000000 + 1000000}-1']);
_gaq.push(['_trackPageview']);
</script>
</head>
<body><!-- BEGIN WAYBACK TOOLBAR INSERT -->
<script>__wm.rw(0);</script>
<div id="wm-ipp-base" lang="en" style="display:none;direction:ltr;">
<div id="wm-ipp" style="position:fixed;left:0;top:0;right:0;">
<div id="wm-ipp-inside">
  <div id="wm-logo" style="position:absolute;top:0;left:0;"><a href="/web/" title="Wayback Machine home page"><img src="https://web-static.archive.org/_static/images/toolbar/wayback-toolbar-logo-200.png" srcset="https://web-static.archive.org/_static/images/toolbar/wayback-toolbar-logo-100.png, https://web-static.archive.org/_static/images/toolbar/wayback-toolbar-logo-150.png 1.5x, https://web-static.archive.org/_static/images/toolbar/wayback-toolbar-logo-200.png 2x" alt="Wayback Machine" style="width:100px" border="0" /></a></div>
  <div class="c">
    <div class="u" style="display:table-row;"><div class="n"><form class="wmtb" id="wm-ipp-form" target="_top" method="get" action="/web/submit"><input type="hidden" name="type" value="replay" /><input type="hidden" name="date" value="{stamp}" /><input type="text" name="url" value="{orig}" id="wmtbURL" /><button type="submit" class="sr-only">Go</button></form></div></div>
    <div id="wm-ipp-sparkline" title="Explore captures for this URL" style="position:relative"><canvas id="wm-sparkline-canvas" width="475" height="27" border="0"></canvas></div>
    <table class="n" cellspacing="0" cellpadding="0"><tr class="y">
      <td class="b"><a href="https://web.archive.org/web/{months[0].strftime('%Y%m%d')}000000*/{orig}" title="{months[0].strftime('%d %b %Y')}">{months[0].strftime('%b').upper()}</a></td>
      <td class="c" title="You are here: {ts.strftime('%H:%M:%S %b %d, %Y')}">{ts.strftime('%b').upper()}</td>
      <td class="f"><a href="https://web.archive.org/web/{months[2].strftime('%Y%m%d')}000000*/{orig}" title="{months[2].strftime('%d %b %Y')}">{months[2].strftime('%b').upper()}</a></td>
    </tr><tr class="d"><td class="b"></td><td class="c"><div id="wm-nav-day">{ts.day}</div></td><td class="f"></td></tr>
    <tr class="y"><td class="b">{ts.year - 1}</td><td class="c">{ts.year}</td><td class="f">{ts.year + 1}</td></tr></table>
    <div class="s"><div id="wm-nav-captures"><a class="t" href="/web/{stamp}*/{orig}" title="See a list of every capture for this URL">{n_caps} captures</a><div class="r" title="Timespan for captures of this URL">{span}</div></div></div>
  </div>
  <div class="r" style="position:absolute;top:0;right:0;"><div id="wm-btns"><a href="#" id="wm-expand" title="Show or hide the capture details"><span class="iconochive-down-solid"></span> <span class="xxs">About this capture</span></a></div>
    <div id="wm-capinfo" style="display:none;"><div id="wm-capinfo-collected-by"><div style="background-color:#666;color:#fff;font-weight:bold;text-align:center">COLLECTED BY</div>
      <div style="padding:3px;position:relative" id="wm-collected-by-content"><div style="display:inline-block;vertical-align:top;width:50%;">Collection: <a href="https://archive.org/details/ukeduwebsurvey2010" target="_new"><span class="wm-title">{WL_COLLECTION}</span></a><div style="max-height:75px;overflow:hidden;position:relative;">{esc(WL_COLLECTION_BLURB)}</div></div></div></div>
      <div id="wm-capinfo-timestamps"><div style="background-color:#666;color:#fff;font-weight:bold;text-align:center" title="Timestamps for the elements of this page">TIMESTAMPS</div><div><div id="wm-capresources" style="margin:0 5px 5px 5px;max-height:250px;overflow-y:scroll !important"></div></div></div>
    </div></div>
</div>
</div>
</div>
<div id="wm-ipp-print">{esc(print_line)}</div>
<script type="text/javascript">//<![CDATA[
__wm.bt(700,27,25,2,"web","{orig}","{stamp}",1996,"https://web-static.archive.org/_static/",["https://web-static.archive.org/_static/css/banner-styles.css?v={v}","https://web-static.archive.org/_static/css/iconochive.css?v={v}"], false);
if (window.archive_analytics) {{ window.archive_analytics.values['server_name']="wwwb-app{int(hexid(site, 'srv', p.index, n=2), 16) % 60 + 200}.us.archive.org"; }}
//]]></script>
<!-- END WAYBACK TOOLBAR INSERT -->
{banner}<div id="wrapper">
<div id="header">
<a href="{wb('/')}"><img src="{wb('/images/cellar_logo.gif', 'im_')}" alt="{WL_NAME}" width="320" height="70" border="0" /></a>
<div id="tagline">{WL_TAGLINE}</div>
<div id="memberbox"><form action="{wb('/login.cfm')}" method="post">Username: <input type="text" name="user" size="10" /> Password: <input type="password" name="pass" size="10" /> <input type="submit" value="Log in" /></form>
<a href="{wb('/forgot.cfm')}">Forgotten your password?</a> | <a href="{wb('/join.cfm')}">Join free</a></div>
</div>
<ul id="topnav"><li><a href="{wb('/')}">Home</a></li><li><a href="{wb('/essays/')}">Browse essays</a></li><li><a href="{wb('/share.cfm')}">Share your essay</a></li><li><a href="{wb('/forum/')}">Essay help forum</a></li><li><a href="{wb('/contact.cfm')}">Contact us</a></li></ul>
<div id="leftcol">
<div class="sidebox"><h3>Browse by subject</h3><ul>{subj_html}</ul></div>
<div class="sidebox"><h3>Most read this week</h3><ol>{top}</ol></div>
<div class="sidebox"><h3>Just added</h3><ul>{newest}</ul></div>
<div class="sidebox"><h3>Cellar statistics</h3><p>{"<br />".join(f"{esc(k)} <b>{esc(v)}</b>" for k, v in stats)}</p></div>
<div id="counter">Cellar visitors counted since September 2003: <b>{fmt_int(visits)}</b></div>
</div>
<div id="maincol">
<!-- InstanceBeginEditable name="content" -->
<div id="crumbs"><a href="{wb('/')}">Home</a> &gt; <a href="{wb('/essays/')}">Essays</a> &gt; <a href="{wb('/essays/browse.cfm?subject=' + quote(p.category))}">{esc(p.category)}</a> &gt; {esc(p.title)}</div>
<h1 class="essaytitle">{esc(p.title)}</h1>
{staff}{table}
{main_block}
<div class="printbar"><a href="{wb('/essays/print.cfm?id=' + str(wl_eid(p.title)))}">Printer-friendly version</a> | <a href="{wb('/essays/send.cfm?id=' + str(wl_eid(p.title)))}">Email to a friend</a> | <a href="{wb('/report.cfm?id=' + str(wl_eid(p.title)))}">Report a problem</a></div>
<div class="alsoread"><h3>Readers of this essay also opened</h3><ul>{also}</ul></div>
<div class="bookmarks">Bookmark this essay: <a href="http://del.icio.us/post?url={quote(orig, safe='')}">del.icio.us</a> <a href="http://digg.com/submit?url={quote(orig, safe='')}">Digg</a> <a href="http://www.stumbleupon.com/submit?url={quote(orig, safe='')}">StumbleUpon</a> <a href="http://www.facebook.com/share.php?u={quote(orig, safe='')}">Facebook</a></div>
<!-- InstanceEndEditable -->
</div>
<div id="footer">&copy; 2003-{ts.year} {WL_NAME}. Essays remain the copyright of the students who wrote them.<br /><a href="{wb('/privacy.cfm')}">Privacy policy</a> | <a href="{wb('/terms.cfm')}">Terms of use</a> | <a href="{wb('/linktous.cfm')}">Link to us</a> | <a href="{wb('/advertise.cfm')}">Advertise here</a></div>
</div>
<script type="text/javascript">
(function() {{ var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s); }})();
</script>
</body>
<!-- InstanceEnd --></html>
<!--
     FILE ARCHIVED ON {ts.strftime('%H:%M:%S %b %d, %Y')} AND RETRIEVED FROM THE
     INTERNET ARCHIVE ON {retrieved.strftime('%H:%M:%S %b %d, %Y')}.
     JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.
-->
<!--
playback timings (ms):
  captures_list: {0.5 + p.index / 10:.1f}
  exclusion.robots: 0.02
  esindex: 0.01
  load_resource: {90 + p.index * 3.7:.1f}
-->"""


# ---- 2. warkworth: Omeka Classic (Berlin theme), a local history society's archive of prize essays -----------------

WK_ROOT = "https://archive.warkworthhistory.org.uk"
WK_NAME = "Warkworth Young Historians' Archive"
WK_SOCIETY = "Warkworth and District Local History Society"
WK_TRANSCRIBED = ("[Transcribed from the entrant's typescript by a society volunteer. Spelling and punctuation "
                  "follow the original.]")
WK_NOTE_LABELS = ["Judges' comment:", "In the margin, in red ink:", "Pencilled by a judge:", "Editor's aside:"]
WK_NOTES = [
    "this is where the entry moved from telling the story to arguing about it",
    "a local source would have strengthened this paragraph",
    "careful use of figures, each one tied to a named writer",
    "the judges discussed this paragraph at length",
    "a fair account of a view the entrant goes on to reject",
    "one of the best handled pieces of {topic} evidence we read this year",
    "shorter sentences would help here, but the point is sound",
]
WK_BANNERS = [
    "Entries for this year's prize close on 31 March. Forms are available from the Old Reading Room.",
    "The archive will be unavailable on Saturday while the society moves to a new server.",
    "Volunteers are needed to help transcribe the prize entries from the 1990s.",
]
WK_RESTRICTED = ("The entrant's name is withheld at their request. Please contact the society before quoting "
                 "from this essay.")
WK_CRITERIA = [("Research", 10), ("Argument", 10), ("Use of sources", 10), ("Presentation", 5)]


def wk_item(title: str) -> int:
    return int(hexid("warkworth", "item", title, n=5), 16) % 900 + 140


def wk_year(title: str) -> int:
    return 1999 + int(hexid("warkworth", "year", title, n=4), 16) % 25


def wk_ident(title: str) -> str:
    return f"WYH/{wk_year(title)}/{int(hexid('warkworth', 'ident', title, n=4), 16) % 40 + 1:02d}"


def wk_href(title: str) -> str:
    return f"/items/show/{wk_item(title)}"


def wk_level(title: str) -> str:
    return SITE_LEVELS["warkworth"][int(hexid("warkworth", "level", title, n=4), 16) % len(SITE_LEVELS["warkworth"])]


def wk_summary_lead(title: str) -> str:
    return f"An entry in the {wk_level(title).split(' (')[0].lower()} for the {wk_year(title)} prize. The entrant's own summary:"


def warkworth(p: Page) -> str:
    rng = p.rng
    site = "warkworth"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    p.level = wk_level(p.title)  # the section an entry was in is part of the record, the same wherever it is shown
    pieces = essay_pieces(p, lambda v: f"<h3>{esc(v)}</h3>", lambda v: f"<p>{esc(v)}</p>",
                          lambda v: f"<blockquote><p>{esc(v)}</p></blockquote>",
                          lambda o, items: f"<{'ol' if o else 'ul'}>" + "".join(f"<li>{esc(i)}</li>" for i in items) + f"</{'ol' if o else 'ul'}>")
    n_essay = len(pieces)
    if shown_on(site, "judges", 13, p):
        label = rng.choice(WK_NOTE_LABELS)
        text = note_for(WK_NOTES, p)
        put(pieces, spot(n_essay, rng, 2, 6), ("note", f"<p><em>[{esc(label)} {esc(text)}]</em></p>"))
        p.clutter.append(f"[{label} {text}]")
    turn = rank_on(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            rows = [(c, rng.randint(top - 3, top), top) for c, top in WK_CRITERIA]
            body = "".join(f"<tr><td>{esc(c)}</td><td>{got} / {top}</td></tr>" for c, got, top in rows)
            piece = (f'<table class="scoresheet"><caption>Judges\' scoresheet (copied from the back of the entry)</caption>'
                     f"<tr><th>Criterion</th><th>Score</th></tr>{body}</table>")
            p.clutter += ["Judges' scoresheet (copied from the back of the entry)", "Criterion Score"] + [f"{c} {got} / {top}" for c, got, top in rows]
        else:
            k = rng.randint(2, max(2, p.pages))
            img = hexid(site, "scan", p.title, n=32)
            caption = f"Page {k} of the original typescript, with the entrant's handwritten corrections."
            piece = (f'<p><img src="{WK_ROOT}/files/fullsize/{img}.jpg" alt="Scan of page {k} of the typescript" width="420" /></p>'
                     f"<p><small>{esc(caption)}</small></p>")
            p.clutter.append(caption)
        put(pieces, rng.randint(2, max(2, len(pieces) - 1)), ("grid", piece))
    if p.cut is not None:
        more = p.rest_words()
        wall = (f"[Transcription in progress: the remaining {fmt_int(more)} words of this entry have not yet been "
                f"checked by a volunteer and are not shown.]")
        pieces.append(("wall", f"<p><strong>{esc(wall)}</strong></p>"))
        p.clutter.append(wall)
    if p.cut is None and p.refs:
        pieces.append(("heading", "<h3>Works Cited</h3>"))
        pieces.append(("refs", "<ul>" + "".join(f"<li>{mk}</li>" for _, mk in p.refs) + "</ul>"))
    # the transcriber's note moves: first in the Text element on half the pages, last on the others
    transcribed = ("note", f"<p><em>{esc(WK_TRANSCRIBED)}</em></p>")
    if half_and_half(site, "transcribed", p):
        pieces.insert(0, transcribed)
    else:
        pieces.append(transcribed)
    p.clutter.append(WK_TRANSCRIBED)
    text_html = "\n".join(h for _, h in pieces)
    # Dublin Core: the Description repeats the essay's own thesis sentence
    year = wk_year(p.title)
    lead = wk_summary_lead(p.title)
    thesis = thesis_sentence(p.title)
    creator = f"Entrant {year}/{int(hexid(site, 'ident', p.title, n=4), 16) % 40 + 1:02d} (name withheld)"
    dc = [("title", "Title", esc(p.title)), ("subject", "Subject", esc(p.category)),
          ("description", "Description", f"{esc(lead)} \u201c{esc(thesis)}\u201d"),
          ("creator", "Creator", esc(creator)), ("date", "Date", str(year)),
          ("format", "Format", esc(f"Word-processed typescript, {fmt_int(p.words)} words")),
          ("rights", "Rights", "Copyright remains with the entrant. Shared for private study with the entrant's permission."),
          ("language", "Language", "English"), ("type", "Type", "Text"), ("identifier", "Identifier", esc(wk_ident(p.title)))]
    dc_html = "".join(f'<div id="dublin-core-{k}" class="element"><h3>{label}</h3><div class="element-text">{v}</div></div>' for k, label, v in dc)
    p.clutter += [lead, creator, f"Format Word-processed typescript, {fmt_int(p.words)} words", "Word-processed typescript",
                  "Copyright remains with the entrant. Shared for private study with the entrant's permission.",
                  f"Identifier {wk_ident(p.title)}", "Dublin Core", "Text Item Type Metadata", "Original Format"]
    sheets = f"{plural(p.pages, 'sheet')} of A4, stapled"
    p.clutter.append(f"Original Format {sheets}")
    restricted = ""
    if shown_on(site, "restricted", 6, p):
        restricted = f'<div class="restricted-note"><p>{esc(WK_RESTRICTED)}</p></div>\n'
        p.clutter.append(WK_RESTRICTED)
    # "More from this collection": three other entries with their Description (their own thesis sentence)
    more_html = ""
    for t in rng.sample(p.others, 3):
        sen = thesis_sentence(t)
        more_html += (f'<div class="item record"><h3><a href="{wk_href(t)}" class="permalink">{esc(t)}</a></h3>'
                      f'<div class="item-description">{esc(wk_summary_lead(t))} \u201c{esc(sen)}\u201d</div></div>')
        p.clutter += [t, wk_summary_lead(t), sen]
    related = rng.sample(p.others, 2)
    rel_html = "".join(f'<tr><td>This Item</td><td>is related to</td><td><a href="{wk_href(t)}">{esc(t)}</a></td></tr>' for t in related)
    p.clutter += related + ["Item Relations", "This Item is related to"]
    views = rng.randint(40, 2400)
    accessed = date(2025, 1, 6) + timedelta(days=p.index * 3)
    citation = (f"{creator.split(' (')[0]}, \u201c{p.title},\u201d {WK_NAME}, accessed {month_day_year(accessed)}, "
                f"{WK_ROOT}{wk_href(p.title)}.")
    p.clutter += [citation, f"This item has been looked at {fmt_int(views)} times.", f"Prize entries, {year}",
                  "Output Formats", "dcmes-xml", "omeka-xml", "More from this collection"]
    scans = "".join(f'<div class="item-file image-jpeg"><a class="item-file-link" href="{WK_ROOT}/files/original/{hexid(site, "file", p.title, k, n=32)}.jpg">'
                    f'<img class="thumb" src="{WK_ROOT}/files/square_thumbnails/{hexid(site, "file", p.title, k, n=32)}.jpg" alt="{wk_ident(p.title)} page {k}" title="{wk_ident(p.title)} page {k}"></a></div>'
                    for k in range(1, p.pages + 1))
    prev_t, next_t = rng.sample(p.others, 2)
    p.clutter += [f"\u2190 Previous Item: {prev_t}", f"Next Item: {next_t} \u2192", prev_t, next_t]
    banner = ""
    turn = rank_on(site, "banner", 3, p)
    if turn is not None:
        banner = f'<div id="site-notice" class="notice">{esc(WK_BANNERS[turn])}</div>\n'
        p.clutter.append(WK_BANNERS[turn])
    recent = rng.sample(p.others, 4)
    p.clutter += recent + [WK_NAME, WK_SOCIETY, "Skip to the content", "Search using this query type:",
                           "Search only these record types:", "Advanced Search (Items only)", "Browse Items",
                           "Browse Collections", "About the Prize", "Enter This Year", "Recently added",
                           f"{WK_SOCIETY}, The Old Reading Room, Warkworth.", "Powered by Omeka."]
    coins = html.escape(f"ctx_ver=Z39.88-2004&rft_val_fmt=info:ofi/fmt:kev:mtx:dc&rfr_id=info:sid/omeka.org:generator"
                        f"&rft.title={quote(p.title)}&rft.subject={quote(p.category)}&rft.date={year}&rft.format=Text"
                        f"&rft.identifier={quote(WK_ROOT + wk_href(p.title), safe='')}")
    v = "3.1.2"
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="description" content="Essays, photographs and memories from the Warkworth Young Historians' Prize, 1999 to the present." />
    <title>{esc(p.title)} &middot; {esc(WK_NAME)}</title>
    <link rel="alternate" type="application/rss+xml" title="Omeka RSS Feed" href="{WK_ROOT}/items/browse?output=rss2" /><link rel="alternate" type="application/atom+xml" title="Omeka Atom Feed" href="{WK_ROOT}/items/browse?output=atom" />
    <!-- Plugin Stuff -->
    <link href="/plugins/ItemRelations/views/public/css/item-relations.css?v={v}" media="all" rel="stylesheet" type="text/css" >
    <!-- Stylesheets -->
    <link href="/application/views/scripts/css/iconfonts.css?v={v}" media="all" rel="stylesheet" type="text/css" >
<link href="/themes/berlin/css/fonts.css?v={v}" media="all" rel="stylesheet" type="text/css" >
<link href="/themes/berlin/css/style.css?v={v}" media="all" rel="stylesheet" type="text/css" >
    <!-- JavaScripts -->
    <script type="text/javascript" src="//ajax.googleapis.com/ajax/libs/jquery/3.6.0/jquery.min.js"></script>
<script type="text/javascript" src="/application/views/scripts/javascripts/vendor/jquery-ui.js?v={v}"></script>
<script type="text/javascript" src="/application/views/scripts/javascripts/globals.js?v={v}"></script>
<script type="text/javascript" src="/themes/berlin/javascripts/berlin.js?v={v}"></script>
<script type="text/javascript">
    //<!--
    jQuery(document).ready(function () {{ Omeka.showAdvancedForm(); Omeka.skipNav(); Omeka.megaMenu(); Berlin.dropDown(); }});
    //-->
</script>
</head>
 <body class="items show">
    <a href="#content" id="skipnav">Skip to the content</a>
        {banner}<header role="banner">
            <div id="site-title"><a href="{WK_ROOT}" >{esc(WK_NAME)}</a>
</div>
            <div id="search-container" role="search">
                <form id="search-form" name="search-form" action="/search" aria-label="Search" method="get">    <input type="text" name="query" id="query" value="" title="Query" aria-label="Query" aria-labelledby="search-form query">        <button id="advanced-search" type="button" aria-expanded="false" class="show-advanced button" title="Search options" aria-label="Search options">
        <span class="icon" aria-hidden="true"></span>
    </button>
    <div id="advanced-form">
        <fieldset id="query-types">
            <legend>Search using this query type:</legend>
            <label><input type="radio" name="query_type" id="query_type-keyword" value="keyword" checked="checked">Keyword</label><br>
<label><input type="radio" name="query_type" id="query_type-boolean" value="boolean">Boolean</label><br>
<label><input type="radio" name="query_type" id="query_type-exact_match" value="exact_match">Exact match</label>        </fieldset>
                <fieldset id="record-types">
            <legend>Search only these record types:</legend>
                        <input type="checkbox" name="record_types[]" id="record_types-Item" value="Item" checked="checked"> <label for="record_types-Item">Item</label><br>
                        <input type="checkbox" name="record_types[]" id="record_types-File" value="File" checked="checked"> <label for="record_types-File">File</label><br>
                        <input type="checkbox" name="record_types[]" id="record_types-Collection" value="Collection" checked="checked"> <label for="record_types-Collection">Collection</label><br>
                    </fieldset>
                <p><a href="/items/search">Advanced Search (Items only)</a></p>
    </div>
        <button name="submit_search" id="submit_search" type="submit" value="Submit">Submit</button></form>
            </div>
        </header>
        <div id="primary-nav" role="navigation">
             <ul class="navigation">
    <li><a href="/items/browse">Browse Items</a></li>
    <li><a href="/collections/browse">Browse Collections</a></li>
    <li><a href="/about">About the Prize</a></li>
    <li><a href="/enter">Enter This Year</a></li>
</ul>
        </div>
    <div id="content" role="main" tabindex="-1">
<h1>{esc(p.title)}</h1>
{restricted}<div id="primary">
    <div class="element-set">
        <h2>Dublin Core</h2>
        {dc_html}
    </div><!-- end element-set -->
    <div class="element-set">
        <h2>Text Item Type Metadata</h2>
        <div id="text-item-type-metadata-text" class="element">
        <h3>Text</h3>
        <div class="element-text">{text_html}</div>
        </div><!-- end element -->
        <div id="text-item-type-metadata-original-format" class="element">
        <h3>Original Format</h3>
        <div class="element-text">{esc(sheets)}</div>
        </div><!-- end element -->
    </div><!-- end element-set -->
    <span class="Z3988" title="{coins}" aria-hidden="true"></span>
    <div class="item-relations">
        <h2>Item Relations</h2>
        <table><tbody>{rel_html}</tbody></table>
    </div>
    <div id="collection-items">
        <h2>More from this collection</h2>
        {more_html}
    </div>
</div><!-- end primary -->

<aside id="sidebar">
    <div id="itemfiles" class="element">
        <h2>Files</h2>
        <div class="element-text">{scans}</div>
    </div>
    <div id="collection" class="element">
        <h2>Collection</h2>
        <div class="element-text"><p><a href="/collections/show/{year - 1990}">Prize entries, {year}</a></p></div>
    </div>
    <div id="item-tags" class="element">
        <h2>Tags</h2>
        <div class="element-text"><a href="/items/browse?tags={quote(p.topic)}" rel="tag">{esc(p.topic)}</a>, <a href="/items/browse?tags={quote(p.level)}" rel="tag">{esc(p.level)}</a></div>
    </div>
    <div id="item-citation" class="element">
        <h2>Citation</h2>
        <div class="element-text">{esc(citation)}</div>
    </div>
    <div id="item-stats" class="element">
        <div class="element-text"><p>This item has been looked at {fmt_int(views)} times.</p></div>
    </div>
    <div id="item-output-formats" class="element">
        <h2>Output Formats</h2>
        <div class="element-text">
            <ul id="output-format-list">
<li><a href="{wk_href(p.title)}?output=atom">atom</a></li><li><a href="{wk_href(p.title)}?output=dc-rdf">dc-rdf</a></li><li><a href="{wk_href(p.title)}?output=dcmes-xml">dcmes-xml</a></li><li><a href="{wk_href(p.title)}?output=json">json</a></li><li><a href="{wk_href(p.title)}?output=omeka-xml">omeka-xml</a></li></ul>
        </div>
    </div>
    <div id="recent-items" class="element">
        <h2>Recently added</h2>
        <div class="element-text"><ul>{"".join(f'<li><a href="{wk_href(t)}">{esc(t)}</a></li>' for t in recent)}</ul></div>
    </div>
</aside>

<nav>
<ul class="item-pagination navigation">
    <li id="previous-item" class="previous"><a href="{wk_href(prev_t)}">&larr; Previous Item: {esc(prev_t)}</a></li>
    <li id="next-item" class="next"><a href="{wk_href(next_t)}">Next Item: {esc(next_t)} &rarr;</a></li>
</ul>
</nav>

</div><!-- end content -->

<footer role="contentinfo">
    <div id="footer-content" class="center-div">
                <div id="custom-footer-text">
                    <p>{esc(WK_SOCIETY)}, The Old Reading Room, Warkworth.</p>
                </div>
                <p>Powered by <a href="http://omeka.org">Omeka</a>.</p>
    </div><!-- end footer-content -->
</footer>

</body>
</html>
"""


# ---- 3. alnmouth: CXone Expert (MindTouch) in the LibreTexts style, an open textbook's sample essays ---------------

AL_ROOT = "https://openbooks.alnmouth.ac.uk"
AL_LIBRARY = "Alnmouth OpenBooks"
AL_BOOK = "Arguing from Evidence: A History Writing Handbook (Alnmouth College)"
AL_BOOK_PATH = "/Bookshelves/History/Arguing_from_Evidence_(Alnmouth_College)"
AL_CHAPTERS = ["1: Reading the Question", "2: Finding and Weighing Sources", "3: Building a Thesis",
               "4: Paragraphs That Argue", "5: Using Numbers Honestly", "6: Answering Objections",
               "7: Referencing and Integrity", "8: Sample Essays", "9: Writing Your Own"]
AL_EDITORS = ["Dr Hannah Lisle", "Dr Tom Proctor", "Ruth Armorer"]
AL_OBJECTIVES = ["Identify where the writer states the essay's thesis.",
                 "Explain how each body paragraph uses evidence to support a claim.",
                 "Evaluate how the writer deals with an opposing view."]
AL_QUESTIONS = ["What is the writer's main claim, and where is it first stated?",
                "Which piece of evidence does the most work in this essay?",
                "How convincing is the reply to the objection near the end?"]
AL_BOX_LABELS = ["Exercise", "Check Your Understanding", "Try It", "Pause and Reflect"]
AL_BOXES = [
    "Underline the sentence in this paragraph that makes a claim. What evidence supports it?",
    "Rewrite the first sentence of the paragraph above so that it states its point more directly.",
    "Which of the sources mentioned so far is a primary source? How can you tell?",
    "List two questions a sceptical reader of this {topic} essay might ask at this point.",
    "Does the paragraph above describe, explain or argue? Find a phrase that shows which.",
    "How does the writer signal a move to a new part of the argument?",
    "Find a number in this section. What would you need to know before trusting it?",
]
AL_BANNERS = [
    "OpenBooks will be read-only on Thursday evening while the platform is upgraded.",
    "Every chapter of this handbook can now be printed as a single file from the print menu.",
    "Instructors can request editable copies of the sample essays from the library.",
]
AL_EARLIER = ("This sample was written for an earlier version of the module, which set a longer word limit and "
              "a different question.")
AL_PAGE_INDEX = "\\(\\PageIndex{1}\\)"


def al_href(n: int, title: str) -> str:
    return f"{AL_BOOK_PATH}/08%3A_Sample_Essays/8.{n:02d}%3A_{quote(title.replace(' ', '_'), safe='_()')}"


def al_box(kind: str, legend: str, inner: str) -> str:
    return f'<div class="box-{kind}"><p class="box-legend"><span>{esc(legend)}</span></p>{inner}</div>'


def alnmouth(p: Page) -> str:
    rng = p.rng
    site = "alnmouth"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    n = p.index
    numbered = {t: k for k, t in enumerate(p.site_titles, 1)}
    pieces = essay_pieces(p, lambda v: v, lambda v: f"<p>{esc(v)}</p>", lambda v: f"<blockquote><p>{esc(v)}</p></blockquote>",
                          lambda o, items: f"<{'ol' if o else 'ul'}>" + "".join(f"<li>{esc(i)}</li>" for i in items) + f"</{'ol' if o else 'ul'}>")
    n_essay = len(pieces)
    if shown_on(site, "exercise", 13, p):
        legend = f"{rng.choice(AL_BOX_LABELS)} {AL_PAGE_INDEX}"
        text = note_for(AL_BOXES, p)
        put(pieces, spot(n_essay, rng, 2, 6), ("note", al_box("exercise", legend, f"<p>{esc(text)}</p>")))
        p.clutter += [legend, text]
    turn = rank_on(site, "activity", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            lead = "Interactive activity: put the steps of this argument in the order the writer uses them."
            link = f"{AL_ROOT}/h5p/{int(hexid(site, 'h5p', p.title, n=4), 16) % 900 + 100}"
            note = f"This H5P activity can only be used in the online version of the book: {link}"
            piece = f'<div class="h5p-placeholder"><p><strong>{esc(lead)}</strong></p><p>{esc(note)}</p></div>'
            p.clutter += [lead, note]
        else:
            legend = f"Example {AL_PAGE_INDEX}: A Weaker Thesis"
            rival = ESSAYS_BY_TITLE[p.title]["card"]["rival"]
            text = f"A weaker version of this essay might simply claim that {rival}. Compare that with the thesis in the opening paragraph."
            piece = al_box("example", legend, f"<p>{esc(text)}</p>")
            p.clutter += [legend, text]
        put(pieces, rng.randint(2, max(2, len(pieces) - 1)), ("grid", piece))
    if p.cut is not None:
        more = p.rest_words()
        wall = (f"The public version of this sample stops here. The remaining {fmt_int(more)} words are available to "
                f"enrolled students through the module's course page.")
        pieces.append(("wall", al_box("warning", "Abridged sample", f"<p>{esc(wall)}</p>")))
        p.clutter += ["Abridged sample", wall]
    if p.cut is None and p.refs:
        pieces.append(("heading", "Works Cited"))
        pieces.append(("refs", "<ul>" + "".join(f"<li>{mk}</li>" for _, mk in p.refs) + "</ul>"))
    # MindTouch wraps everything from one h2 to the next in an mt-section
    questions = ("template-section", "Questions to Consider", "<ol>" + "".join(f"<li>{esc(q)}</li>" for q in AL_QUESTIONS) + "</ol>")
    editor = AL_EDITORS[int(hexid(site, "ed", p.title, n=4), 16) % len(AL_EDITORS)]
    contributors = ("template-section", "Contributors and Attributions",
                    "<ul><li><p>Sample essay by a student of Alnmouth College, shared with permission and lightly edited.</p></li>"
                    f"<li><p>Annotations and exercises by {esc(editor)}, Department of History.</p></li></ul>")
    p.clutter += ["Questions to Consider"] + AL_QUESTIONS + ["Contributors and Attributions",
                  "Sample essay by a student of Alnmouth College, shared with permission and lightly edited.",
                  f"Annotations and exercises by {editor}, Department of History."]
    sequence = list(pieces)
    if half_and_half(site, "questions", p):
        sequence.insert(0, questions)
    else:
        sequence.append(questions)
    sequence.append(contributors)
    out, k, open_section = [], 0, False
    for piece in sequence:
        if piece[0] in ("heading", "template-section"):
            if open_section:
                out.append("</div>")
            k += 1
            title = piece[1]
            anchor = re.sub(r"[^A-Za-z0-9_]", "", title.replace(" ", "_"))
            out.append(f'<div class="mt-section" id="section_{k}"><span id="{anchor}"></span><h2 class="editable">{esc(title)}</h2>')
            if piece[0] == "template-section":
                out.append(piece[2])
            open_section = True
        else:
            out.append(piece[1])
    if open_section:
        out.append("</div>")
    body_html = "\n".join(out)
    # the sample at a glance, with the counts
    glance = [("Module", p.level), ("Mark awarded", p.grade), ("Word count (excluding references)", fmt_int(p.words)),
              ("Reading load", f"{plural(p.pages, 'page')} of print")]
    glance_html = ('<table class="mt-responsive-table"><thead><tr><th class="mt-column-width-50" scope="col">Sample at a glance</th>'
                   '<th class="mt-column-width-50" scope="col"></th></tr></thead><tbody>' + "".join(
                       f'<tr><td data-th="Sample at a glance">{esc(k_)}</td><td>{esc(v)}</td></tr>' for k_, v in glance) + "</tbody></table>")
    p.clutter += ["Sample at a glance"] + [f"{k_} {v}" for k_, v in glance]
    objectives = al_box("objectives", "Learning Objectives", "<ul>" + "".join(f"<li>{esc(o)}</li>" for o in AL_OBJECTIVES) + "</ul>")
    p.clutter += ["Learning Objectives"] + AL_OBJECTIVES
    earlier = ""
    if shown_on(site, "earlier", 6, p):
        earlier = al_box("note", "About this sample", f"<p>{esc(AL_EARLIER)}</p>") + "\n"
        p.clutter += ["About this sample", AL_EARLIER]
    # book contents (every sample), siblings, recommended articles
    contents = ""
    for ch in AL_CHAPTERS:
        if ch.startswith("8:"):
            subs = "".join(f'<li class="mt-sortable-listing{" mt-current" if t == p.title else ""}"><a href="{al_href(k_, t)}" title="8.{k_}: {html.escape(t)}">8.{k_}: {esc(t)}</a></li>'
                           for t, k_ in numbered.items())
            contents += f'<li class="mt-toc-chapter mt-expanded"><a href="{AL_BOOK_PATH}/08%3A_Sample_Essays">{esc(ch)}</a><ul>{subs}</ul></li>'
        else:
            contents += f'<li class="mt-toc-chapter"><a href="{AL_BOOK_PATH}/0{ch[0]}%3A_{quote(ch[3:].replace(" ", "_"))}">{esc(ch)}</a></li>'
    p.clutter += [f"8.{k_}: {t}" for t, k_ in numbered.items()] + [ch for ch in AL_CHAPTERS if len(ch) > 12]
    titles_in_order = list(numbered)
    prev_label = f"8.{n - 1}: {titles_in_order[n - 2]}" if n > 1 else "8: Sample Essays"
    next_label = f"8.{n + 1}: {titles_in_order[n]}" if n < len(titles_in_order) else "9: Writing Your Own"
    recommended = ""
    for t in rng.sample(p.others, 4):
        fact = second_fact(t)
        recommended += (f'<li class="mt-related-listing"><a class="mt-related-listing-link" href="{al_href(numbered[t], t)}" title="8.{numbered[t]}: {html.escape(t)}">'
                        f'8.{numbered[t]}: {esc(t)}</a><p class="mt-related-listing-summary">{esc(fact)}</p></li>')
        p.clutter += [t, fact]
    page_id = int(hexid(site, "pageid", p.title, n=6), 16) % 600000 + 180000
    views = rng.randint(60, 5200)
    licence = (f"8.{n}: {p.title} is shared under a CC BY-NC 4.0 licence and was written, adapted or edited by "
               f"{editor} and the {AL_LIBRARY} team.")
    props = [("Article type", "Section or Page"), ("Licence", "CC BY-NC"), ("Licence version", "4.0"), ("Show TOC", "no"),
             ("Author", editor)]
    p.clutter += [licence, f"8.{n}: {p.title}", prev_label, next_label, f"Page ID {page_id}", f"Readers this term: {fmt_int(views)}"]
    p.clutter += [f"{k_} {v}" for k_, v in props] + [AL_LIBRARY, AL_BOOK, "Recommended articles", "Was this article helpful?",
                                                    "Contents of this book", "Skip to main text", "Back to top", "Readability",
                                                    f"{AL_LIBRARY} is a service of the Alnmouth College library."]
    banner = ""
    turn = rank_on(site, "banner", 3, p)
    if turn is not None:
        banner = f'<div class="mt-banner" role="status"><p>{esc(AL_BANNERS[turn])}</p></div>\n'
        p.clutter.append(AL_BANNERS[turn])
    url = AL_ROOT + al_href(n, p.title)
    crumbs = [("Home", "/"), ("Bookshelves", "/Bookshelves"), ("History", "/Bookshelves/History"), (AL_BOOK, AL_BOOK_PATH),
              ("8: Sample Essays", AL_BOOK_PATH + "/08%3A_Sample_Essays")]
    crumbs_html = "".join(f'<li><a class="mt-icon-hierarchy-trail" href="{h}" title="{html.escape(t)}">{esc(t)}</a></li>' for t, h in crumbs)
    summary = html.escape(f"A sample {p.topic} essay from {AL_BOOK}, with exercises.")
    return f"""<!DOCTYPE html>
<html lang="en" class="no-js columbia-browser-chrome columbia-platform-win columbia-lang-en-us"><head>
<meta charset="utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=edge" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<title>8.{n}: {esc(p.title)} - {AL_LIBRARY}</title>
<meta name="title" content="8.{n}: {html.escape(p.title)}" />
<meta name="description" content="{summary}" />
<meta property="og:title" content="8.{n}: {html.escape(p.title)}" /><meta property="og:type" content="article" /><meta property="og:url" content="{url}" />
<link rel="canonical" href="{url}" />
<link rel="search" type="application/opensearchdescription+xml" title="{AL_LIBRARY} Search" href="{AL_ROOT}/@api/deki/site/opensearch/description" />
<link href="/@style/common.min.css?_={hexid(site, 'css', n=12)}" rel="stylesheet" type="text/css" />
<link href="/@style/anonymous.min.css?_={hexid(site, 'css2', n=12)}" rel="stylesheet" type="text/css" />
<script type="application/json" id="mt-localizations-editor">{{"Skin.Common.header-cancel":"Cancel"}}</script>
<script type="text/javascript">window.Deki = window.Deki || {{}}; Deki.PageId = {page_id}; Deki.PageTitle = "{html.escape(p.title)}"; Deki.PageIsRestricted = false;</script>
<script type="text/x-mathjax-config">MathJax.Hub.Config({{ tex2jax: {{ inlineMath: [["\\\\(","\\\\)"]] }} }});</script>
<script src="/@embed/mathjax/MathJax.js?config=TeX-AMS_HTML" async="async"></script>
</head>
<body class="columbia-page-main columbia-article-topic-guide columbia-browser-chrome columbia-live no-touch" id="mt-page-{page_id}">
<a class="elm-skip-link" href="#elm-main-content" accesskey="c">Skip to main text</a>
<header class="elm-header">
<div class="elm-header-logo-container"><a href="/" title="{AL_LIBRARY}"><img src="/@api/deki/site/logo.png?default=logo" alt="{AL_LIBRARY}" /></a></div>
<nav class="elm-header-global-nav" aria-label="Global"><ul><li><a href="/">Home</a></li><li><a href="/Bookshelves">Bookshelves</a></li><li><a href="/Courses">Courses</a></li><li><a href="/Help">Help</a></li></ul></nav>
<div class="elm-header-user-nav"><ul><li><a class="mt-icon-quick-sign-in" href="/@app/auth/1/login?returnto={quote(url, safe='')}">Sign in</a></li></ul></div>
<div class="mt-quick-search-container"><form action="/Special:Search" method="get" class="mt-quick-search"><input type="search" name="q" class="mt-text mt-search" placeholder="Search" aria-label="Search" /></form></div>
</header>
{banner}<main class="elm-content-container" id="elm-main-content" tabindex="-1">
<section class="mt-content-container">
<nav class="elm-hierarchy-trail" aria-label="Breadcrumb"><ol class="mt-breadcrumbs">{crumbs_html}<li class="mt-breadcrumbs-current-page">8.{n}: {esc(p.title)}</li></ol></nav>
<div class="elm-page-title-container"><h1 id="title" class="mt-title" data-title="{html.escape(p.title)}" title="8.{n}: {html.escape(p.title)}">8.{n}: {esc(p.title)}</h1></div>
<div class="elm-meta-data"><dl class="mt-page-id"><dt>Page ID</dt><dd>{page_id}</dd></dl><p class="mt-page-views">Readers this term: {fmt_int(views)}</p>
<div class="mt-readability-menu"><button type="button" class="mt-icon-readability">Readability</button></div></div>
<div class="mt-content-container" id="pageText">
{objectives}
{earlier}{glance_html}
{body_html}
</div>
<div class="mt-attribution"><p>{esc(licence)}</p></div>
<dl class="mt-page-properties">{"".join(f"<dt>{esc(k_)}</dt><dd>{esc(v)}</dd>" for k_, v in props)}</dl>
<footer class="elm-footer-siblingnav"><nav aria-label="Previous and next pages"><a class="mt-icon-previous-article" href="#" title="{html.escape(prev_label)}">{esc(prev_label)}</a>
<a class="mt-icon-back-to-top" href="#title">Back to top</a>
<a class="mt-icon-next-article" href="#" title="{html.escape(next_label)}">{esc(next_label)}</a></nav></footer>
<div class="mt-related-pages"><h2 class="mt-related-pages-title">Recommended articles</h2><ol class="mt-related-listings-container">{recommended}</ol></div>
<div class="mt-feedback"><p class="mt-feedback-question">Was this article helpful?</p><button type="button" class="mt-feedback-yes">Yes</button><button type="button" class="mt-feedback-no">No</button></div>
</section>
<aside class="elm-nav-container" aria-label="Book navigation"><p class="elm-nav-title">Contents of this book</p><ul class="mt-toc">{contents}</ul></aside>
</main>
<footer class="elm-footer"><p>{AL_LIBRARY} is a service of the Alnmouth College library. Content is available under the licence shown on each page unless otherwise noted.</p></footer>
</body>
</html>
"""


# ---- 4. bamburgh: Phoenix LiveView with Tailwind, an essay mill ------------------------------------------------------

BB_ROOT = "https://papertide.io"
BB_NAME = "Papertide"
BB_PROMPT_LABELS = ["Deadline tomorrow?", "Essay due soon?", "Need your own version?", "Still staring at a blank page?"]
BB_PROMPTS = [
    "A Papertide writer can draft an original {topic} essay to your brief, from £11 a page.",
    "Tell us your question and word limit and we will match you with a subject specialist tonight.",
    "Get a plan, a thesis and a reading list for your {topic} essay in under six hours.",
    "Our editors check structure, argument and referencing before you hand anything in.",
    "Over 40,000 students used Papertide last term. Your first page is half price.",
    "Send us your draft and get line-by-line comments by tomorrow morning.",
    "Papertide writers hold degrees in {topic} and related subjects.",
]
BB_BANNERS = [
    "Spring offer: 25% off every order until Sunday with the code TIDE25.",
    "New: our citation tool now supports Chicago and OSCOLA.",
    "Exam season hours: live chat is open until 2am all week.",
]
BB_VERIFIED = ("Checked sample: our editors have confirmed that this essay was written by a student and "
               "submitted for assessment.")
BB_TOOLS = ["Similarity scan", "Citation maker", "Thesis generator", "Paraphrasing tool", "Grammar check"]


def bb_id(title: str) -> int:
    return int(hexid("bamburgh", "id", title, n=5), 16) % 90000 + 10000


def bb_href(title: str) -> str:
    return f"/examples/{slug(title)}-{bb_id(title)}"


def bb_b64(*parts, n: int = 60) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256("|".join(map(str, parts)).encode()).digest() * 3).decode()[:n]


def bamburgh(p: Page) -> str:
    rng = p.rng
    site = "bamburgh"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    pieces = essay_pieces(p, lambda v: f"<h2>{esc(v)}</h2>", lambda v: f"<p>{esc(v)}</p>", lambda v: f"<blockquote><p>{esc(v)}</p></blockquote>",
                          lambda o, items: f"<{'ol' if o else 'ul'}>" + "".join(f"<li>{esc(i)}</li>" for i in items) + f"</{'ol' if o else 'ul'}>")
    n_essay = len(pieces)
    if shown_on(site, "prompt", 13, p):
        label = rng.choice(BB_PROMPT_LABELS)
        text = note_for(BB_PROMPTS, p)
        put(pieces, spot(n_essay, rng, 2, 6), ("note", (
            '<div class="not-prose my-6 rounded-xl border border-indigo-100 bg-indigo-50 p-4">'
            f'<p class="text-sm font-semibold text-indigo-900">{esc(label)}</p><p class="mt-1 text-sm text-indigo-800">{esc(text)}</p>'
            '<button type="button" phx-click="open_order" class="mt-3 rounded-lg bg-indigo-600 px-3 py-1.5 text-sm font-semibold text-white">See prices</button></div>')))
        p.clutter += [label, text, "See prices"]
    turn = rank_on(site, "widget", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            base = rng.randint(180, 420)
            line = f"We compared this sample with {base} million pages and {rng.randint(20, 90)} million student papers: no matching passages found."
            piece = ('<div class="not-prose my-6 rounded-xl border border-emerald-200 bg-emerald-50 p-4"><p class="text-sm font-semibold text-emerald-900">Similarity scan: 0%</p>'
                     f'<p class="mt-1 text-sm text-emerald-800">{esc(line)}</p><a href="/tools/similarity" class="text-sm font-semibold text-emerald-700 underline">Scan your own paper</a></div>')
            p.clutter += ["Similarity scan: 0%", line, "Scan your own paper"]
        else:
            heads = ["Introduction"] + [v for k, v in p.visible() if k == "heading"] + ["Conclusion"]
            roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
            items = [f"{roman[i]}. {h}" for i, h in enumerate(heads[:12])]
            piece = ('<details class="not-prose my-6 rounded-xl border border-zinc-200 p-4"><summary class="cursor-pointer text-sm font-semibold">Essay outline</summary>'
                     '<ul class="mt-2 space-y-1 text-sm">' + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul></details>")
            p.clutter += ["Essay outline"] + items
        put(pieces, rng.randint(2, max(2, len(pieces) - 1)), ("grid", piece))
    if p.cut is not None:
        more = p.rest_words()
        hidden = [block_text(b) for b in p.blocks[p.cut:] if b[0] == "paragraph"][:2]
        decoys = []
        for k, text in enumerate(hidden):
            words = text.split()
            random.Random(f"eighteen:{SEED}:{site}:decoy:{p.index}:{k}").shuffle(words)
            decoys.append(" ".join(words))
        lock = f"Unlock the remaining {fmt_int(more)} words with a Papertide Plus account."
        pieces.append(("wall", '<div id="paywall" class="relative not-prose">'
                               '<div aria-hidden="true" class="pointer-events-none select-none blur-sm">' + "".join(f'<p class="mb-4">{esc(d)}</p>' for d in decoys) + "</div>"
                               '<div class="absolute inset-0 flex flex-col items-center justify-center bg-white/60 text-center">'
                               '<p class="text-lg font-semibold">This is where the free part ends</p>'
                               f'<p class="mt-1 text-sm text-zinc-600">{esc(lock)}</p>'
                               '<button type="button" phx-click="open_plus" class="mt-3 rounded-lg bg-zinc-900 px-4 py-2 text-sm font-semibold text-white">Read the full sample</button></div></div>'))
        p.clutter += ["This is where the free part ends", lock, "Read the full sample"]
        for d in decoys:
            p.clutter.append(" ".join(d.split()[:8]))
    if p.cut is None and p.refs:
        pieces.append(("heading", "<h2>Works Cited</h2>"))
        pieces.append(("refs", "<ul>" + "".join(f"<li>{mk}</li>" for _, mk in p.refs) + "</ul>"))
    # the essay is a LiveView stream: every piece, template or not, is a block div of the same kind
    stream = "\n".join(f'<div id="blocks-{hexid(site, p.index, k, n=8)}" class="essay-block">{h}</div>' for k, (_, h) in enumerate(pieces))
    # the AI box moves (an A/B test): above the essay on half the pages, below it on the others
    card = ESSAYS_BY_TITLE[p.title]["card"]
    points = [f"The essay argues that {card['thesis']}.", f"It looks closely at {card['strands'][0]} and {card['strands'][1]}.",
              f"It answers the view that {card['rival']}."]
    ai = ('<section id="key-points" class="mt-8 rounded-2xl border border-zinc-200 bg-zinc-50 p-5"><h2 class="text-base font-semibold">Key points</h2>'
          '<p class="text-xs text-zinc-500">Written by Tidebot, our AI helper. It can make mistakes.</p>'
          '<ul class="mt-3 list-disc space-y-1 pl-5 text-sm">' + "".join(f"<li>{esc(x)}</li>" for x in points) + "</ul></section>")
    p.clutter += ["Key points", "Written by Tidebot, our AI helper. It can make mistakes."] + points
    ai_first = half_and_half(site, "keypoints", p)
    # the counts and the live counters
    readers, saved = rng.randint(2, 48), rng.randint(10, 2400)
    chips = [p.category, p.level, f"Essay words: {fmt_int(p.words)}", f"{plural(p.pages, 'page')} long", f"Grade: {p.grade}"]
    chips_html = "\n".join(f'<span class="rounded-full bg-zinc-100 px-2.5 py-0.5 font-medium text-zinc-700">{esc(c)}</span>' for c in chips)
    p.clutter += chips[2:] + [f"{readers} students are reading this sample right now", f"Saved to {fmt_int(saved)} study lists"]
    verified = ""
    if shown_on(site, "verified", 6, p):
        verified = f'<div class="mt-4 rounded-lg border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900">{esc(BB_VERIFIED)}</div>\n'
        p.clutter.append(BB_VERIFIED)
    # similar examples: each shows the sentence that opens the other essay's second strand
    similar = ""
    for t in rng.sample(p.others, 3):
        sen = strand_lead(t)
        words = ESSAYS_BY_TITLE[t]["words"]
        similar += (f'<a href="{bb_href(t)}" class="block rounded-xl border border-zinc-200 p-4 hover:border-zinc-400"><h3 class="font-semibold">{esc(t)}</h3>'
                    f'<p class="mt-2 line-clamp-3 text-sm text-zinc-600">{esc(sen)}</p><p class="mt-2 text-xs text-zinc-400">{fmt_int(words)} words \u00b7 {esc(cap(ESSAYS_BY_TITLE[t]["tags"][0]))}</p></a>')
        p.clutter += [t, sen, f"{fmt_int(words)} words \u00b7 {cap(ESSAYS_BY_TITLE[t]['tags'][0])}"]
    trending = rng.sample(p.others, 5)
    p.clutter += trending
    year = 2023 + p.index % 3
    apa = f"{BB_NAME}. ({year}). {p.title} [Essay example]. {BB_ROOT}{bb_href(p.title)}"
    mla = f"\u201c{p.title}.\u201d {BB_NAME}, {year}, papertide.io{bb_href(p.title)}."
    p.clutter += [apa, mla, "Put this sample in your bibliography", "Similar essay examples", "Trending this week"]
    banner = ""
    turn = rank_on(site, "banner", 3, p)
    if turn is not None:
        banner = f'<div id="promo-banner" class="bg-teal-700 px-4 py-2 text-center text-sm font-medium text-white">{esc(BB_BANNERS[turn])}</div>\n'
        p.clutter.append(BB_BANNERS[turn])
    aside_head = f"Need an essay on {p.topic}?"
    aside_text = "Our writers start from scratch and follow your marking criteria. Prices from £11 a page."
    p.clutter += [aside_head, aside_text, "Start my order", "Essay examples", "Citation maker", "Get a custom paper",
                  "Reconnecting to Papertide\u2026", "Something broke on our side", "Hold on while we fix it",
                  f"\u00a9 {2025} Papertide Ltd. Samples are published for study and research only.",
                  "Submitting a sample as your own work breaks our honour code.", "Honour code"]
    p.clutter += BB_TOOLS
    token = bb_b64(site, "csrf", p.index, n=56)
    phx = "phx-F" + bb_b64(site, "phx", p.index, n=14).replace("-", "A").replace("_", "B")
    desc = html.escape(f"Read our free {p.topic} essay example, {p.title}. {fmt_int(p.words)} words, {p.pages} pages.")
    ld = html.escape(f'{{"@context":"https://schema.org","@type":"Article","headline":"{p.title}","wordCount":{p.words},"publisher":{{"@type":"Organization","name":"{BB_NAME}"}}}}', quote=False)
    key_top = ai + "\n" if ai_first else ""
    key_bottom = "" if ai_first else ai + "\n"
    return f"""<!DOCTYPE html>
<html lang="en" class="[scrollbar-gutter:stable]">
  <head>
    <meta charset="utf-8"/>
    <meta name="viewport" content="width=device-width, initial-scale=1"/>
    <meta name="csrf-token" content="{token}"/>
    <title data-suffix=" \u00b7 Papertide">{esc(p.title)}: Free Essay Example ({fmt_int(p.words)} Words) \u00b7 Papertide</title>
    <meta name="description" content="{desc}"/>
    <link rel="canonical" href="{BB_ROOT}{bb_href(p.title)}"/>
    <meta property="og:title" content="{html.escape(p.title)}: Free Essay Example"/>
    <meta property="og:site_name" content="{BB_NAME}"/>
    <link phx-track-static rel="stylesheet" href="/assets/app-{hexid(site, 'css', n=32)}.css?vsn=d"/>
    <script defer phx-track-static type="text/javascript" src="/assets/app-{hexid(site, 'js', n=32)}.js?vsn=d"></script>
    <script type="application/ld+json">{ld}</script>
  </head>
  <body class="bg-white antialiased">
    <div id="{phx}" data-phx-main data-phx-session="SFMyNTY.{bb_b64(site, 'session', p.index, n=180)}" data-phx-static="SFMyNTY.{bb_b64(site, 'static', p.index, n=90)}">
{banner}<header class="border-b border-zinc-100 px-4 sm:px-6 lg:px-8">
  <div class="flex items-center justify-between py-3 text-sm">
    <a href="/" class="flex items-center gap-2"><img src="/images/logo.svg" width="32" alt=""/><span class="font-semibold">{BB_NAME}</span></a>
    <nav class="flex items-center gap-4 font-semibold leading-6 text-zinc-900">
      <a href="/examples" class="hover:text-zinc-700">Essay examples</a>
      <a href="/topics" class="hover:text-zinc-700">Topics</a>
      <a href="/tools/citations" class="hover:text-zinc-700">Citation maker</a>
      <a href="/order" class="rounded-lg bg-zinc-900 px-2 py-1 text-white hover:bg-zinc-700">Get a custom paper</a>
      <a href="/users/log_in" class="hover:text-zinc-700">Log in</a>
    </nav>
  </div>
</header>
<main class="px-4 py-10 sm:px-6 lg:px-8">
  <div class="mx-auto max-w-5xl">
    <div id="flash-group">
      <div id="client-error" phx-disconnected="[[&quot;show&quot;,{{&quot;to&quot;:&quot;#client-error&quot;}}]]" phx-connected="[[&quot;hide&quot;,{{&quot;to&quot;:&quot;#client-error&quot;}}]]" role="alert" class="fixed right-2 top-2 z-50 w-80 rounded-lg p-3 ring-1 bg-rose-50 text-rose-900 shadow-md" hidden>
        <p class="flex items-center gap-1.5 text-sm font-semibold leading-6">Offline</p><p class="mt-2 text-sm leading-5">Reconnecting to Papertide\u2026</p>
      </div>
      <div id="server-error" phx-disconnected="[[&quot;show&quot;,{{&quot;to&quot;:&quot;#server-error&quot;}}]]" role="alert" class="fixed right-2 top-2 z-50 w-80 rounded-lg p-3 ring-1 bg-rose-50 text-rose-900 shadow-md" hidden>
        <p class="flex items-center gap-1.5 text-sm font-semibold leading-6">Something broke on our side</p><p class="mt-2 text-sm leading-5">Hold on while we fix it</p>
      </div>
    </div>
    <nav aria-label="Breadcrumb" class="text-sm text-zinc-500"><ol class="flex flex-wrap gap-2"><li><a href="/examples">Essay examples</a></li><li aria-hidden="true">\u203a</li><li><a href="/examples/{slug(p.topic)}">{esc(p.category)}</a></li><li aria-hidden="true">\u203a</li><li aria-current="page" class="text-zinc-700">{esc(p.title)}</li></ol></nav>
    <h1 class="mt-4 text-3xl font-bold tracking-tight text-zinc-900">{esc(p.title)}</h1>
    <div id="essay-meta" class="mt-3 flex flex-wrap gap-2 text-xs">{chips_html}</div>
    <div class="mt-2 flex flex-wrap gap-4 text-xs">
      <p id="live-readers" phx-hook="Presence" class="text-emerald-700"><span class="mr-1 inline-flex h-2 w-2 rounded-full bg-emerald-500"></span>{readers} students are reading this sample right now</p>
      <p id="saved-count" class="text-zinc-500">Saved to {fmt_int(saved)} study lists</p>
    </div>
    {verified}{key_top}<div class="mt-8 grid grid-cols-1 gap-10 lg:grid-cols-3">
      <article id="essay" class="prose prose-zinc max-w-none lg:col-span-2" phx-update="stream">
{stream}
      </article>
      <aside class="space-y-6">
        <div class="sticky top-6 rounded-2xl bg-zinc-900 p-5 text-white">
          <p class="text-lg font-semibold">{esc(aside_head)}</p>
          <p class="mt-2 text-sm text-zinc-300">{esc(aside_text)}</p>
          <button type="button" phx-click="open_order" class="mt-4 w-full rounded-lg bg-white px-3 py-2 text-sm font-semibold text-zinc-900">Start my order</button>
        </div>
        <div class="rounded-2xl border border-zinc-200 p-5"><p class="text-sm font-semibold">Free tools</p><ul class="mt-2 space-y-1 text-sm">{"".join(f'<li><a href="/tools/{slug(t_)}">{esc(t_)}</a></li>' for t_ in BB_TOOLS)}</ul></div>
      </aside>
    </div>
    {key_bottom}<section id="bibliography" class="mt-10 rounded-2xl border border-zinc-200 p-5">
      <h2 class="text-base font-semibold">Put this sample in your bibliography</h2>
      <div class="mt-3 flex gap-2 text-xs font-semibold" role="tablist"><button role="tab" aria-selected="true" phx-click="style" phx-value-style="apa">APA</button><button role="tab" aria-selected="false" phx-click="style" phx-value-style="mla">MLA</button></div>
      <p class="mt-3 rounded-lg bg-zinc-50 p-3 font-mono text-xs">{esc(apa)}</p>
      <p class="mt-3 hidden rounded-lg bg-zinc-50 p-3 font-mono text-xs">{esc(mla)}</p>
    </section>
    <section id="similar" class="mt-10"><h2 class="text-lg font-semibold">Similar essay examples</h2><div class="mt-4 grid gap-4 sm:grid-cols-3">{similar}</div></section>
    <section id="trending" class="mt-10"><h2 class="text-lg font-semibold">Trending this week</h2><ul class="mt-3 space-y-1 text-sm">{"".join(f'<li><a href="{bb_href(t)}">{esc(t)}</a></li>' for t in trending)}</ul></section>
  </div>
</main>
<footer class="border-t border-zinc-100 px-4 py-8 text-xs text-zinc-500 sm:px-6 lg:px-8">
  <p>&copy; 2025 Papertide Ltd. Samples are published for study and research only.</p>
  <p class="mt-1">Submitting a sample as your own work breaks our honour code.</p>
  <p class="mt-2"><a href="/about">About</a> \u00b7 <a href="/honour-code">Honour code</a> \u00b7 <a href="/terms">Terms</a> \u00b7 <a href="/privacy">Privacy</a></p>
</footer>
    </div>
  </body>
</html>
"""


# ------------------------------------------------------------------------------------------------ main

SITES = {  # site: (page writer, teaser pages, pages with references, twin pages or None)
    "wooler": (wooler, 3, 4, None),        # Wayback capture; hidden toolbar, bold-paragraph headings, ad box, rating box
    "warkworth": (warkworth, 3, 3, None),  # Omeka; essay in the Text element, h3 labels, bracketed notes, moving note
    "alnmouth": (alnmouth, 2, 4, None),    # MindTouch; numbered h1, mt-section wrappers, exercise boxes, moving section
    "bamburgh": (bamburgh, 3, 3, None),    # LiveView; stream of block divs, order prompts, moving AI box, decoy paragraphs
}


def units_of(essay: dict) -> set[str]:
    """The essay's paragraphs, quotations, lists and list items of more than five words, normalised."""
    units = {norm(block_text(b)) for b in essay["blocks"] if b[0] != "heading" and len(block_text(b).split()) > 5}
    return units | {norm(i) for k, v in essay["blocks"] if k == "list" for i in v[1] if len(i.split()) > 5}


def choose_essays(cards: list[dict], seed: int, need: int) -> list[dict]:
    """Essays for the first `need` usable cards, in the shuffled order. A card is passed over when one of its
    essay's units occurs anywhere in an essay already taken, or one of theirs anywhere in its essay."""
    chosen: list[tuple[dict, set[str], str]] = []
    for card in cards:
        if len(chosen) == need:
            break
        essay = make_essay(card, random.Random(f"{seed}/essay/{card['id']}"))
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
    ap.add_argument("--seed", type=int, default=1818)
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
    header = "site\tpage\tcard\twords\ttitle"
    (args.outdir / "SOURCES.tsv").write_text("\n".join([header, *rows]) + "\n", "utf-8")
    print(f"{len(SITES)} sites x {PAGES_PER_SITE} pages -> {args.outdir} ({need} essays from {len(cards)} cards)")


if __name__ == "__main__":
    main()
