"""Write an ELEVENTH set of held-out essay-site folders for measuring site learning (issue 13) at first contact.

    /work/main/.venv/bin/python heldout/sites11/generate.py /work/corpora/sites11-heldout [--seed 211]

Four invented essay-sample sites, 18 pages each, in markup families no earlier set (heldout/sites/ to sites10/) uses:
OUTDIR/<site>/page-NN.html and the truth of every page, OUTDIR/<site>/truth/page-NN.md (the format at the top of
bench/scoring.py). As in the eighth to tenth sets, the essays are written by this generator from its own invented
topic cards (ESSAY_CARDS) and sentence patterns -- new cards and new patterns, none of the eighth, ninth or tenth
set's -- so no text here was ever seen by the code. One card per page, never twice in the set. OUTDIR/SOURCES.tsv
says which card went where. Same seed, same bytes.

Sites (markup families):
  ormsgill   Docusaurus 3 docs page of a university writing centre's handbook: theme-doc-markdown body, h2 anchors
             with a zero-width "hash-link", admonitions (theme-admonition-*) holding the adviser's notes inside the
             essay, a <details> block, an "essay facts" <dl>, the doc footer (tags, edit link, "Last updated on"),
             pagination, the desktop TOC, "How other writers concluded" (the start of other essays' conclusions)
  dunmarsh   LiveJournal community entry (s2 "schemius" site scheme): b-singlepost, ljuser spans, the community's
             posting form (Title / Subject / Level / Word count / Mark / Looking for) typed into the entry body,
             x-post lines, <br /> runs or <p>s (per poster), <b><u> headings, bracketed teacher notes, an LJ poll,
             currents (mood / music / location), tags, threaded b-tree comments, related entries whose excerpts
             are the start of other entries (their posting forms, counts included)
  quenby     Confluence 7.19 (Data Center) page in a university Academic Skills space: aui header, page tree,
             page-metadata byline, a Page Properties confluenceTable, information macros and an expand macro inside
             wiki-content, inline-comment-marker spans, a "Related articles" h2 with content-by-label excerpts (the
             first two sentences of other essays) and panel macros after the essay in the same wiki-content,
             likes and labels, comments whose bodies are also "wiki-content"
  fellgarth  Tilda Publishing page of an essay-planning studio: #allrecords t-records, one t-rec per block
             (T228 menu, T030 titles, T004 t-text records with <br /><br /> paragraphs, t-text-impact quotes),
             headings as div.t-title records, a features row (label / value), CTA records between essay records,
             a testimonial record, a T678 form on teaser pages, T776-like cards whose descriptions are single
             sentences from other essays, a T390 popup, a T886 cookie record, the "Made on Tilda" label

The truth writing, folder layout and page bookkeeping are the earlier sets' (heldout/sites/generate.py,
heldout/sites2/generate.py and heldout/sites3/generate.py, imported, unchanged).
"""

from __future__ import annotations

import argparse
import hashlib
import html
import importlib.util
import json
import random
import re
from datetime import date, timedelta
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
norm, block_text, slug, works_cited, person = g.norm, g.block_text, g.slug, g.works_cited, g.person
fmt_int, esc, spot = g2.fmt_int, g2.esc, g2.spot
plural = g3.plural

PAGES_PER_SITE = 18

# ------------------------------------------------------------------------------------------ the essays
# One card per essay: title | subject | x (a singular noun phrase) | people (plural) | setting | period |
# three strands (;-separated noun phrases) | thesis (a clause) | rival view (a clause) | two facts (sentences).

ESSAY_CARDS = """
Repealing the Corn Laws | history | the repeal of the Corn Laws | landowners and manufacturers | early Victorian Britain | the 1840s | the price of bread; the Anti-Corn Law League; the split in the Conservative Party | repeal was a political choice about whose interests Britain would serve, not merely an economic correction | repeal was forced by the Irish famine and had little to do with argument | The Anti-Corn Law League was founded in Manchester in 1838. | Robert Peel's government repealed the Corn Laws in 1846.
The Tolpuddle Martyrs | history | the Tolpuddle case | farm labourers and magistrates | rural Dorset | 1834 | falling wages; the law against secret oaths; the petition for their release | the Tolpuddle case is remembered because public protest turned a local prosecution into a national cause | the six men were minor figures who have been made into legends | Six Dorset farm labourers were sentenced to transportation to Australia in 1834. | After large protests the men were pardoned in 1836.
Remembering Peterloo | history | the Peterloo massacre | reformers and yeomanry | Manchester | 1819 | the demand for parliamentary reform; the panic of the local magistrates; the reporting of the day | Peterloo shaped the reform movement more through the way it was reported than through its immediate results | Peterloo was a tragic accident with little lasting political effect | Cavalry charged a crowd gathered at St Peter's Field in Manchester in August 1819. | At least fifteen people died as a result of the charge.
Why the Monasteries Were Dissolved | history | the dissolution of the monasteries | monks, nuns and new landowners | Tudor England | 1536 to 1541 | royal debts; the break with Rome; the sale of monastic land | the dissolution was driven more by the Crown's need for money than by religious reform | the monasteries were closed because they had become corrupt and unpopular | Thomas Cromwell organised the survey of church wealth that came before the closures. | Much of the former monastic land was sold to gentry families.
Weather, Supplies and the Armada | history | the defeat of the Armada | English and Spanish sailors | the English Channel | 1588 | the fireships at Calais; supply and disease; the storms off Scotland and Ireland | the Armada was defeated by weather and logistics as much as by English seamanship | the English navy won a clear victory through better ships and sailors | English fireships broke up the Spanish fleet's formation off Calais. | Many Spanish ships were wrecked on the coasts of Scotland and Ireland on the voyage home.
How Glorious Was the Revolution of 1688? | history | the Glorious Revolution | Protestant nobles and the Dutch army | England | 1688 and 1689 | fear of a Catholic heir; William's invasion; the Bill of Rights | the Glorious Revolution was less bloodless and less inevitable than its name suggests | the events of 1688 were a peaceful and popular restoration of English liberties | William of Orange landed at Torbay in November 1688. | The Bill of Rights was passed in 1689.
The South Sea Bubble | economics | the South Sea Bubble | investors and company directors | Georgian London | 1720 | the scheme to take over the national debt; bribes to ministers; the crash in share prices | the South Sea Bubble was a political scandal before it was a financial one | the Bubble was simply an outbreak of public greed | South Sea Company shares rose several times over before collapsing in 1720. | Parliament passed the Bubble Act in 1720 to restrict new joint-stock companies.
Policy and the Great Irish Famine | history | the Great Famine | Irish tenants and British officials | Ireland | 1845 to 1852 | potato blight; food exports during the crisis; emigration | the scale of the Great Famine owed as much to policy as to blight | the famine was a natural disaster that no government could have prevented | Around a million people died during the Great Famine. | About another million emigrated, many of them to North America.
The Jarrow Crusade | history | the Jarrow march | unemployed shipyard workers | Jarrow and the road to London | 1936 | the closure of the shipyard; the petition to Parliament; the careful avoidance of party politics | the Jarrow march failed in its aim but succeeded in shaping how the 1930s are remembered | the march achieved nothing and its fame is undeserved | About two hundred men marched from Jarrow to London in October 1936. | They carried a petition asking for work to be brought back to the town.
Nine Days in May: The General Strike | history | the General Strike | miners and ministers | Britain | 1926 | the miners' wages; the government's emergency plans; the role of volunteers | the General Strike showed the limits of trade union power as clearly as its strength | the strike was a near revolution that frightened the country | The General Strike lasted for nine days in May 1926. | The Trades Union Congress called the strike in support of the coal miners.
Evacuees and Their Hosts | history | wartime evacuation | children and host families | Britain | 1939 to 1945 | the first wave of September 1939; differences of class between cities and villages; the drift back home | evacuation revealed the poverty of Britain's cities to people who had never seen it | evacuation was a simple success that kept children safe | More than a million people were evacuated in the first days of September 1939. | Many evacuees returned home during the quiet months before the Blitz.
The Windrush Generation | history | the Windrush generation | Caribbean migrants | postwar Britain | 1948 onwards | labour shortages; housing discrimination; citizenship and its records | the Windrush story shows how far official welcome and everyday reception could differ | Caribbean migrants were welcomed as a simple answer to labour shortages | The Empire Windrush docked at Tilbury in June 1948. | The British Nationality Act of 1948 recognised a shared citizenship across the empire.
The Festival of Britain | history | the Festival of Britain | designers and visitors | the South Bank in London | 1951 | modern design; recovery after the war; the festival's political enemies | the Festival of Britain was a statement about the future disguised as a celebration of the past | the Festival was an expensive show that left little behind | The Festival of Britain opened in May 1951. | The Royal Festival Hall is the main building that survives from the Festival.
Thirteen Days in October | history | the Cuban missile crisis | Soviet and American leaders | Cuba and the Caribbean | 1962 | the missile sites; the naval quarantine; the secret deal over Turkey | the missile crisis ended peacefully because both leaders found ways to retreat without seeming to | Kennedy won the crisis through firmness alone | American spy planes photographed missile sites on Cuba in October 1962. | The United States later removed its own missiles from Turkey.
Gandhi's Salt March | history | the Salt March | Indian nationalists | Gujarat | 1930 | the tax on salt; the discipline of non-violence; the reaction of the press abroad | the Salt March succeeded because it chose a grievance that every Indian could understand | the march was a piece of theatre that changed little | Gandhi walked about 240 miles to the coast at Dandi in 1930. | Making salt without paying the tax was illegal under British rule.
What Domesday Book Was For | history | Domesday Book | royal commissioners and landholders | Norman England | 1086 | land and taxation; the transfer of land to the Normans; the surviving manuscripts | Domesday Book was a statement of conquest as much as a tax record | Domesday was a practical tax list and nothing more | William the Conqueror ordered the survey at Christmas 1085. | The survey recorded who held land and what it was worth.
Magna Carta After 1215 | history | Magna Carta | barons and the king | England | 1215 | the barons' grievances; the clauses on justice; later reissues | Magna Carta became important through its later reissues rather than through the failed settlement of 1215 | Magna Carta established English liberty in a single moment | King John agreed to Magna Carta at Runnymede in 1215. | The Pope annulled the charter within a few months.
Reading the Bayeux Tapestry | art history | the Bayeux Tapestry | embroiderers and historians | Normandy and England | the eleventh century | its Norman point of view; the English needlework; the lost final scenes | the Bayeux Tapestry is a work of persuasion that still tells us much about ordinary life | the tapestry is a straightforward record of the Norman Conquest | The Bayeux Tapestry is about seventy metres long. | It is embroidered rather than woven, so it is not strictly a tapestry.
Rebuilding London After the Fire | history | the rebuilding of London | Londoners and surveyors | the City of London | 1666 onwards | brick instead of timber; the plans that were never used; Wren's churches | the rebuilding after the Great Fire was a victory of practical compromise over grand design | London missed its chance to become a planned city | The Great Fire began in a bakery in Pudding Lane in September 1666. | Christopher Wren designed the new St Paul's Cathedral.
Why Prohibition Failed | history | Prohibition | drinkers, police and bootleggers | the United States | 1920 to 1933 | speakeasies; organised crime; lost tax revenue | Prohibition failed because it asked the law to do work that only habits could do | Prohibition failed simply because it was badly enforced | The Eighteenth Amendment banned the manufacture and sale of alcohol from 1920. | Prohibition was repealed by the Twenty-first Amendment in 1933.
The Chartists and the Vote | politics | Chartism | working men and radical leaders | Britain | 1838 to 1848 | the People's Charter; mass petitions; the Newport rising | Chartism failed in its own time but set the agenda for later reform | the Chartists were a failed movement with no lasting influence | The People's Charter of 1838 made six demands, including a vote for every man. | A great Chartist meeting was held on Kennington Common in 1848.
The Rochdale Pioneers | economics | the co-operative movement | weavers and shoppers | Rochdale | 1844 | honest weights and pure food; the dividend on purchases; democratic control | the co-operative movement succeeded because it combined idealism with careful bookkeeping | co-operatives were a pleasant idea that could never compete with ordinary shops | The Rochdale Pioneers opened their shop on Toad Lane in 1844. | Members received a dividend based on what they spent.
Children in the Mills | history | child labour in the textile mills | mill children and factory inspectors | industrial Lancashire and Yorkshire | the 1830s | long working days; the first factory inspectors; the resistance of mill owners | the Factory Acts mattered most because they created inspectors to enforce them | the Factory Acts changed little because owners simply ignored them | The Factory Act of 1833 banned children under nine from working in textile mills. | The Act appointed inspectors to check that the rules were followed.
Who Made Penicillin? | biology | penicillin | scientists and wartime doctors | London and Oxford | 1928 to 1945 | the chance discovery; the work of purification; mass production in wartime | penicillin owed its success to a team and a war as much as to a single lucky observation | Fleming alone deserves the credit for penicillin | Alexander Fleming noticed the effect of a mould on bacteria in 1928. | Howard Florey and Ernst Chain developed penicillin into a usable drug.
The End of Smallpox | biology | the eradication of smallpox | health workers and villagers | many countries | 1967 to 1980 | vaccination; tracing cases and ring vaccination; cooperation during the Cold War | smallpox was eradicated by patient surveillance as much as by vaccine | smallpox was beaten simply because a vaccine existed | Edward Jenner tested his smallpox vaccine in 1796. | The World Health Organization declared smallpox eradicated in 1980.
The Great Smog of 1952 | geography | the Great Smog | Londoners and doctors | London | 1952 | coal fires in homes; the still winter air; the Clean Air Act | the Great Smog changed the law because its deaths were counted, not because it was unusual | the smog was a freak event of weather | Thousands of people died in the London smog of December 1952. | The Clean Air Act of 1956 created zones where only smokeless fuel could be burned.
Mending the Ozone Layer | geography | the ozone layer | scientists and governments | the Antarctic and the wider world | the 1980s | CFCs in sprays and fridges; the discovery of the hole; the treaty and its updates | the Montreal Protocol shows that global environmental agreements can work when alternatives are ready | the ozone hole was a scare that would have fixed itself | Scientists of the British Antarctic Survey reported the ozone hole in 1985. | The Montreal Protocol of 1987 agreed to phase out ozone-depleting chemicals.
Bringing Back the Beaver | biology | beaver reintroduction | farmers and conservationists | Scotland and England | the 2000s | dams and flooding; wetland wildlife; damage to farmland | the return of the beaver is worth its costs if farmers are given a real say | beavers are a pest that causes more harm than good | The Scottish Beaver Trial released beavers in Knapdale in 2009. | Beavers became a protected species in Scotland in 2019.
Red Squirrels and Grey | biology | the grey squirrel | foresters and wildlife groups | Britain | the nineteenth century onwards | competition for food; squirrelpox; damage to young trees | the red squirrel's decline is a lesson in how one introduction can reshape a whole ecosystem | the grey squirrel is now simply part of the British countryside | Grey squirrels were introduced to Britain from North America in the nineteenth century. | Grey squirrels can carry squirrelpox, which is usually fatal to red squirrels.
The Sugar Levy | economics | the soft drinks levy | drinks makers and families | the United Kingdom | 2018 | the sugar in fizzy drinks; reformulated recipes; childhood obesity | the sugar levy worked mainly by making manufacturers change their recipes | the levy is a tax on the poor that does nothing for health | The Soft Drinks Industry Levy came into force in April 2018. | Many manufacturers cut the sugar in their drinks before the levy began.
Fluoride in the Water | biology | water fluoridation | dentists and residents | parts of England | the 1960s onwards | children's tooth decay; consent and choice; the cost of dental treatment | fluoridation is a fair public health measure whose benefits fall most on poorer children | adding chemicals to tap water is an unacceptable loss of choice | Birmingham has had fluoridated water since 1964. | Fluoride strengthens tooth enamel against decay.
The Bystander Effect | psychology | the bystander effect | witnesses and psychologists | New York and the laboratory | the 1960s | the spreading of responsibility; what others seem to think; footage from real emergencies | the bystander effect is real but weaker in real emergencies than the classic story suggests | people in crowds simply do not care about strangers | The murder of Kitty Genovese in 1964 inspired research on bystanders. | John Darley and Bibb Latané published experiments on helping behaviour in 1968.
Ebbinghaus and the Forgetting Curve | psychology | the forgetting curve | learners and teachers | the psychology laboratory | the 1880s | nonsense syllables; spaced repetition; testing as practice | the forgetting curve matters more for how we revise than for how we teach | memory research tells students nothing they did not already know | Hermann Ebbinghaus published his work on memory in 1885. | Ebbinghaus tested himself using lists of nonsense syllables.
The Shrinking Aral Sea | geography | the Aral Sea | fishermen and cotton farmers | Kazakhstan and Uzbekistan | the 1960s onwards | irrigation for cotton; dust storms; the northern dam | the Aral Sea disaster shows how a planned economy could ignore costs that fell far away | the Aral Sea was lost to a natural change in climate | Soviet planners diverted the rivers that fed the Aral Sea to irrigate cotton. | A dam completed in 2005 helped part of the northern sea to recover.
Rewilding at Knepp | geography | rewilding | landowners and ecologists | West Sussex | 2001 onwards | grazing animals left to roam; scrub and wildlife; the loss of farm output | rewilding is valuable on some land but cannot replace farming everywhere | rewilding is a hobby for wealthy landowners | The Knepp estate gave up intensive farming in 2001. | White storks have bred at Knepp in recent years.
Flooding on the Somerset Levels | geography | flooding on the Somerset Levels | farmers and the Environment Agency | the Somerset Levels | the winter of 2013 and 2014 | dredging the rivers; pumping stations; farming on a flood plain | the floods showed that managing a flood plain is a matter of choices, not of engineering alone | the floods happened simply because the rivers had not been dredged | Large parts of the Somerset Levels were under water for weeks in early 2014. | Stretches of the Parrett and the Tone were dredged after the floods.
The Case for HS2 | geography | HS2 | travellers and rural communities | England | the 2010s and 2020s | capacity on the railways; costs that kept rising; the northern leg | HS2 shows how a project can lose its case as its purpose shrinks | HS2 was always a waste of money | The first phase of HS2 runs from London to Birmingham. | The government cancelled the leg to Manchester in 2023.
The Channel Tunnel at Thirty | geography | the Channel Tunnel | travellers and freight firms | Kent and northern France | 1994 | the end of island isolation; competition with ferries; the cost overruns | the Channel Tunnel has been a success for passengers and a disappointment for its investors | the tunnel has changed very little about Britain's links with Europe | The Channel Tunnel opened in 1994. | The tunnel runs for about fifty kilometres, much of it under the sea.
Wind Farms at Sea | geography | offshore wind power | energy firms and coastal towns | the North Sea | 2000 onwards | the falling cost of turbines; jobs in port towns; the effect on seabirds | offshore wind succeeded because government contracts made the risk bearable | offshore wind is too unreliable to matter | Britain's first offshore turbines began generating off Blyth in 2000. | Turbines built at sea are usually larger than those on land.
Power from the Tides | geography | tidal power | engineers and estuary communities | Brittany and the Severn estuary | 1966 onwards | predictable energy; the cost of building; the effect on mudflats | tidal power is reliable but too expensive to build widely without a change in how costs are judged | tidal power is a dream that will never be practical | The tidal power station on the Rance in Brittany opened in 1966. | The government declined to fund a tidal lagoon at Swansea Bay in 2018.
Germany After Fukushima | politics | Germany's nuclear phase-out | voters and energy companies | Germany | 2011 to 2023 | the shock of Fukushima; reliance on coal and gas; the growth of renewables | the phase-out was a political answer to public fear that made climate targets harder | the phase-out was a wise choice that other countries should copy | Germany decided to close its nuclear plants after the Fukushima disaster in 2011. | The last German nuclear power stations closed in April 2023.
The Ash Cloud of 2010 | geography | the ash cloud of 2010 | airlines and stranded travellers | Iceland and European airspace | 2010 | the risk to jet engines; the closure of airspace; lost trade | the ash cloud showed how a modest eruption could disrupt a connected world | the closures were an overreaction by cautious officials | Ash from Eyjafjallajökull closed much of Europe's airspace in April 2010. | Volcanic ash can damage jet engines.
Warnings After the 2004 Tsunami | geography | tsunami warning | coastal communities and scientists | the Indian Ocean | 2004 onwards | the lack of warning in 2004; buoys and sensors; local knowledge of the signs | warning systems save lives only when the last mile of communication works | technology alone has solved the problem of tsunami warning | The Indian Ocean tsunami of December 2004 killed more than two hundred thousand people. | An Indian Ocean warning system began operating in 2006.
Decimal Day | economics | decimalisation | shoppers and shopkeepers | Britain | 1971 | twelve pence to the shilling; rounding up prices; the loss of familiar coins | decimalisation succeeded because of years of preparation, not because the public wanted it | decimalisation was an unnecessary change that raised prices | Britain switched to decimal currency on 15 February 1971. | Before 1971 there were twelve pence in a shilling and twenty shillings in a pound.
Right to Buy | politics | Right to Buy | council tenants and local councils | Britain | 1980 onwards | discounts on council homes; homes not replaced; the growth of private renting | Right to Buy helped a generation of tenants while weakening the housing stock for the next | Right to Buy was a simple extension of freedom and ownership | The Housing Act 1980 gave council tenants in England and Wales the right to buy their homes. | Many former council homes are now let by private landlords.
The Fall of the Poll Tax | politics | the Community Charge | taxpayers and councils | Britain | 1989 to 1993 | a flat charge per adult; protest and non-payment; the fall of Thatcher | the poll tax failed because it broke the widely held idea that tax should match the ability to pay | the poll tax was a sensible reform that was badly explained | The Community Charge was introduced in Scotland in 1989, a year before England and Wales. | It was replaced by the council tax in 1993.
Selling the Railways | economics | rail privatisation | passengers and train companies | Britain | the 1990s | franchises; the separation of track and trains; rising passenger numbers | rail privatisation created a system that is hard to hold to account | privatisation revived the railways after decades of decline | The Railways Act 1993 set out the privatisation of British Rail. | Track and trains were run by separate companies after privatisation.
Keeping Sunday Special | economics | Sunday trading | shop workers and shoppers | England and Wales | 1994 | the protection of a day of rest; the growth of the supermarkets; small shops | the Sunday trading law is a compromise that protects something hard to measure | Sunday trading rules are old-fashioned and should be scrapped | The Sunday Trading Act 1994 let large shops open for six hours on Sundays. | Small shops are not limited in the same way.
Smoke-Free Pubs | politics | the smoking ban | publicans and drinkers | Scotland and England | 2006 and 2007 | the health of bar staff; the fear of empty pubs; smoking at home | the smoking ban succeeded by changing what people expected of a shared space | the ban helped to close thousands of pubs | Scotland banned smoking in enclosed public places in 2006. | England followed in July 2007.
Who Pays for the National Lottery? | economics | the National Lottery | players and good causes | the United Kingdom | 1994 onwards | who buys tickets; who receives the grants; the odds of winning | the National Lottery funds worthwhile causes in a way that asks the least well-off to pay the most | the Lottery is harmless fun that does a great deal of good | The National Lottery's first draw took place in November 1994. | Part of the money from each ticket goes to good causes.
Fines for Term-Time Holidays | education | term-time holiday fines | families and schools | England | the 2010s | the cost of holidays in school breaks; lost learning; the power of schools over family life | fines for term-time holidays treat a question of fairness as a question of attendance | a few days of missed school make no difference | Parents in England can be fined for taking children out of school without permission. | The Supreme Court ruled against a father from the Isle of Wight in such a case in 2017.
Universal Credit | politics | Universal Credit | claimants and job centres | the United Kingdom | 2013 onwards | a single monthly payment; the wait for a first payment; digital claims | Universal Credit is a sound idea whose design has often worked against the people it serves | Universal Credit has made benefits simpler and fairer | Universal Credit combines six older benefits into one payment. | It began to be introduced in 2013.
Tuition Fees and Access | education | university tuition fees | students and universities | England | 1998 onwards | the cost of degrees; access for poorer students; loans repaid from earnings | tuition fees shifted the cost of university to graduates without closing the door to poorer students | fees have put young people off going to university | Tuition fees of £1,000 a year were introduced in 1998. | The cap rose to £9,000 a year in 2012.
The Open University | education | the Open University | adult learners and broadcasters | the United Kingdom | 1969 onwards | study at a distance; open entry; late-night television lectures | the Open University proved that higher education did not need a campus to be rigorous | the Open University was a second-best route for those who missed out | The Open University was founded in 1969 and took its first students in 1971. | Its early lectures were broadcast by the BBC.
Ambition in Macbeth | English literature | ambition in Macbeth | audiences | medieval Scotland | the early 1600s | the witches' prophecy; Lady Macbeth's influence; the guilt that follows | Macbeth presents ambition as a force that grows by feeding on itself | Macbeth is a simple tale of a good man led astray by his wife | Macbeth is the shortest of Shakespeare's tragedies. | The play was probably written around 1606.
Independence in Jane Eyre | English literature | independence in Jane Eyre | readers | northern England | the 1820s and 1830s | Lowood school; Thornfield and Rochester; the offer from St John Rivers | Jane's independence is tested most by the people who claim to love her | the novel is essentially a romance that ends as romances do | Jane Eyre was published in 1847 under the name Currer Bell. | Jane leaves Thornfield rather than stay as Rochester's mistress.
Class in Great Expectations | English literature | class in Great Expectations | readers | Kent and London | the 1810s and 1820s | Pip's shame about Joe; Miss Havisham's house; the secret benefactor | Dickens shows that Pip's great expectations cost him more than they give him | the novel celebrates social climbing | Great Expectations first appeared in weekly parts in 1860 and 1861. | Pip's money turns out to come from the convict Magwitch.
Redemption in A Christmas Carol | English literature | redemption in A Christmas Carol | readers | Victorian London | 1843 | Scrooge's past; the Cratchit family; the two children called Ignorance and Want | the novella argues that personal change must lead to social responsibility | the story is a sentimental fable with no serious argument | Dickens wrote A Christmas Carol in about six weeks. | The story was first published in December 1843.
Power in The Handmaid's Tale | English literature | power in The Handmaid's Tale | readers | the Republic of Gilead | the 1980s | control of women's bodies; the language of the regime; the historical notes at the end | Atwood shows power working through language and routine as much as through force | the novel is a warning about one religious movement only | The Handmaid's Tale was published in 1985. | Atwood said she included nothing that had not already happened somewhere in history.
Duality in Jekyll and Hyde | English literature | duality in Jekyll and Hyde | readers | Victorian London | 1886 | respectability; the split self; the fog and the locked doors | Stevenson suggests that Victorian respectability created the monster it feared | the story is a simple horror tale about a potion | Strange Case of Dr Jekyll and Mr Hyde was published in 1886. | Much of the story is told through letters and witness accounts.
Civilisation in Lord of the Flies | English literature | civilisation in Lord of the Flies | readers | a desert island | the 1950s | the conch; Jack's hunters; the naval officer's arrival | Golding shows civilisation as a fragile habit rather than a natural state | the novel is only about boys behaving badly | Lord of the Flies was published in 1954. | William Golding had worked as a schoolteacher.
Marriage in Pride and Prejudice | English literature | marriage in Pride and Prejudice | readers | the English gentry | the Regency years | the entail on Longbourn; Charlotte Lucas's choice; Elizabeth's refusals | Austen treats marriage as an economic question that a heroine must answer with her judgement | the novel is a light romantic comedy | Pride and Prejudice was published in 1813. | The Bennet estate can only pass to a male heir.
Heaney and the Rural Past | English literature | Seamus Heaney's early poetry | readers | rural County Derry | the 1960s | farming work; memory and family; writing as a kind of digging | Heaney turns rural memory into a way of thinking about his own vocation | Heaney's early poems are nostalgic descriptions of farm life | Seamus Heaney won the Nobel Prize in Literature in 1995. | His first full collection was Death of a Naturalist.
Johnson's Dictionary | English language | Johnson's Dictionary | lexicographers and readers | Georgian London | 1755 | definitions with quotations; Johnson's personal opinions; the idea of fixing the language | Johnson's Dictionary mattered less for fixing English than for showing how it was used | Johnson simply fixed the spelling of English for good | Samuel Johnson's Dictionary was published in 1755. | Johnson illustrated his definitions with quotations from earlier writers.
Are Emoji a Language? | English language | the emoji | young people and linguists | online messaging | the 2010s | tone in written messages; differences between platforms; fears about literacy | emoji work less as a language than as the gestures of written conversation | emoji are a sign that writing is getting worse | Oxford Dictionaries chose an emoji as its word of the year in 2015. | The same emoji can look quite different on different phones.
Reviving Welsh | English language | the Welsh language | speakers and campaigners | Wales | the 1960s to the 1990s | Welsh-medium schools; S4C and broadcasting; the language in public life | the revival of Welsh shows that schools and media can reverse a decline when they work together | Welsh survives mainly through government subsidy | The Welsh-language television channel S4C began broadcasting in 1982. | The Welsh Language Act 1993 placed Welsh on an equal footing with English in public business in Wales.
How Real Is Reality Television? | media studies | reality television | viewers and producers | British television | 2000 onwards | cheap production; editing that shapes stories; the welfare of participants | reality television is a constructed form that passes itself off as unscripted | reality shows simply show what people are really like | Big Brother was first broadcast in Britain in 2000. | Producers select participants from large numbers of applicants.
Streaming and the Working Musician | music | music streaming | musicians and listeners | the global music industry | the 2010s | payment per play; playlists; the power of record labels | streaming has saved the music industry but not most musicians | streaming pays artists fairly for the music people actually hear | Spotify launched in 2008. | Streaming services pay artists a small fraction of a penny per play.
The Bauhaus | art history | the Bauhaus | designers and students | Weimar and Dessau | 1919 to 1933 | art and craft together; design for industry; political pressure | the Bauhaus mattered more as a school than as a style | the Bauhaus was a style of plain modern furniture | The Bauhaus was founded in Weimar in 1919. | It closed in 1933 under pressure from the Nazis.
The Angel of the North | art history | the Angel of the North | residents and sculptors | Gateshead | 1998 | the site of a former colliery; local opposition; public art and regeneration | the Angel shows that public art can become loved by becoming part of a place's story | the Angel was an expensive gesture that did little for the region | Antony Gormley's Angel of the North was installed in 1998. | Its wings are about fifty-four metres across.
Who Owns the Parthenon Sculptures? | art history | the Parthenon sculptures | museums and governments | Athens and London | 1801 onwards | how they were removed; the British Museum's claim; the new Acropolis Museum | the case for returning the sculptures has grown stronger as the reasons for keeping them have narrowed | the sculptures were legally acquired and are best kept in London | Lord Elgin's agents removed the sculptures between 1801 and 1812. | The British Museum acquired them in 1816.
What Was Stonehenge For? | classics | Stonehenge | prehistoric builders | Salisbury Plain | around 3000 to 1500 BC | moving the stones; the alignment with the sun; gatherings and feasts | Stonehenge is best understood as a place of gathering rather than a single monument with a single purpose | Stonehenge was an ancient observatory | The smaller bluestones of Stonehenge came from the Preseli Hills in Wales. | The monument is aligned with sunrise at the summer solstice.
Roman Roads in Britain | classics | the Roman road network | soldiers and traders | Roman Britain | the first and second centuries AD | military movement; trade and towns; the roads' survival in later routes | Roman roads shaped British geography long after the Romans had gone | the roads were purely military and had little effect on ordinary life | Watling Street ran from the Kent coast towards Wroxeter. | The Fosse Way ran from Exeter to Lincoln.
Plato's Cave | philosophy | the allegory of the cave | philosophers and students | Plato's Athens | the fourth century BC | shadows and appearances; the journey out of the cave; the duty to return | the allegory is concerned with education rather than with knowledge | the allegory is a simple picture of the unreal world of the senses | The allegory of the cave appears in Plato's Republic. | In the story, prisoners see only shadows cast on a wall.
Bentham and the Greatest Happiness | philosophy | utilitarianism | philosophers and reformers | nineteenth-century Britain | the decades after 1789 | the greatest happiness principle; measuring pleasure; the rights of minorities | utilitarianism is most useful as a test for laws rather than as a guide to private life | utilitarianism can justify any cruelty if the numbers are large enough | Jeremy Bentham's preserved body is kept at University College London. | John Stuart Mill's Utilitarianism appeared as a book in 1863.
Free Will and the Brain | philosophy | free will | philosophers and neuroscientists | the laboratory and the lecture hall | the 1980s onwards | brain activity before decisions; moral responsibility; the feeling of choosing | the experiments on decisions do not show that free will is an illusion | neuroscience has proved that our choices are made before we know it | Benjamin Libet published his experiments on the timing of decisions in 1983. | The experiments measured brain activity before people reported deciding to move.
Do Animals Have Moral Standing? | philosophy | the moral status of animals | philosophers and farmers | the modern West | the 1970s onwards | the capacity to suffer; factory farming; animal experiments | the capacity to suffer gives animals a claim on us even if they lack rights | animals matter only as far as they are useful to people | Peter Singer's Animal Liberation was published in 1975. | Singer argued that the capacity to suffer is what gives a being moral interests.
Ada Lovelace and the Analytical Engine | history | Ada Lovelace's notes | mathematicians | Victorian London | the 1840s | the Analytical Engine; the idea of general computing; her reputation since | Lovelace's real insight was that a calculating machine could handle more than numbers | Lovelace's fame rests on a myth | Ada Lovelace's notes on the Analytical Engine were published in 1843. | Charles Babbage never completed the Analytical Engine.
Codebreaking at Bletchley Park | history | Bletchley Park | codebreakers | Buckinghamshire | 1939 to 1945 | the Enigma machine; the bombes; secrecy after the war | Bletchley Park's success depended on organisation as much as on individual genius | Turing alone broke Enigma | Bletchley Park was the centre of British codebreaking in the Second World War. | Its work remained secret for decades after the war.
Giving Away the Web | history | the World Wide Web | scientists and ordinary users | CERN in Switzerland | 1989 onwards | hyperlinks; open standards; free use without licences | the web spread so quickly because it was given away rather than sold | the web would have taken off whatever its creators decided | Tim Berners-Lee proposed the World Wide Web at CERN in 1989. | CERN put the web software into the public domain in 1993.
"""

RESEARCHERS = ["Aldous", "Brightwell", "Carrick", "Dunmore", "Eastham", "Fenwick", "Gilchrist", "Hartigan", "Ibbotson",
               "Jowett", "Kershaw", "Lomax", "Mawdsley", "Norcott", "Oyelaran", "Pemberton", "Quarshie", "Rushworth",
               "Sandiford", "Threlfall", "Urquhart", "Varga", "Whitelock", "Yardley"]

HOOK = [
    "Most people have heard of {x}, but far fewer could say why it still matters.",
    "The standard account of {x} is neat, memorable and not quite right.",
    "There is a version of {x} that appears in every revision guide, and it leaves out the interesting part.",
    "{X} sounds like a narrow subject until you notice how many other questions depend on it.",
    "Arguments about {x} rarely stay calm for long.",
    "Few topics on the syllabus divide a class as quickly as {x}.",
    "It is surprisingly hard to find a neutral description of {x}.",
    "{X} is often used as a shorthand, and shorthand hides a great deal.",
    "Nobody who looks closely at {x} comes away with a simple answer.",
    "For something so often mentioned, {x} is rarely examined with care.",
    "The first thing to say about {x} is that it was never only one thing.",
    "Looking back, {x} can seem obvious; at the time, it was anything but.",
]
SETUP = [
    "The evidence used here is drawn mainly from {setting}.",
    "Those most affected, {people}, rarely wrote the accounts that survive.",
    "Commentators have reached very different conclusions from the same records.",
    "Part of the difficulty is that the debate began before the facts were clear.",
    "What follows concentrates on {period}.",
    "Much of the popular picture was formed long after the events themselves.",
]
ASK = [
    "That leaves a question worth asking directly: {question}",
    "The essay therefore sets out to answer one question: {question}",
    "Everything below is an attempt to settle a single question: {question}",
    "Stated plainly, the question is this: {question}",
]
STANCE = [
    "What this essay will try to show is that {thesis}.",
    "The argument here is that {thesis}.",
    "My contention is that {thesis}.",
    "Weighing {s1}, {s2} and {s3} together, the conclusion reached here is that {thesis}.",
    "What the evidence suggests, and what this essay defends, is that {thesis}.",
    "In short, {thesis}.",
    "The position taken below is that {thesis}.",
    "It will be argued that {thesis}, even if the case is not beyond dispute.",
]
ASK_GENERIC = ["why does {x} still provoke such disagreement?", "how much did {people} actually shape {x}?",
               "is the familiar story of {x} the right one?", "what did {x} change, and for whom?"]
PAST = [
    "A brief outline of events is needed first.",
    "It is worth beginning in {period}.",
    "The situation in {period} would be unrecognisable to most people today.",
    "At the outset, {x} drew little attention beyond those directly involved.",
    "The changes arrived unevenly, in some places years before others.",
    "Most of the surviving accounts were written by people who were not neutral.",
    "{Researcher} treats these years as the real beginning of the story.",
    "The best-documented examples come from {setting}.",
    "Exact dates matter less here than the direction of travel.",
    "The years before were far from settled either.",
    "Within a generation, very little of the earlier world remained.",
    "People at the time often misjudged the significance of what they were seeing.",
]
LEAD = [
    "Take first {s}.",
    "At the heart of the matter lies {s}.",
    "Harder to judge is {s}.",
    "Just as important, though less discussed, is {s}.",
    "Too often, {s} gets treated as a mere detail.",
    "Alongside this sits {s}.",
    "Perhaps the strongest evidence comes from {s}.",
    "No honest account can skip {s}.",
    "The next consideration is {s}.",
    "It pays to look closely at {s}.",
]
DEVELOP = [
    "For {people}, {s} was never an abstract question.",
    "What changed over time was not {s} as such but how openly people discussed it.",
    "In {setting}, the consequences of {s} were not what the planners had expected.",
    "Part of the problem is that accounts of {s} differ depending on who is writing them.",
    "It is striking how rarely the official summaries mention {s}.",
    "The costs of {s} were mostly paid by people who had no part in the decision.",
    "This matters because {s} shaped what was possible later on.",
    "Supporters and opponents alike tended to underestimate {s}.",
    "{People} understood the importance of {s} long before the experts did.",
    "Much of the public argument ignored {s} altogether.",
    "The closer one looks at {s}, the less accidental it seems.",
    "Even small shifts in {s} had large effects further down the line.",
    "It is here that the popular version of {x} is weakest.",
    "The timing of {s} is as important as its scale.",
    "There was nothing inevitable about the way {s} developed.",
    "A great deal depended on choices made locally, in {setting}.",
]
DATA = [
    "{Researcher} ({year}) estimates that roughly {pct} per cent of the change is down to {s}.",
    "A {year} survey of {people} found that {pct} per cent thought {s} had been handled badly.",
    "According to {Researcher} ({year}), the pattern holds across {num} separate cases.",
    "{Researcher}'s study of {year} is cautious, but its figures point the same way.",
    "Records from {year} suggest that the figure climbed by about {pct} per cent within a few years.",
    "{Researcher} ({year}) compared {num} examples and found only a handful that did not fit.",
    "The figures are incomplete, as {Researcher} points out, but they are consistent.",
    "{Researcher} argues that earlier writers simply did not ask the right questions about {s}.",
]
CASE = [
    "Take {setting} as an example, where {people} had to adapt to {s} with almost no outside help.",
    "{Researcher} tells the story of one group of {people} whose plans were overturned by {s}.",
    "Examples of this can be found far beyond {setting}.",
    "It is not difficult to find cases; it is much harder to find counter-examples.",
    "Accounts written at the time mention it again and again.",
    "When {people} describe the period in their own words, the same point keeps coming up.",
    "Even a short search of the archives turns up a long list of examples.",
]
TIE = [
    "All of this supports the claim that {thesis}.",
    "It is not decisive on its own, but it is hard to explain away.",
    "That is why {s} cannot be treated in isolation.",
    "Seen in this light, {s} helps account for the fact that {thesis}.",
    "Small as it looks, this detail changes how {x} should be judged.",
    "This point will return in the discussion of the opposing view.",
    "Any fair conclusion will have to account for {s}.",
]
QLEAD = [
    "{Researcher}, looking back on {setting}, puts it this way:",
    "An oral history recorded with one of the {people} includes this remark:",
    "Speaking about {x} at a conference in {year}, one delegate said:",
    "{Researcher} captures the problem of {s} in a few lines:",
    "{Researcher} is worth quoting at some length on {s}:",
]
QTEXT = [
    "Everyone wanted a simple story about {x}. What we had instead was a hundred small decisions, most of them made in a hurry.",
    "If you only read the reports, you would think {s} happened by itself. It did not. Somebody chose it, again and again.",
    "People forget how ordinary it all felt. Nothing about {x} arrived with a headline; it arrived with paperwork.",
    "We argued about {x} as though the answer would be obvious in ten years. It still is not.",
    "You could see {s} from the street long before anyone in charge would admit to it.",
    "The lesson of {x} is not that people were foolish. It is that they were busy, and the problem was patient.",
]
QREACT = [
    "It is a forceful way of putting it, and mostly a fair one.",
    "The speaker may be overstating things, but the central point stands.",
    "Coming from someone with no reason to defend anyone, the comment is hard to dismiss.",
    "It is an attractive view, though harder to prove than it sounds.",
]
QREACT2 = [
    "It fits what is known about {people} from other sources.",
    "It also implies that people at the time knew about {s}.",
    "Whether it holds true outside {setting} is open to debate.",
    "Its real value is in what it shows about {s}.",
    "It is a useful corrective to neater versions of the story of {x}.",
]
LLEAD = [
    "The evidence suggests a short list of things that make a difference to {x}:",
    "Looking across the cases involving {people}, a few conditions keep recurring:",
    "Reformers hoping to do better in {setting} would need to weigh the following:",
    "Put simply, the places that handled {x} well had these things in common:",
]
LITEM = [
    "a clear understanding of {s} before anything else is changed",
    "regular consultation with {people} about {s}",
    "early warning when {s} starts to go wrong",
    "independent checks on {s}",
    "modest pilot schemes for {s} rather than sudden national change",
    "plain speaking about the costs of {s}",
]
LMORE = ["long-term funding rather than one-off grants", "someone with the authority to say no",
         "records that are kept and shared, not lost when staff move on", "realistic timescales for judging {x}"]
COMPARE = [
    "A glance abroad puts the case of {x} in perspective.",
    "Other countries faced the same pressures on {x} and chose differently.",
    "In some of them, {people} were consulted early, and the arguments were quieter as a result.",
    "The comparison is not exact, because {s2} worked differently in each place.",
    "Even so, it shows that what happened in {setting} was not the only possible outcome.",
    "It also suggests that speed mattered less than consent.",
]
OBJECT = [
    "Against all this stands the view that {rival}.",
    "Some will reply that {rival}.",
    "The most serious challenge comes from those who hold that {rival}.",
    "A sceptic could reasonably argue that {rival}.",
    "There is also evidence that seems to show that {rival}.",
]
OBJ_MORE = [
    "It is a view that many {people} would recognise.",
    "Serious writers have defended it, and it should not be waved away.",
    "{Researcher2} ({year2}) gives the most careful version of the argument.",
    "It does contain a truth: every decision about {x} had a price.",
]
REPLY = [
    "The problem is that the evidence from {setting} points the other way.",
    "It also struggles to explain why {s2} mattered as much as it did.",
    "More importantly, the objection assumes what it needs to prove.",
    "It rests on a picture of {x} that is at least a generation out of date.",
    "If it were true, we would expect the outcome to have been the same everywhere, and it was not.",
    "In the end, the objection describes a real cost without showing that the cost was decisive.",
]
WRAP_OPEN = [
    "To conclude, {thesis}.",
    "Taken together, the evidence indicates that {thesis}.",
    "None of this ends the argument.",
    "Where does this leave the question?",
    "The aim of this essay has been to show that {thesis}.",
    "Stepping back from the detail, one conclusion stands out.",
    "A tidy verdict would be welcome, but {x} refuses to supply one.",
]
WRAP = [
    "{S1}, {s2} and {s3} each tell part of the story; only together do they explain it.",
    "There is something in the claim that {rival}, but not enough to carry the argument.",
    "The details have proved more revealing than the grand explanations.",
    "It is a question {people} are still entitled to ask.",
    "A comparison with places beyond {setting} would be the obvious next step.",
    "Above all, {x} was the product of choices that could have been made differently.",
    "The more useful question now is what should be learned from it.",
    "That is a less dramatic conclusion than the popular story offers, but a more defensible one.",
]
H_PAST = ["{Setting}, {period}", "Setting the scene", "Where it started", "Some history", "Before {s1}",
          "{Period}: the starting point"]
H_POINT = ["{S}", "Thinking about {s}", "{S} and what followed", "The case of {s}", "The role of {s}", "{S} reconsidered"]
H_COMPARE = ["A view from elsewhere", "Looking abroad", "Other cases"]
H_OBJECT = ["The opposing case", "An objection", "The other side", "Weighing the objection", "Is the sceptic right?",
            "A different reading"]
H_WRAP = ["Summing up", "In conclusion", "Verdict", "Closing thoughts", "What remains"]


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def parse_cards() -> list[dict]:
    cards = []
    for n, line in enumerate(ESSAY_CARDS.strip().splitlines(), 1):
        f = [s.strip() for s in line.split("|")]
        title, subject, x, people, setting, period, strands, thesis, rival, fact1, fact2 = f[:11]
        cards.append(dict(id=f"card{n:02d}", title=title, subject=subject, x=x, people=people, setting=setting,
                          period=period, strands=[s.strip() for s in strands.split(";")], thesis=thesis, rival=rival,
                          facts=[fact1, fact2], question=f[11] if len(f) > 11 else None))
    return cards


def make_essay(card: dict, rng: random.Random) -> dict:
    """An essay from a card: an opening that ends on its thesis, background, two or three points, maybe a quotation,
    a list or a comparison, an objection with a reply and a conclusion, with or without headings. No pattern is used
    twice in one essay."""
    pools: dict[int, list[str]] = {}

    def pick(pool: list[str]) -> str:
        left = pools.setdefault(id(pool), rng.sample(pool, len(pool)))
        return left.pop() if left else rng.choice(pool)

    s1, s2, s3 = card["strands"]
    names = rng.sample(RESEARCHERS, 2)
    slots = dict(x=card["x"], X=cap(card["x"]), people=card["people"], People=cap(card["people"]),
                 setting=card["setting"], Setting=cap(card["setting"]), period=card["period"],
                 Period=cap(card["period"]), s1=s1, s2=s2, s3=s3, S1=cap(s1), thesis=card["thesis"],
                 rival=card["rival"], Researcher=names[0], Researcher2=names[1])

    def fill(t: str, s: str | None = None) -> str:
        extra = dict(s=s or s1, S=cap(s or s1), year=rng.randint(1979, 2022), year2=rng.randint(1984, 2023),
                     pct=rng.choice([9, 14, 19, 22, 28, 33, 38, 44, 52, 61]), num=rng.choice([36, 58, 83, 112, 176, 240]))
        return t.format(**slots, **extra)

    def para(*parts) -> tuple[str, str]:
        return ("paragraph", " ".join(parts))

    slots["question"] = card["question"] or cap(fill(rng.choice(ASK_GENERIC)))
    headed = rng.random() < 0.65
    blocks: list[tuple] = []
    opening = [fill(pick(HOOK))]
    if rng.random() < 0.5:
        opening.append(fill(pick(SETUP)))
    if rng.random() < 0.45:
        opening.append(fill(pick(ASK)))
    opening.append(fill(pick(STANCE)))
    blocks.append(para(*opening))
    if headed:
        blocks.append(("heading", fill(pick(H_PAST))))
    back = [fill(pick(PAST)), card["facts"][0]] + [fill(pick(PAST)) for _ in range(rng.randint(2, 3))]
    spare = [card["facts"][1]]
    if rng.random() < 0.5:
        back.append(spare.pop())
    blocks.append(para(*back))
    strands = [s1, s2, s3] if rng.random() < 0.7 else [s1, s2]
    quote_at = rng.randrange(len(strands)) if rng.random() < 0.45 else None
    list_at = rng.randrange(len(strands)) if rng.random() < 0.4 else None
    for i, s in enumerate(strands):
        if headed:
            blocks.append(("heading", fill(pick(H_POINT), s)))
        body = [fill(pick(LEAD), s), fill(pick(DEVELOP), s), fill(pick(DATA), s)]
        if rng.random() < 0.7:
            body.insert(2, fill(pick(DEVELOP), s))
        if rng.random() < 0.55:
            body.insert(rng.randint(2, len(body)), fill(pick(CASE), s))
        if spare and i == 1:
            body.insert(1, spare.pop())
        if rng.random() < 0.35 and len(body) > 3:
            blocks.append(para(*body[:2]))
            blocks.append(para(*body[2:], fill(pick(TIE), s)))
        else:
            blocks.append(para(*body, fill(pick(TIE), s)))
        if quote_at == i:
            blocks.append(para(fill(pick(QLEAD), s)))
            blocks.append(("quote", fill(pick(QTEXT), s)))
            blocks.append(para(fill(pick(QREACT), s), fill(pick(QREACT2), s)))
        if list_at == i:
            blocks.append(para(fill(pick(LLEAD))))
            items = [cap(fill(pick(LITEM), t)) for t in strands]
            items += [cap(fill(t)) for t in rng.sample(LMORE, rng.randint(0, 2))]
            blocks.append(("list", (rng.random() < 0.35, items)))
    if rng.random() < 0.3:
        if headed:
            blocks.append(("heading", fill(pick(H_COMPARE))))
        blocks.append(para(*[fill(pick(COMPARE)) for _ in range(rng.randint(3, 4))]))
    if headed:
        blocks.append(("heading", fill(pick(H_OBJECT))))
    rival = [fill(pick(OBJECT)), fill(pick(OBJ_MORE)), fill(pick(REPLY), s2), fill(pick(REPLY), s2)]
    if rng.random() < 0.5:
        rival.insert(2, fill(pick(OBJ_MORE)))
    blocks.append(para(*rival))
    if headed:
        blocks.append(("heading", fill(pick(H_WRAP))))
    end = [fill(pick(WRAP_OPEN))] + [fill(pick(WRAP)) for _ in range(rng.randint(3, 4))]
    if rng.random() < 0.4:
        blocks.append(para(*end[:2]))
        blocks.append(para(*end[2:], fill(pick(WRAP))))
    else:
        blocks.append(para(*end))
    words = sum(len(block_text(b).split()) for b in blocks)
    return dict(id=card["id"], title=card["title"], blocks=blocks, words=words, tags=[card["subject"]],
                domain=card["id"], url="-", earlier="", card=card)


# ------------------------------------------------------------------------------------------ invented bits

EXTRA_TITLES = [
    "Why Market Towns Built Clock Towers", "The Lollipop Lady and the School Run", "Bus Shelters and Civic Pride",
    "Village Halls After the War", "Who Rang the First School Bell?", "The Decline of the Pen Friend",
]
LEVELS = ["Year 12", "Year 13", "A level", "BTEC Level 3", "Foundation year", "First-year undergraduate",
          "IB Diploma", "Access to HE"]
GRADES = ["A*", "A", "B", "Distinction*", "Merit", "68%", "72%", "First", "2:1", "6 (IB)"]
ESSAYS_BY_TITLE: dict[str, dict] = {}  # filled by main(): every chosen essay, for the related widgets


def sentences_of(text: str) -> list[str]:
    return [s.strip() for s in re.findall(r"[^.?!]+[.?!]", text)]


def opening_text(title: str) -> str:
    return block_text(ESSAYS_BY_TITLE[title]["blocks"][0])


def closing_text(title: str) -> str:
    """Another essay's last paragraph block (its conclusion, or the second half of it)."""
    paras = [b for b in ESSAYS_BY_TITLE[title]["blocks"] if b[0] == "paragraph"]
    return block_text(paras[-1])


def word_cut(text: str, n: int) -> str:
    return " ".join(text.split()[:n]).rstrip(",;:.")


def only_in(text: str, title: str) -> bool:
    """True if `text` occurs in the essay `title` and in no other chosen essay."""
    want = norm(text)
    return all((want in norm(" ".join(block_text(b) for b in e["blocks"]))) == (t == title)
               for t, e in ESSAYS_BY_TITLE.items())


def unique_cut(text: str, n: int, title: str) -> str:
    """The first n words of `text` (more if need be), so that no other essay holds the same words."""
    cut = word_cut(text, n)
    while not only_in(cut, title) and n < len(text.split()):
        n += 1
        cut = word_cut(text, n)
    return cut


def char_cut(text: str, n: int) -> str:
    return text[:n].rstrip(" ,;:")


class Page(g2.Page):
    """The second set's page bookkeeping, with this set's own invented related titles and per-page details."""

    def __init__(self, essay, rng, index, site_titles, blocks=None):
        super().__init__(essay, rng, index, site_titles, blocks)
        self.topic = essay["tags"][0]
        self.category = self.topic[:1].upper() + self.topic[1:]
        self.site_titles = list(site_titles)
        self.others = sorted({t for t in site_titles if t != self.title})
        self.related = rng.sample(self.others, 3) + rng.sample(EXTRA_TITLES, rng.randint(1, 2))
        rng.shuffle(self.related)
        self.level = rng.choice(LEVELS)
        self.grade = rng.choice(GRADES)
        self.post_id = rng.randint(10 ** 6, 10 ** 7 - 1)


SEED = 211  # set by main(); the site-level choices below (which pages show a rare element) are drawn from it


def shown_on(site: str, role: str, count: int, page: Page | int) -> bool:
    """Exactly `count` of a site's 18 pages show the element `role` (drawn once per site, from the seed)."""
    index = page if isinstance(page, int) else page.index
    pages = random.Random(f"{SEED}:{site}:{role}").sample(range(1, PAGES_PER_SITE + 1), count)
    return index in pages


def rank_on(site: str, role: str, count: int, page: Page) -> int | None:
    """Like shown_on, but which of the `count` pages (in page order) this one is, or None."""
    pages = sorted(random.Random(f"{SEED}:{site}:{role}").sample(range(1, PAGES_PER_SITE + 1), count))
    return pages.index(page.index) if page.index in pages else None


def half_and_half(site: str, role: str, page: Page, first: int = 9) -> bool:
    """True on exactly `first` of the 18 pages (drawn once per site): where a moving element sits."""
    places = [True] * first + [False] * (PAGES_PER_SITE - first)
    random.Random(f"{SEED}:{site}:{role}").shuffle(places)
    return places[page.index - 1]


def note_for(notes: list[str], p: Page, rng: random.Random | None = None, **more) -> str:
    return (rng or p.rng).choice(notes).format(**{"topic": p.topic, "writer": p.author.split()[0], "title": p.title,
                                                  **more})


def hexid(*parts, n: int = 24) -> str:
    return hashlib.sha1(":".join(map(str, parts)).encode()).hexdigest()[:n]


def guid(*parts) -> str:
    h = hexid(*parts, n=32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def put(body: list, pos: int, piece, is_heading) -> None:
    """Insert a template piece into the essay at `pos`, but never straight after one of the essay's headings (it
    goes before the heading instead)."""
    while pos > 0 and is_heading(body[pos - 1]):
        pos -= 1
    body.insert(max(pos, 1), piece)


def kind_heading(piece) -> bool:
    return piece[0] == "heading"


def short_date(d: date) -> str:
    return f"{d.strftime('%b')} {d.day}, {d.year}"


def long_date(d: date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def uk_date(d: date) -> str:
    return f"{d.day} {d.strftime('%B')} {d.year}"


def dot_date(d: date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def anchor_id(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


# ---- 1. ormsgill: Docusaurus 3 docs page of a university writing centre's handbook ---------------------------------

OG_ROOT = "https://writing.ormsgill.ac.uk"
OG_ADVISERS = [
    ("Dr Imogen Saltash", "Imogen teaches academic writing across the humanities and reads every model essay before "
     "it joins the handbook."),
    ("Kwame Boateng", "Kwame is a writing adviser for the social sciences and runs the Thursday drop-in for "
     "first-year students."),
    ("Ruth Calderbank", "Ruth came to the Writing Centre from secondary teaching and leads our sessions on planning "
     "and paragraphing."),
    ("Tobias Wren", "Tobias supports students in the sciences who are writing extended essays for the first time."),
]
OG_NOTE_LABELS = ["Adviser's note", "Why this works", "Worth noticing", "Marker's margin"]
OG_NOTES = [
    "Each paragraph here opens with a claim and closes by returning to the question. Try reading only the first "
    "and last sentences of each one.",
    "Notice how the evidence is introduced: who found it, when, and what it shows, all in one sentence.",
    "{writer} turns from describing to judging at this point. Markers look for exactly this move.",
    "A weaker {topic} essay would list these factors. This one ranks them.",
    "The objection is stated fairly before it is answered. That is what makes the answer persuasive.",
    "Look at the verbs: suggests, indicates, points to. The writer never claims more than the evidence allows.",
    "If you are short of time in an exam, a paragraph like this one is the model to aim for.",
]
OG_DETAILS = ["Show the plan this essay was written from", "Show the question as it was set"]
OG_BANNERS = [
    "The Writing Centre is closed for the Easter break. Online appointments resume on Tuesday 9 April.",
    "New this term: evening drop-ins for postgraduate students, Wednesdays 17:00 to 19:00.",
    "The handbook moves to a new address next month. Old links will redirect automatically.",
]
OG_INTEGRITY = ("Model essays are here to show you what good academic writing looks like, not to be reused. Work "
                "submitted at Ormsgill is checked for similarity, and this handbook is included in that check.")
OG_WORKSHOPS = {1: "Planning a long essay: Tuesdays at 14:00, Library seminar room 2",
                2: "Paraphrasing without plagiarism: Wednesday 21 February, online",
                3: "Writing under exam conditions: Thursdays in March, Hallam Building",
                4: "Revision clinics by appointment throughout the Easter break",
                5: "Dissertation drop-in: every weekday in May, 11:00 to 13:00",
                6: "Summer writing retreat: book a place before 14 June",
                7: "Summer writing retreat: book a place before 14 June",
                8: "Getting ready for university writing: a short online course for new students",
                9: "Welcome week: the Writing Centre stall in the Students' Union",
                10: "Reading for an essay: Mondays at 13:00, Library seminar room 2",
                11: "Referencing workshop: Harvard and MLA side by side",
                12: "Editing your own work: the last workshop before the winter break"}
OG_SVG = ('<svg viewBox="0 0 12 16"><path fill-rule="evenodd" d="M6.5 0C3.48 0 1 2.19 1 5c0 .92.55 2.25 1 3 1.34 2.25 '
          '1.78 2.78 2 4v1h5v-1c.22-1.22.66-1.75 2-4 .45-.75 1-2.08 1-3 0-2.81-2.48-5-5.5-5z"></path></svg>')


def og_heading(text: str, tag: str = "h2") -> str:
    a = anchor_id(text)
    return (f'<{tag} class="anchor anchorWithStickyNavbar_LWe7" id="{a}">{esc(text)}<a href="#{a}" class="hash-link" '
            f'aria-label="Direct link to {html.escape(text)}" title="Direct link to {html.escape(text)}">\u200b</a></{tag}>')


def og_admonition(kind: str, alert: str, heading: str, inner: str) -> str:
    return (f'<div class="theme-admonition theme-admonition-{kind} admonition_xJq3 alert alert--{alert}">'
            f'<div class="admonitionHeading_Gvgb"><span class="admonitionIcon_Rf37">{OG_SVG}</span>{esc(heading)}</div>'
            f'<div class="admonitionContent_BuS1">{inner}</div></div>')


def ormsgill(p: Page) -> str:
    rng = p.rng
    site = "ormsgill"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    s = slug(p.title)
    sub = slug(p.category)
    url = f"{OG_ROOT}/handbook/model-essays/{sub}/{s}"
    adviser, bio = OG_ADVISERS[rng.randrange(len(OG_ADVISERS))]
    student = p.author.split()[0]
    pieces: list[tuple[str, str]] = []
    for kind, value in p.visible():
        if kind == "heading":
            pieces.append(("heading", og_heading(value)))
        elif kind == "paragraph":
            pieces.append(("text", f"<p>{esc(value)}</p>"))
        elif kind == "quote":
            pieces.append(("text", f"<blockquote>\n<p>{esc(value)}</p>\n</blockquote>"))
        else:
            ordered, items = value
            tag = "ol" if ordered else "ul"
            pieces.append(("text", f"<{tag}>\n" + "\n".join(f"<li>{esc(i)}</li>" for i in items) + f"\n</{tag}>"))
    n_essay = len(pieces)
    if shown_on(site, "note", 13, p):  # the adviser's note: a tip admonition between the essay's paragraphs
        label = rng.choice(OG_NOTE_LABELS)
        text = note_for(OG_NOTES, p, writer=student)
        put(pieces, spot(n_essay, rng, 2, 6), ("note", og_admonition("tip", "success", label, f"<p>{esc(text)}</p>")),
            kind_heading)
        p.clutter += [label, text]
    turn = rank_on(site, "details", 4, p)
    if turn is not None:  # a collapsible block, two summaries in turn
        summary = OG_DETAILS[turn % 2]
        if turn % 2 == 0:
            inside = (f"The plan: opening and thesis, background, {rng.choice(['two', 'three'])} main sections, one objection "
                      f"and a reply, conclusion. Drafted in {rng.choice([40, 45, 50, 55, 60])} minutes before writing.")
        else:
            inside = (f"Set question ({p.level}): discuss the claim that {p.essay['card']['rival']}. "
                      f"Worth {rng.choice([25, 30, 40, 50])} per cent of the module mark.")
        put(pieces, rng.randint(1, len(pieces) - 1),
            ("details", f'<details class="details_lb9f alert alert--info details_b_Ee" data-collapsed="true"><summary>{esc(summary)}</summary>'
                        f'<div><div class="collapsibleContent_i85q"><p>{esc(inside)}</p></div></div></details>'), kind_heading)
        p.clutter += [summary, inside]
    if p.cut is not None:
        more = p.rest_words()
        wall = f"The remaining {fmt_int(more)} words of this essay can be read by Ormsgill students and staff."
        pieces.append(("wall", og_admonition("info", "info", "Members only",
                                             f'<p>{esc(wall)}</p><p><a href="{OG_ROOT}/login?next={quote(url, safe="")}">'
                                             f"Sign in with your university account</a></p>")))
        p.clutter += [wall, "Members only", "Sign in with your university account"]
    if p.cut is None and p.refs:
        pieces.append(("heading", og_heading("Works Cited")))
        pieces += [("text", f"<p>{mk}</p>") for _, mk in p.refs]
    integrity = ("note", og_admonition("caution", "warning", "Academic integrity", f"<p>{esc(OG_INTEGRITY)}</p>"))
    p.clutter += [OG_INTEGRITY, "Academic integrity"]
    if half_and_half(site, "integrity", p):
        pieces.insert(0, integrity)
    else:
        pieces.append(integrity)
    # the essay facts component: label / value pairs
    extent = f"{fmt_int(p.words)} words \u2014 roughly {plural(p.pages, 'side')} of A4 at double spacing"
    shared = f"with {student}'s permission, {p.date.strftime('%B')} {p.date.year}"
    views = rng.choice([rng.randint(4, 60), rng.randint(61, 400)])
    opened = f"Opened by {views} students this week"
    facts = [("Written for", p.level), ("Discipline", p.category), ("Extent", extent), ("Outcome", p.grade),
             ("Annotated by", adviser), ("Shared", shared)]
    facts_html = ('<div class="essayFacts_k3Pz"><p class="essayFacts__title_Qw1e">About this essay</p><dl class="essayFacts__list_Lm0c">'
                  + "".join(f"<div><dt>{k}</dt><dd>{esc(v)}</dd></div>" for k, v in facts)
                  + f'</dl><p class="essayFacts__views_Rt7v">{esc(opened)}</p></div>')
    p.clutter += ["About this essay", "Written for", "Annotated by", extent, shared, opened, adviser]
    # headings for the tables of contents
    heads = [v for k, v in p.visible() if k == "heading"] + (["Works Cited"] if p.cut is None and p.refs else [])
    toc_mobile = toc_desktop = ""
    if len(heads) >= 2:
        toc_mobile = ('<div class="theme-doc-toc-mobile tocMobile_ITEo"><button type="button" class="clean-btn tocCollapsibleButton_TO0P">'
                      "On this page</button></div>")
        toc_desktop = ('<div class="col col--3"><div class="tableOfContents_bqdL thin-scrollbar theme-doc-toc-desktop">'
                       '<ul class="table-of-contents table-of-contents__left-border">'
                       + "".join(f'<li><a href="#{anchor_id(h)}" class="table-of-contents__link toc-highlight">{esc(h)}</a></li>' for h in heads)
                       + "</ul></div></div>")
        p.clutter.append("On this page")
    # after the essay: the reference box, the adviser, sharing
    credit = (f"Ormsgill Writing Centre ({p.date.year}) {p.title}. Model essay by {student}, annotated by {adviser}. "
              f"Available at: {url} (Accessed: {uk_date(date(2024, 9, 2) + timedelta(days=p.index * 5))}).")
    cite = ('<div class="citeBox_Hk2d"><p class="citeBox__label_a8Qe">Referencing this model essay (Harvard style)</p>'
            f'<p class="citeBox__text_Vb9r">{esc(credit)}</p><button type="button" class="button button--sm button--outline button--secondary">Copy reference</button></div>')
    adv = (f'<div class="avatar adviserCard_Zp4c"><img class="avatar__photo avatar__photo--lg" src="/img/advisers/{slug(adviser)}.jpg" alt="">'
           f'<div class="avatar__intro"><div class="avatar__name">Annotated by {esc(adviser)}</div><small class="avatar__subtitle">{esc(bio)}</small></div></div>')
    share = ('<div class="shareRow_Pq1x"><span class="shareRow__label_d0Sx">Pass this on:</span> '
             f'<a class="shareRow__link_Cc3k" href="mailto:?subject={quote(p.title)}&amp;body={quote(url)}">Email</a> '
             f'<a class="shareRow__link_Cc3k" href="https://teams.microsoft.com/share?href={quote(url, safe="")}">Teams</a> '
             '<button type="button" class="shareRow__link_Cc3k clean-btn">Copy link</button></div>')
    p.clutter += ["Referencing this model essay (Harvard style)", credit, "Copy reference", f"Annotated by {adviser}", bio,
                  "Pass this on:", "Copy link"]
    # doc footer
    editor = rng.choice(["Imogen Saltash", "Kwame Boateng", "Ruth Calderbank", "Tobias Wren", "Writing Centre bot"])
    updated = p.date + timedelta(days=rng.randint(20, 500))
    last = f"Last updated on {short_date(updated)} by {editor}"
    tags = [p.level.lower(), p.topic.lower(), "model essays"]
    tag_html = "".join(f'<li class="tag_QGVx"><a class="tag_zVej tagRegular_sFm0" href="/handbook/tags/{slug(t)}">{esc(t)}</a></li>' for t in tags)
    p.clutter += [last, "Edit this page", "model essays"]
    # pagination: the neighbouring pages of the handbook
    titles = p.site_titles
    prev_t = titles[p.index - 2] if p.index > 1 else None
    next_t = titles[p.index] if p.index < len(titles) else None
    pag = '<nav class="pagination-nav docusaurus-mt-lg" aria-label="Docs pages">'
    if prev_t:
        pag += (f'<a class="pagination-nav__link pagination-nav__link--prev" href="{OG_ROOT}/handbook/model-essays/{slug(ESSAYS_BY_TITLE[prev_t]["tags"][0])}/{slug(prev_t)}">'
                f'<div class="pagination-nav__sublabel">Previous</div><div class="pagination-nav__label">{esc(prev_t)}</div></a>')
    if next_t:
        pag += (f'<a class="pagination-nav__link pagination-nav__link--next" href="{OG_ROOT}/handbook/model-essays/{slug(ESSAYS_BY_TITLE[next_t]["tags"][0])}/{slug(next_t)}">'
                f'<div class="pagination-nav__sublabel">Next</div><div class="pagination-nav__label">{esc(next_t)}</div></a>')
    pag += "</nav>"
    # how other writers concluded: the start of three other essays' last paragraphs
    cards = ""
    for t in rng.sample(p.others, 3):
        ending = unique_cut(closing_text(t), rng.randint(22, 34), t)
        cards += (f'<div class="col col--4 margin-bottom--lg"><a class="card padding--lg cardContainer_fWXF" href="{OG_ROOT}/handbook/model-essays/{slug(ESSAYS_BY_TITLE[t]["tags"][0])}/{slug(t)}">'
                  f'<h3 class="text--truncate cardTitle_rnsV" title="{html.escape(t)}">{esc(t)}</h3>'
                  f'<p class="cardDescription_PWke">{esc(ending)}…</p></a></div>')
        p.clutter += [t, ending]
    endings = ('<section class="endings_T3sa margin-top--lg"><h2 class="endings__heading_Ux8b">How other writers concluded</h2>'
               f'<div class="row">{cards}</div></section>')
    p.clutter.append("How other writers concluded")
    # the sidebar: the current subject open, with every essay of that subject
    subjects = sorted({ESSAYS_BY_TITLE[t]["tags"][0] for t in titles})
    cats = ""
    for subj in subjects:
        here = subj == p.topic
        items = ""
        if here:
            for t in [t for t in titles if ESSAYS_BY_TITLE[t]["tags"][0] == subj]:
                act = " menu__link--active" if t == p.title else ""
                cur = ' aria-current="page"' if t == p.title else ""
                items = items + (f'<li class="theme-doc-sidebar-item-link theme-doc-sidebar-item-link-level-3 menu__list-item"><a class="menu__link{act}"{cur} '
                                 f'href="{OG_ROOT}/handbook/model-essays/{slug(subj)}/{slug(t)}">{esc(t)}</a></li>')
                if t != p.title:
                    p.clutter.append(t)
        cats += (f'<li class="theme-doc-sidebar-item-category theme-doc-sidebar-item-category-level-2 menu__list-item{"" if here else " menu__list-item--collapsed"}">'
                 f'<div class="menu__list-item-collapsible"><a class="menu__link menu__link--sublist menu__link--sublist-caret{" menu__link--active" if here else ""}" '
                 f'aria-expanded="{"true" if here else "false"}" href="{OG_ROOT}/handbook/model-essays/{slug(subj)}">{esc(cap(subj))}</a></div>'
                 + (f'<ul style="display:block;overflow:visible;height:auto" class="menu__list">{items}</ul>' if here else "") + "</li>")
    workshop = OG_WORKSHOPS[p.date.month]
    p.clutter += ["Start here", "Planning and drafting", "Referencing guides", "Next workshop", workshop,
                  "Ormsgill Writing Centre", "Book an appointment", "Skip to main content", "Version: 2024\u201325",
                  "Accessibility statement", "Student portal", "Contact the Writing Centre",
                  f"Copyright \u00a9 2024 Ormsgill University. Built with Docusaurus."]
    banner = ""
    turn = rank_on(site, "banner", 3, p)
    if turn is not None:
        banner = (f'<div class="announcementBar_mb4j" style="background-color:#1b3a57;color:#fff" role="banner"><div class="announcementBarPlaceholder_vyr4"></div>'
                  f'<div class="content_knG7 announcementBarContent_xLdY">{esc(OG_BANNERS[turn])}</div>'
                  '<button type="button" aria-label="Close" class="clean-btn close closeButton_CVFx announcementBarClose_gvF7"><svg viewBox="0 0 15 15" width="14" height="14"><g stroke="currentColor" stroke-width="3.1"><path d="M.75.75l13.5 13.5M14.25.75L.75 14.25"></path></g></svg></button></div>')
        p.clutter.append(OG_BANNERS[turn])
    cookie = ""
    if shown_on(site, "cookie", 6, p):
        cookie = ('<div class="cookieBanner_Wd2s" role="dialog" aria-live="polite"><p>The handbook keeps one cookie to remember whether '
                  'you prefer dark mode, and counts page visits without knowing who you are.</p>'
                  '<button type="button" class="button button--primary button--sm">Fine by me</button> '
                  '<a class="button button--link button--sm" href="/handbook/privacy">Tell me more</a></div>')
        p.clutter += ["The handbook keeps one cookie to remember whether you prefer dark mode", "Fine by me", "Tell me more"]
    body = "\n".join(h for _, h in pieces)
    build = hexid(site, "build", n=8)
    return f"""<!doctype html>
<html lang="en-GB" dir="ltr" class="docs-wrapper plugin-docs plugin-id-default docs-version-current docs-doc-page docs-doc-id-model-essays/{sub}/{s}" data-has-hydrated="false">
<head>
<meta charset="UTF-8">
<meta name="generator" content="Docusaurus v3.1.1">
<title data-rh="true">{esc(p.title)} | Ormsgill Writing Centre</title><meta data-rh="true" name="viewport" content="width=device-width,initial-scale=1"><meta data-rh="true" name="twitter:card" content="summary_large_image"><meta data-rh="true" property="og:image" content="{OG_ROOT}/img/handbook-card.png"><meta data-rh="true" property="og:url" content="{url}"><meta data-rh="true" property="og:locale" content="en_GB"><meta data-rh="true" name="docusaurus_locale" content="en"><meta data-rh="true" name="docsearch:language" content="en"><meta data-rh="true" name="docusaurus_version" content="current"><meta data-rh="true" name="docusaurus_tag" content="docs-default-current"><meta data-rh="true" name="docsearch:version" content="current"><meta data-rh="true" name="docsearch:docusaurus_tag" content="docs-default-current"><meta data-rh="true" property="og:title" content="{html.escape(p.title)} | Ormsgill Writing Centre"><meta data-rh="true" name="description" content="An annotated {html.escape(p.topic)} model essay from the Ormsgill Writing Centre handbook."><meta data-rh="true" property="og:description" content="An annotated {html.escape(p.topic)} model essay from the Ormsgill Writing Centre handbook."><link data-rh="true" rel="icon" href="/img/favicon.ico"><link data-rh="true" rel="canonical" href="{url}"><link data-rh="true" rel="alternate" href="{url}" hreflang="en-GB"><link data-rh="true" rel="preconnect" href="https://QK3T8RWB2E-dsn.algolia.net" crossorigin="anonymous"><link rel="search" type="application/opensearchdescription+xml" title="Ormsgill Writing Centre" href="/opensearch.xml">
<link rel="stylesheet" href="/assets/css/styles.{build}.css">
<script src="/assets/js/runtime~main.{hexid(site, 'rt', n=8)}.js" defer="defer"></script>
<script src="/assets/js/main.{hexid(site, 'main', n=8)}.js" defer="defer"></script>
</head>
<body class="navigation-with-keyboard">
<script>!function(){{function t(t){{document.documentElement.setAttribute("data-theme",t)}}var e=function(){{try{{return new URLSearchParams(window.location.search).get("docusaurus-theme")}}catch(t){{}}}}()||function(){{try{{return localStorage.getItem("theme")}}catch(t){{}}}}();t(null!==e?e:"light")}}()</script><div id="__docusaurus">
<div role="region" aria-label="Skip to main content"><a class="skipToContent_fXgn" href="#__docusaurus_skipToContent_fallback">Skip to main content</a></div>
{banner}
<nav aria-label="Main" class="navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items"><button aria-label="Toggle navigation bar" aria-expanded="false" class="navbar__toggle clean-btn" type="button"><svg width="30" height="30" viewBox="0 0 30 30" aria-hidden="true"><path stroke="currentColor" stroke-linecap="round" stroke-miterlimit="10" stroke-width="2" d="M4 7h22M4 15h22M4 23h22"></path></svg></button><a class="navbar__brand" href="/"><div class="navbar__logo"><img src="/img/ormsgill-crest.svg" alt="Ormsgill University crest" class="themedComponent_mlkZ themedComponent--light_NVdE"></div><b class="navbar__title text--truncate">Ormsgill Writing Centre</b></a><a class="navbar__item navbar__link" href="/handbook/intro">Handbook</a><a aria-current="page" class="navbar__item navbar__link navbar__link--active" href="/handbook/model-essays">Model essays</a><a class="navbar__item navbar__link" href="/workshops">Workshops</a></div><div class="navbar__items navbar__items--right"><a href="https://bookings.ormsgill.ac.uk/writing" target="_blank" rel="noopener noreferrer" class="navbar__item navbar__link">Book an appointment<svg width="13.5" height="13.5" aria-hidden="true" viewBox="0 0 24 24" class="iconExternalLink_nPIU"><path fill="currentColor" d="M21 13v10h-21v-19h12v2h-10v15h17v-8h2zm3-12h-10.988l4.035 4-6.977 7.07 2.828 2.828 6.977-7.07 4.125 4.172v-11z"></path></svg></a><div class="toggle_vylO colorModeToggle_DEke"><button class="clean-btn toggleButton_gllP toggleButtonDisabled_aARS" type="button" disabled="" title="Switch between dark and light mode (currently light mode)" aria-label="Switch between dark and light mode (currently light mode)" aria-live="polite"></button></div><div class="navbarSearchContainer_Bca1"><button type="button" class="DocSearch DocSearch-Button" aria-label="Search"><span class="DocSearch-Button-Container"><span class="DocSearch-Button-Placeholder">Search</span></span><span class="DocSearch-Button-Keys"></span></button></div></div></div><div role="presentation" class="navbar-sidebar__backdrop"></div></nav>
<div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0"><div class="docsWrapper_hBAB"><button aria-label="Scroll back to top" class="clean-btn theme-back-to-top-button backToTopButton_sjWU" type="button"></button><div class="docRoot_UBD9">
<aside class="theme-doc-sidebar-container docSidebarContainer_YfHR"><div class="sidebarViewport_aRkj"><div class="sidebar_njMd"><nav aria-label="Docs sidebar" class="menu thin-scrollbar menu_SIkG"><ul class="theme-doc-sidebar-menu menu__list">
<li class="theme-doc-sidebar-item-link theme-doc-sidebar-item-link-level-1 menu__list-item"><a class="menu__link" href="/handbook/intro">Start here</a></li>
<li class="theme-doc-sidebar-item-category theme-doc-sidebar-item-category-level-1 menu__list-item menu__list-item--collapsed"><div class="menu__list-item-collapsible"><a class="menu__link menu__link--sublist menu__link--sublist-caret" aria-expanded="false" href="/handbook/planning">Planning and drafting</a></div></li>
<li class="theme-doc-sidebar-item-category theme-doc-sidebar-item-category-level-1 menu__list-item"><div class="menu__list-item-collapsible"><a class="menu__link menu__link--sublist menu__link--sublist-caret menu__link--active" aria-expanded="true" href="/handbook/model-essays">Model essays</a></div><ul style="display:block;overflow:visible;height:auto" class="menu__list">{cats}</ul></li>
<li class="theme-doc-sidebar-item-category theme-doc-sidebar-item-category-level-1 menu__list-item menu__list-item--collapsed"><div class="menu__list-item-collapsible"><a class="menu__link menu__link--sublist menu__link--sublist-caret" aria-expanded="false" href="/handbook/referencing">Referencing guides</a></div></li>
</ul></nav><div class="sidebarWorkshop_Yt3e"><p class="sidebarWorkshop__label_Fe2q">Next workshop</p><p class="sidebarWorkshop__text_W1nb">{esc(workshop)}</p></div><button type="button" title="Collapse sidebar" aria-label="Collapse sidebar" class="button button--secondary button--outline collapseSidebarButton_PEFL"></button></div></div></aside>
<main class="docMainContainer_TBSr"><div class="container padding-top--md padding-bottom--lg"><div class="row"><div class="col docItemCol_VOVn"><div class="docItemContainer_Djhp"><article>
<nav class="theme-doc-breadcrumbs breadcrumbsContainer_Z_bl" aria-label="Breadcrumbs"><ul class="breadcrumbs" itemscope="" itemtype="https://schema.org/BreadcrumbList"><li class="breadcrumbs__item"><a aria-label="Home page" class="breadcrumbs__link" href="/"><svg viewBox="0 0 24 24" class="breadcrumbHomeIcon_YNFT"><path d="M10 19v-5h4v5c0 .55.45 1 1 1h3c.55 0 1-.45 1-1v-7h1.7c.46 0 .68-.57.33-.87L12.67 3.6c-.38-.34-.96-.34-1.34 0l-8.36 7.53c-.34.3-.13.87.33.87H5v7c0 .55.45 1 1 1h3c.55 0 1-.45 1-1z" fill="currentColor"></path></svg></a></li><li itemscope="" itemprop="itemListElement" itemtype="https://schema.org/ListItem" class="breadcrumbs__item"><a class="breadcrumbs__link" itemprop="item" href="/handbook/model-essays"><span itemprop="name">Model essays</span></a><meta itemprop="position" content="1"></li><li itemscope="" itemprop="itemListElement" itemtype="https://schema.org/ListItem" class="breadcrumbs__item"><a class="breadcrumbs__link" itemprop="item" href="/handbook/model-essays/{sub}"><span itemprop="name">{esc(p.category)}</span></a><meta itemprop="position" content="2"></li><li itemscope="" itemprop="itemListElement" itemtype="https://schema.org/ListItem" class="breadcrumbs__item breadcrumbs__item--active"><span class="breadcrumbs__link" itemprop="name">{esc(p.title)}</span><meta itemprop="position" content="3"></li></ul></nav>
<span class="theme-doc-version-badge badge badge--secondary">Version: 2024\u201325</span>
{toc_mobile}
<div class="theme-doc-markdown markdown"><header><h1>{esc(p.title)}</h1></header>
{facts_html}
{body}
{cite}
{adv}
{share}
</div>
<footer class="theme-doc-footer docusaurus-mt-lg"><div class="theme-doc-footer-tags-row row margin-bottom--sm"><div class="col"><b>Tags:</b><ul class="tags_jXut padding--none margin-left--sm">{tag_html}</ul></div></div><div class="theme-doc-footer-edit-meta-row row"><div class="col"><a href="https://git.ormsgill.ac.uk/writing-centre/handbook/-/edit/main/docs/model-essays/{sub}/{s}.md" target="_blank" rel="noopener noreferrer" class="theme-edit-this-page"><svg fill="currentColor" height="20" width="20" viewBox="0 0 40 40" class="iconEdit_Z9Sw" aria-hidden="true"><g><path d="m34.5 11.7l-3 3.1-6.3-6.3 3.1-3q0.5-0.5 1.2-0.5t1.1 0.5l3.9 3.9q0.5 0.4 0.5 1.1t-0.5 1.2z"></path></g></svg>Edit this page</a></div><div class="col lastUpdated_JAkA"><span class="theme-last-updated">Last updated<!-- --> on <b><time datetime="{updated.isoformat()}T00:00:00.000Z" itemprop="dateModified">{short_date(updated)}</time></b> by <b>{esc(editor)}</b></span></div></div></footer>
</article>
{pag}
{endings}
</div></div>{toc_desktop}</div></div></main></div></div></div>
<footer class="footer footer--dark"><div class="container container-fluid"><div class="row footer__links"><div class="col footer__col"><div class="footer__title">Writing Centre</div><ul class="footer__items clean-list"><li class="footer__item"><a class="footer__link-item" href="/contact">Contact the Writing Centre</a></li><li class="footer__item"><a class="footer__link-item" href="/workshops">Workshops</a></li></ul></div><div class="col footer__col"><div class="footer__title">University</div><ul class="footer__items clean-list"><li class="footer__item"><a href="https://portal.ormsgill.ac.uk" target="_blank" rel="noopener noreferrer" class="footer__link-item">Student portal</a></li><li class="footer__item"><a class="footer__link-item" href="/accessibility">Accessibility statement</a></li></ul></div></div><div class="footer__bottom text--center"><div class="footer__copyright">Copyright \u00a9 2024 Ormsgill University. Built with Docusaurus.</div></div></div></footer>
{cookie}
</div>
</body>
</html>
"""


# ---- 2. dunmarsh: LiveJournal community entry ------------------------------------------------------------------

DM_COMM = "dunmarsh_essays"
DM_ROOT = "https://dunmarsh-essays.livejournal.com"
DM_NAME = "Dunmarsh Essay Swap"
DM_USERS = ["hollyhock_and_ink", "grey_owl_notes", "mossandmarginalia", "tea_stained_pages", "quietly_revising",
            "north_of_nowhere", "bramble_b", "inkwell_isla", "paper_lantern_17", "owlish_ollie", "saltmarsh_sam",
            "juniper_jots"]
DM_WANTS = ["concrit on the conclusion please", "any crit welcome, be honest", "help with linking my paragraphs",
            "does the argument actually hold up?", "SPaG and flow, mostly", "whether the counter-argument is strong enough"]
DM_SIGNOFFS = [
    "Thanks in advance for any crit!",
    "Be as harsh as you like, I can take it (I think).",
    "Will repost the final version when it's marked, if anyone's curious.",
    "Comments are screened until I've read them, so don't panic if yours doesn't show up straight away.",
]
DM_NOTE_LABELS = ["teacher's note", "margin comment", "what my marker wrote here", "feedback"]
DM_NOTES = [
    "good, this is the first real argument in the essay",
    "evidence! more of this",
    "you could lose this sentence and the paragraph would be stronger",
    "nice link back to the question, {writer}",
    "the {topic} knowledge really shows in this section",
    "careful, this is starting to drift into narrative",
    "top band analysis in this section",
]
DM_POLLS = [("What mark would you give this?", ["A or above", "B", "C or below"]),
            ("Does the argument convince you?", ["Completely", "Mostly", "Not really"])]
DM_NOTICES = [
    "Reminder: essays without the posting form will be deleted from now on. The form is in the community profile.",
    "We are looking for two new maintainers. Comment on the profile post if you are interested.",
    "Exam season is here, so crit may be slow. Please be patient and crit two essays for every one you post.",
]
DM_COMMS = ["essay_help", "sixthform_lounge", "a_level_crit", "uni_writing", "study_buddies_uk", "revision_rescue"]
DM_MOODS = ["accomplished", "anxious", "exhausted", "hopeful", "nervous", "relieved", "sleepy", "determined",
            "caffeinated", "contemplative"]
DM_MUSIC = ["The Harbour Lights - Paper Moons", "Kestrel Road - Left at the Lights", "Mallow - Slow Tide",
            "The Understudies - Second Act", "Wren & Fox - Borrowed Coats", "Halfway House - Radio Static"]
DM_PLACES = ["the library, obviously", "my desk, surrounded by highlighters", "the bus home", "the kitchen table",
             "the common room"]
DM_COMMENTERS = ["fernweh_fiona", "lamplighter_lou", "rookery_rose", "cinnamon_quill", "the_long_walk_home",
                 "marginal_notes", "hedgerow_hal", "foxglove_fen", "cobble_and_crumb", "skylark_sophie",
                 "thimble_theo", "candlewick_cara"]
DM_COMMENTS = [
    "Your opening is really strong, I knew exactly where the essay was going by the end of the first paragraph.",
    "I'd maybe cut the background section a bit, it takes a while to get to your first point.",
    "Bookmarking this, we've got a similar title coming up next term.",
    "The counter-argument paragraph is the best bit for me. You take the other side seriously.",
    "One small thing: some of your sentences are very long, and the point gets lost.",
    "Honestly I'd have given it a higher mark than that.",
    "Love the quotation you chose, it really sets up the next section.",
    "Could you post your plan as well? I'd like to see how you structured it.",
    "This helped me so much, thank you for sharing.",
    "Your conclusion doesn't just repeat the introduction, which is what I always end up doing.",
]
DM_THANKS = ["thank you!! that's really helpful", "oh good point, I'll fix that before I hand it in",
             "haha thank you, it took forever", "yes! will post it when I find it"]
DM_PROMOS = {1: "New year, new journal: try the updated editor with autosave",
             2: "Share your writing challenge entries with the #writeitout tag",
             3: "Spring clean your friends list with the new filters",
             4: "Spring clean your friends list with the new filters",
             5: "Exam season? Turn on focus mode to hide notifications",
             6: "Summer is here: post your reading lists with the #summerreads tag",
             7: "Summer is here: post your reading lists with the #summerreads tag",
             8: "Back-to-school sale on paid accounts this month",
             9: "Back-to-school sale on paid accounts this month",
             10: "Autumn themes are now available for every journal style",
             11: "Write a post a day in November with the community challenge",
             12: "Gift a paid account to a friend this winter"}


def dm_entry(title: str) -> dict:
    """The poster and their typed posting form for an entry, drawn from the title (so that other pages' widgets can
    show the same start)."""
    r = random.Random(f"{SEED}:dunmarsh:entry:{title}")
    e = ESSAYS_BY_TITLE[title]
    words = e["words"]
    pages = max(1, -(-words // 275))
    level, grade, want = r.choice(LEVELS), r.choice(GRADES), r.choice(DM_WANTS)
    form = [("Title", title), ("Subject", cap(e["tags"][0])), ("Level", level),
            ("Word count", f"{fmt_int(words)} ({pages} pg, 12pt double)"), ("Mark", grade), ("Looking for", want)]
    return dict(user=r.choice(DM_USERS), form=form, itemid=r.randint(100000, 999999), level=level,
                when=date(2012, 1, 1) + timedelta(days=r.randint(0, 2500)))


def dm_user(user: str, kind: str = "P") -> str:
    host = user.replace("_", "-")
    return (f'<span class="ljuser i-ljuser i-ljuser-type-{kind}" data-ljuser="{user}" lj:user="{user}">'
            f'<a href="https://{host}.livejournal.com/profile/" target="_self" class="i-ljuser-profile">'
            f'<img class="i-ljuser-userhead" src="https://l-stat.livejournal.net/img/{"community" if kind == "C" else "userinfo_v8"}.svg?v=17080" /></a>'
            f'<a href="https://{host}.livejournal.com/" class="i-ljuser-username" target="_self"><b>{user}</b></a></span>')


def dunmarsh(p: Page) -> str:
    rng = p.rng
    site = "dunmarsh"
    entry = dm_entry(p.title)
    p.claimed_words, p.claimed_pages = p.words, p.pages
    user = entry["user"]
    url = f"{DM_ROOT}/{entry['itemid']}.html"
    when = p.date
    br_mode = rng.random() < 0.5
    student = p.author.split()[0]

    def run(h: str) -> tuple[str, str]:
        return ("text", h)

    pieces: list[tuple[str, str]] = []
    for kind, value in p.visible():
        if kind == "heading":
            pieces.append(("heading", f"<b><u>{esc(value)}</u></b>"))
        elif kind == "paragraph":
            pieces.append(run(esc(value)))
        elif kind == "quote":
            pieces.append(("block", f"<blockquote>{esc(value)}</blockquote>"))
        else:
            ordered, items = value
            tag = "ol" if ordered else "ul"
            pieces.append(("block", f"<{tag}>" + "".join(f"<li>{esc(i)}</li>" for i in items) + f"</{tag}>"))
    n_essay = len(pieces)
    if shown_on(site, "note", 13, p):  # the marker's comment, typed into the entry in brackets
        label = rng.choice(DM_NOTE_LABELS)
        text = f"[{label}: {note_for(DM_NOTES, p, writer=student)}]"
        put(pieces, spot(n_essay, rng, 2, 6), run(f"<i>{esc(text)}</i>"), kind_heading)
        p.clutter.append(text)
    turn = rank_on(site, "poll", 4, p)
    if turn is not None:  # an LJ poll, two questions in turn
        question, options = DM_POLLS[turn % 2]
        pid = 2_000_000 + p.post_id % 900_000
        counts = [rng.randint(0, 30) for _ in options]
        total = max(1, sum(counts))
        lis = ""
        for opt, c in zip(options, counts):
            share = f"{c} ({100 * c / total:.1f}%)"
            lis += (f'<li class="b-poll-answer"><span class="b-poll-answer-text">{esc(opt)}</span> '
                    f'<span class="b-poll-answer-count">{share}</span></li>')
            p.clutter.append(share)
        meta = f"Open to: All, detailed results viewable to: All. Participants: {sum(counts)}"
        poll = (f'<div class="b-poll" id="poll{pid}"><div class="b-poll-header"><b>Poll #{pid}</b> <span class="b-poll-title">{esc(question)}</span></div>'
                f'<div class="b-poll-meta">{meta}</div><ul class="b-poll-answers">{lis}</ul>'
                f'<a class="b-poll-results" href="https://www.livejournal.com/poll/?id={pid}&amp;mode=results">View answers</a></div>')
        put(pieces, rng.randint(1, len(pieces) - 1), ("block", poll), kind_heading)
        p.clutter += [f"Poll #{pid}", question, meta, "View answers"]
    if p.cut is not None:
        more = p.rest_words()
        wall = (f"The rest of this essay (another {fmt_int(more)} words) is members-only. Join the comm and it will "
                "appear on your friends page.")
        pieces.append(("block", f'<div class="b-singlepost-lockedcut"><i>{esc(wall)}</i> '
                                f'<a class="b-flatbutton b-flatbutton-simple" href="https://www.livejournal.com/community/join.bml?comm={DM_COMM}">Join community</a></div>'))
        p.clutter += [wall, "Join community"]
    if p.cut is None and p.refs:
        pieces.append(("heading", "<b><u>Works Cited</u></b>"))
        if br_mode:
            pieces.append(run("<br />\n".join(mk for _, mk in p.refs)))
        else:
            pieces += [run(mk) for _, mk in p.refs]
    xpost = f"x-posted to {', '.join(rng.sample(DM_COMMS, 2)).replace(', ', ' and ')}, sorry if you see this twice!"
    p.clutter.append(xpost)
    sign = rng.choice(DM_SIGNOFFS)
    p.clutter.append(sign)
    if half_and_half(site, "xpost", p):
        pieces.insert(0, run(f"<small>{esc(xpost)}</small>"))
        pieces.append(run(esc(sign)))
    else:
        pieces += [run(esc(sign)), run(f"<small>{esc(xpost)}</small>")]
    # the posting form, typed at the top of the entry, then the cut anchor
    form = "<br />\n".join(f"<b>{k}:</b> {esc(v)}" for k, v in entry["form"])
    p.clutter += [f"{k}: {v}" for k, v in entry["form"]]
    out = form + "<br />\n<br />\n" + '<a name="cutid1"></a>' if br_mode else f"<p>{form}</p>\n" + '<a name="cutid1"></a>'
    if br_mode:
        for i, (kind, h) in enumerate(pieces):
            if i:
                out += "\n" if kind == "block" or pieces[i - 1][0] == "block" else "<br />\n<br />\n"
            out += h
    else:
        out += "\n" + "\n".join(h if kind == "block" else f"<p>{h}</p>" for kind, h in pieces)
    # currents, tags, footer
    currents = []
    mood = rng.choice(DM_MOODS)
    currents.append(("mood", "Current mood:", f'<img class="meta-mood-img" src="https://l-stat.livejournal.net/img/mood/{mood}.gif" alt="{mood}" /> <span class="current-mood">{mood}</span>', mood))
    if rng.random() < 0.6:
        music = rng.choice(DM_MUSIC)
        currents.append(("music", "Current music:", esc(music), music))
    if rng.random() < 0.4:
        place = rng.choice(DM_PLACES)
        currents.append(("location", "Current location:", esc(place), place))
    cur_html = "".join(f'<li class="b-singlepost-currents-item b-singlepost-currents-{k}"><span class="b-singlepost-currents-label">{lab}</span> {h}</li>'
                       for k, lab, h, _ in currents)
    p.clutter += [f"{lab} {v}" for _, lab, _, v in currents]
    tags = [entry["level"].lower(), p.topic.lower(), "crit wanted"]
    tag_html = ", ".join(f'<a href="{DM_ROOT}/tag/{quote(t)}" rel="tag">{esc(t)}</a>' for t in tags)
    p.clutter.append("crit wanted")
    views = rng.choice([rng.randint(40, 900), rng.randint(901, 6000)])
    stamp = f"{when.isoformat()} {rng.randint(8, 23):02d}:{rng.randint(0, 59):02d}:00"
    # comments
    thread = ""
    ncom = 0
    day = when
    for who, text in zip(rng.sample(DM_COMMENTERS, rng.randint(2, 5)), rng.sample(DM_COMMENTS, 5)):
        ncom += 1
        day = day + timedelta(days=rng.randint(0, 6))
        cid = 1000000 + p.post_id % 100000 * 10 + ncom
        ts = f"{day.isoformat()} {rng.randint(1, 12):02d}:{rng.randint(0, 59):02d} {'am' if rng.random() < 0.4 else 'pm'} (UTC)"
        thread += dm_leaf(who, text, cid, ts, url, 1)
        p.clutter += [who, text, ts]
        if ncom == 1 and rng.random() < 0.6:
            ncom += 1
            reply = rng.choice(DM_THANKS)
            ts2 = f"{(day + timedelta(days=1)).isoformat()} {rng.randint(1, 12):02d}:{rng.randint(0, 59):02d} pm (UTC)"
            thread += dm_leaf(user, reply, cid + 50, ts2, url, 2)
            p.clutter += [reply, ts2]
    p.clutter += [f"{views} views", f"{ncom} comments"]
    # prev / next entries of the community
    titles = p.site_titles
    nav = '<nav class="b-singlepost-prevnext">'
    if p.index > 1:
        t = titles[p.index - 2]
        nav += f'<a class="b-singlepost-prevnext-link b-singlepost-prev" href="{DM_ROOT}/{dm_entry(t)["itemid"]}.html">&laquo; {esc(t)}</a> '
        p.clutter.append(t)
    if p.index < len(titles):
        t = titles[p.index]
        nav += f'<a class="b-singlepost-prevnext-link b-singlepost-next" href="{DM_ROOT}/{dm_entry(t)["itemid"]}.html">{esc(t)} &raquo;</a>'
        p.clutter.append(t)
    nav += "</nav>"
    # more from the community: the start of three other entries, posting form and all
    related = ""
    for t in rng.sample(p.others, 3):
        o = dm_entry(t)
        start = " ".join(f"{k}: {v}" for k, v in o["form"][1:]) + " " + opening_text(t)
        excerpt = char_cut(start, rng.randint(190, 260))
        related += (f'<li class="b-related-item"><a class="b-related-title" href="{DM_ROOT}/{o["itemid"]}.html">{esc(t)}</a>'
                    f'<p class="b-related-excerpt">{esc(excerpt)}…</p><span class="b-related-meta">{o["user"]} &middot; {short_date(o["when"])}</span></li>')
        p.clutter += [t, excerpt]
    credit = f"{user}. \"{p.title}.\" {DM_NAME}, LiveJournal, {long_date(when)}, {url}."
    promo = DM_PROMOS[when.month]
    p.clutter += [credit, "Quoting an entry?", "Give the poster's username, the title, the community and the date.",
                  f"{user} wrote in {DM_COMM}", stamp, DM_NAME, "Posting rules", "More from this community", promo,
                  "Use the posting form. Entries without a word count will be deleted.",
                  "Put the essay behind a cut.", "Crit the essay, not the person.", "Maintainer: ms_penrose",
                  "Add to memories", "Find more", "Create a blog", "Terms of Service", "Privacy Policy",
                  "Members: 2,418", "Entries: 3,902",
                  "A friendly place to swap essays for crit. Sixth form, college and first-year uni welcome."]
    notice = ""
    turn = rank_on(site, "notice", 3, p)
    if turn is not None:
        notice = f'<div class="b-msgsystem-warningbox b-msgsystem-warningbox-community"><b>Mod note:</b> {esc(DM_NOTICES[turn])}</div>'
        p.clutter.append(f"Mod note: {DM_NOTICES[turn]}")
    cookie = ""
    if shown_on(site, "cookie", 6, p):
        cookie = ('<div class="b-cookies-message" role="alert"><p class="b-cookies-message-text">LiveJournal keeps small files '
                  'on your device to remember your settings and to measure traffic. <a href="https://www.livejournal.com/legal/privacy.bml">'
                  'How this works</a></p><button class="b-flatbutton b-cookies-message-close">Got it</button></div>')
        p.clutter += ["LiveJournal keeps small files on your device to remember your settings and to measure traffic.",
                      "How this works", "Got it"]
    site_js = json.dumps({"page": {"ljuser": user, "journal": DM_COMM, "journal_type": "C", "ditemid": entry["itemid"],
                                   "is_community": 1, "entry_title": p.title},
                          "currentJournal": DM_COMM, "has_remote": 0, "remote": None, "statprefix": "https://l-stat.livejournal.net",
                          "siteroot": "https://www.livejournal.com", "ctx_popup": 1, "currentLanguage": "en_LJ",
                          "server_time": 1714500000 + p.index * 613}, separators=(",", ":"))
    cmt_js = json.dumps({"journal": DM_COMM, "canAdmin": 0, "remote": "", "entry": entry["itemid"]}, separators=(",", ":"))
    host = "dunmarsh-essays"
    return f"""<!DOCTYPE html>
<html lang="en" class="html-schemius html-s2-no-adaptive html-adaptive">
<head>
<meta charset="utf-8">
<title>{esc(p.title)}: {DM_COMM} &mdash; LiveJournal</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{html.escape(p.title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="LiveJournal">
<meta property="og:description" content="{html.escape(word_cut(opening_text(p.title), 25))}...">
<meta name="description" content="{html.escape(word_cut(opening_text(p.title), 25))}...">
<link rel="canonical" href="{url}">
<link rel="alternate" type="application/rss+xml" title="RSS" href="{DM_ROOT}/data/rss">
<link rel="stylesheet" href="https://l-stat.livejournal.net/??schemius_v4/headerV4.css,schemius_v4/s2-singlepost.css,widgets/poll.css?v=1714400000">
<script>Site = window.Site || {{}}; (function(){{ var p = {site_js}, i; for (i in p) Site[i] = p[i]; }})();</script>
<script>var LJ_cmtinfo = {cmt_js};</script>
<script src="https://l-stat.livejournal.net/??lj_base.js,jquery/jquery.lj.basicWidget.js,entry/singlepost.js?v=1714400000"></script>
</head>
<body class="s-schemius p-lang-en s-logged-out p-sidebar-right logged-out">
<header class="s-header" id="js-header"><div class="s-header-inner">
<a class="s-header-item__link s-header-item__link--logo" href="https://www.livejournal.com/"><span class="s-header-logo">LiveJournal</span></a>
<nav class="s-nav"><ul class="s-nav-rootlist">
<li class="s-nav-item"><a class="s-nav-item__name" href="https://www.livejournal.com/category/">Find more</a></li>
<li class="s-nav-item"><a class="s-nav-item__name" href="https://www.livejournal.com/shop/">Shop</a></li>
<li class="s-nav-item"><a class="s-nav-item__name" href="https://www.livejournal.com/search/">Search</a></li>
</ul></nav>
<ul class="s-header-actions"><li><a class="s-header-item__link s-header-item__link--login" href="https://www.livejournal.com/login.bml">Log in</a></li>
<li><a class="s-header-item__link s-header-item__link--signup" href="https://www.livejournal.com/create">Create a blog</a></li></ul>
</div><div class="s-header-promo"><a href="https://www.livejournal.com/news/">{esc(promo)}</a></div></header>
<div class="s-container"><div class="s-content b-singlepost-standout">
<div class="b-singlepost-wrapper">
{notice}
<article class="b-singlepost hentry h-entry" data-ditemid="{entry['itemid']}">
<header class="b-singlepost-header">
<div class="b-singlepost-userpic"><img src="https://l-userpic.livejournal.com/{p.post_id}/{hexid(user, n=7)}" alt="{user}: default" title="{user}: default" width="100" height="100"></div>
<h1 class="b-singlepost-title entry-title p-name">{esc(p.title)}</h1>
<div class="b-singlepost-author">{dm_user(user)} wrote in {dm_user(DM_COMM, "C")}</div>
<p class="b-singlepost-author-date"><time class="published dt-published" datetime="{when.isoformat()}">{stamp}</time></p>
</header>
<div class="b-singlepost-body entry-content e-content" lj-sale-entry lj-embed-resizer>{out}</div>
<div class="b-singlepost-currents"><ul>{cur_html}</ul></div>
<div class="b-singlepost-tags"><span class="b-singlepost-tags-label">Tags:</span> {tag_html}</div>
<footer class="b-singlepost-footer">
<ul class="b-singlepost-actions">
<li class="b-singlepost-views"><span>{views} views</span></li>
<li><a class="b-singlepost-comments" href="{url}#comments">{ncom} comments</a></li>
<li><a href="{url}?mode=reply#add_comment">Reply</a></li>
<li><a href="https://www.livejournal.com/tools/memadd.bml?journal={DM_COMM}&amp;itemid={entry['itemid']}">Add to memories</a></li>
</ul>
<div class="b-sharing" data-url="{url}"><span class="b-sharing-label">Share</span>
<a class="b-sharing-item b-sharing-item-facebook" href="https://www.facebook.com/sharer.php?u={quote(url, safe='')}">Facebook</a>
<a class="b-sharing-item b-sharing-item-twitter" href="https://twitter.com/intent/tweet?url={quote(url, safe='')}">Twitter</a>
<a class="b-sharing-item b-sharing-item-tumblr" href="https://www.tumblr.com/share/link?url={quote(url, safe='')}">Tumblr</a>
<a class="b-sharing-item b-sharing-item-email" href="mailto:?body={quote(url, safe='')}">Email</a></div>
</footer>
</article>
{nav}
<section class="b-tree b-tree-root" id="comments"><h3 class="b-tree-title">{ncom} comments</h3>{thread}</section>
</div>
</div>
<aside class="s-sidebar">
<div class="b-profile-community"><img class="b-profile-userpic" src="https://l-userpic.livejournal.com/{hexid(site, 'comm', n=8)}" alt="">
<h3 class="b-profile-name">{DM_NAME}</h3><p class="b-profile-username">{dm_user(DM_COMM, "C")}</p>
<ul class="b-profile-stats"><li>Members: 2,418</li><li>Entries: 3,902</li></ul>
<p class="b-profile-about">A friendly place to swap essays for crit. Sixth form, college and first-year uni welcome.</p>
<p class="b-profile-maintainer">Maintainer: ms_penrose</p>
<a class="b-flatbutton" href="https://www.livejournal.com/community/join.bml?comm={DM_COMM}">Join community</a></div>
<div class="b-profile-rules"><h4>Posting rules</h4><ol><li>Use the posting form. Entries without a word count will be deleted.</li><li>Put the essay behind a cut.</li><li>Crit the essay, not the person.</li></ol></div>
<div class="b-profile-cite"><h4>Quoting an entry?</h4><p>Give the poster's username, the title, the community and the date.</p><p class="b-profile-cite-example">{esc(credit)}</p></div>
<div class="b-related"><h4>More from this community</h4><ul>{related}</ul></div>
</aside>
</div>
<footer class="s-footer"><ul class="s-footer-links"><li><a href="https://www.livejournal.com/about/">About</a></li><li><a href="https://www.livejournal.com/legal/tos.bml">Terms of Service</a></li><li><a href="https://www.livejournal.com/legal/privacy.bml">Privacy Policy</a></li><li><a href="https://www.livejournal.com/support/">Help</a></li></ul></footer>
{cookie}
<script>LJ.Stat && LJ.Stat.count("{host}", "{entry['itemid']}");</script>
</body>
</html>
"""


def dm_leaf(who: str, text: str, cid: int, ts: str, url: str, depth: int) -> str:
    return (f'<div class="b-tree-twig b-tree-twig-{depth}" style="margin-left: {(depth - 1) * 30}px" data-tid="t{cid}">'
            f'<div class="b-leaf comment" id="t{cid}"><div class="b-leaf-inner"><div class="b-leaf-header">'
            f'<div class="b-leaf-userpic"><img src="https://l-userpic.livejournal.com/{cid}/{cid % 97}" alt="" width="50"></div>'
            f'<div class="b-leaf-details"><p class="b-leaf-username">{dm_user(who)}</p>'
            f'<p class="b-leaf-meta"><a class="b-leaf-permalink" href="{url}?thread={cid}#t{cid}">{ts}</a></p></div></div>'
            f'<div class="b-leaf-article">{esc(text)}</div>'
            f'<div class="b-leaf-footer"><ul class="b-leaf-actions"><li><a href="{url}?replyto={cid}">Reply</a></li>'
            f'<li><a href="{url}?thread={cid}#t{cid}">Thread</a></li><li><a href="{url}?thread={cid}#t{cid}">Link</a></li></ul></div></div></div></div>')


# ---- 3. quenby: Confluence 7.19 page in a university Academic Skills space ---------------------------------------

QB_ROOT = "https://wiki.quenby.ac.uk"
QB_SPACE = ("ACSKILLS", "Academic Skills")
QB_ADVISERS = [
    ("Helen Ashcombe", "Helen is an academic skills adviser for the Faculty of Arts and Humanities and edits the model "
     "essay collection."),
    ("Marcus Oduya", "Marcus works with students in the social sciences on argument, structure and the use of "
     "evidence."),
    ("Priya Venkatesan", "Priya supports science and health students who are writing discursive essays for the first "
     "time."),
    ("Gareth Lloyd-Evans", "Gareth runs the study skills workshops for foundation year and first-year students."),
]
QB_NOTE_LABELS = ["Tutor comment", "Marker's annotation", "Read this closely", "Feedback point"]
QB_NOTES = [
    "This paragraph does three jobs at once: it makes a claim, supports it and says why it matters.",
    "Good use of a named source with a date. Compare this with paragraphs that say only 'research shows'.",
    "{writer} anticipates the reader's doubt here before answering it.",
    "From here on the essay weighs other people's views instead of reporting them.",
    "Strong {topic} writing: the evidence is analysed, not just listed.",
    "The topic sentence could stand alone as a summary of the whole paragraph. That is a good test to apply.",
    "Notice the hedging: the claim is as strong as the evidence and no stronger.",
]
QB_EXPAND = ["Show the marking criteria", "Show the tutor's spoken feedback (transcript)"]
QB_ANNOUNCE = [
    "Scheduled maintenance: the wiki will be read-only on Saturday from 07:00 to 10:00.",
    "Confluence is being upgraded over the summer. Page addresses will not change.",
    "Single sign-on is changing on 1 September. If you cannot log in, contact the IT Service Desk.",
]
QB_WARNING = ("These essays are published to show good practice. Copying or closely paraphrasing them is academic "
              "misconduct, and the collection is indexed by the University's similarity checker.")
QB_COMMENTERS = ["Sophie Marchetti", "Daniel Okonjo", "Ellie Firth", "Rashid Karim", "Harriet Beaumont",
                 "Connor Walsh", "Amara Nwosu", "Jake Pennington"]
QB_COMMENTS = [
    "Is there a version of this with the first draft as well? It would help to see what changed.",
    "Really useful for my own essay, especially the section where the objection is answered.",
    "Could the annotations be added to the other essays in this subject too?",
    "The referencing in this one is a good model for the Harvard guide.",
    "Thanks for sharing. Our seminar group looked at this in week 5.",
    "The link to the marking criteria seems to be broken.",
]
QB_WORKSHOPS = {1: "Critical reading, Tuesdays in January", 2: "Paraphrasing and summarising, 14 February",
                3: "Exam essays under time pressure, 12 March", 4: "Dissertation planning over Easter",
                5: "Proofreading your own work, 8 May", 6: "Writing retreat, 19 and 20 June",
                7: "Summer skills course for new students", 8: "Summer skills course for new students",
                9: "Starting university writing, welcome week", 10: "Finding and using sources, 9 October",
                11: "Building an argument, 13 November", 12: "Editing and redrafting, 4 December"}
QB_ASSESSMENTS = ["Coursework essay", "Timed essay", "Take-home paper", "Portfolio essay", "Summative essay"]


def qb_key(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]", "", text)


def qb_macro(kind: str, icon: str, title: str, body: str) -> str:
    return (f'<div class="confluence-information-macro confluence-information-macro-{kind}"><p class="title conf-macro-render">{esc(title)}</p>'
            f'<span class="aui-icon aui-icon-small aui-iconfont-{icon} confluence-information-macro-icon"></span>'
            f'<div class="confluence-information-macro-body">{body}</div></div>')


def qb_panel(title: str, body: str) -> str:
    return (f'<div class="panel conf-macro output-block" style="border-width: 1px;"><div class="panelHeader" style="border-bottom-width: 1px;">'
            f'<b>{esc(title)}</b></div><div class="panelContent"><p>{body}</p></div></div>')


def qb_url(title: str) -> str:
    return f"{QB_ROOT}/display/{QB_SPACE[0]}/" + quote(title, safe="").replace("%20", "+")


def quenby(p: Page) -> str:
    rng = p.rng
    site = "quenby"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    url = qb_url(p.title)
    page_id = 118_000_000 + p.post_id
    tkey = qb_key(p.title)
    adviser, bio = QB_ADVISERS[rng.randrange(len(QB_ADVISERS))]
    student = p.author.split()[0]
    marked = rng.random() < 0.35
    pieces: list[tuple[str, str]] = []
    for kind, value in p.visible():
        if kind == "heading":
            pieces.append(("heading", f'<h2 id="{tkey}-{qb_key(value)}">{esc(value)}</h2>'))
        elif kind == "paragraph":
            sents = re.findall(r"[^.?!]+[.?!]\s*|[^.?!]+$", value)
            if marked and len(sents) > 1 and rng.random() < 0.4:  # a reader's inline comment on the first sentence
                first = sents[0].rstrip()
                rest = value[len(first):]
                pieces.append(("text", f'<p><span class="inline-comment-marker" data-ref="{guid(site, p.index, len(pieces))}">'
                                       f"{esc(first)}</span>{esc(rest)}</p>"))
            else:
                pieces.append(("text", f"<p>{esc(value)}</p>"))
        elif kind == "quote":
            pieces.append(("text", f"<blockquote><p>{esc(value)}</p></blockquote>"))
        else:
            ordered, items = value
            tag = "ol" if ordered else "ul"
            pieces.append(("text", f"<{tag}>" + "".join(f"<li>{esc(i)}</li>" for i in items) + f"</{tag}>"))
    n_essay = len(pieces)
    if shown_on(site, "note", 13, p):  # the tutor's note: a note macro between the essay's paragraphs
        label = rng.choice(QB_NOTE_LABELS)
        text = note_for(QB_NOTES, p, writer=student)
        put(pieces, spot(n_essay, rng, 2, 6), ("note", qb_macro("note", "warning", label, f"<p>{esc(text)}</p>")), kind_heading)
        p.clutter += [label, text]
    turn = rank_on(site, "expand", 4, p)
    if turn is not None:  # an expand macro, two labels in turn
        label = QB_EXPAND[turn % 2]
        if turn % 2 == 0:
            a = rng.choice([30, 35, 40])
            b = rng.choice([25, 30])
            c = rng.choice([15, 20])
            inside = f"Argument {a}%, use of evidence {b}%, structure {c}%, referencing and presentation {100 - a - b - c}%."
        else:
            secs = rng.randint(70, 300)
            inside = (f"Transcript ({secs // 60}:{secs % 60:02d}): {student}, this is a confident piece. Look again at your "
                      "second section before you submit the final version, and keep the conclusion as it is.")
        eid = rng.randint(100000000, 999999999)
        put(pieces, rng.randint(1, len(pieces) - 1),
            ("expand", f'<div id="expander-{eid}" class="expand-container conf-macro output-block"><div id="expander-control-{eid}" class="expand-control" aria-expanded="false">'
                       f'<span class="expand-icon aui-icon aui-icon-small aui-iconfont-chevron-right">&nbsp;</span><span class="expand-control-text conf-macro-render">{esc(label)}</span></div>'
                       f'<div id="expander-content-{eid}" class="expand-content expand-hidden"><p>{esc(inside)}</p></div></div>'), kind_heading)
        p.clutter += [label, inside]
    if p.cut is not None:
        more = p.rest_words()
        wall = (f"Log in to read the whole essay. The remaining {fmt_int(more)} words are restricted to members of the "
                "Quenby University group.")
        pieces.append(("wall", qb_macro("information", "info-filled", "Restricted content",
                                        f'<p>{esc(wall)}</p><p><a href="{QB_ROOT}/login.action?os_destination=%2Fpages%2Fviewpage.action%3FpageId%3D{page_id}">Log in with Quenby SSO</a></p>')))
        p.clutter += [wall, "Restricted content", "Log in with Quenby SSO"]
    if p.cut is None and p.refs:
        pieces.append(("heading", f'<h2 id="{tkey}-WorksCited">Works Cited</h2>'))
        pieces += [("text", f"<p>{mk}</p>") for _, mk in p.refs]
    warning = ("note", qb_macro("warning", "error", "Before you read", f"<p>{esc(QB_WARNING)}</p>"))
    p.clutter += [QB_WARNING, "Before you read"]
    if half_and_half(site, "warning", p):
        pieces.insert(0, warning)
    else:
        pieces.append(warning)
    # page properties: label / value rows
    code = f"{p.category[:3].upper()}{rng.randint(1001, 4999)}"
    assessment = rng.choice(QB_ASSESSMENTS)
    length = f"{fmt_int(p.words)} words (approx. {plural(p.pages, 'page')}, Arial 11, 1.5 line spacing)"
    permission = f"Shared with the author's consent, {p.date.strftime('%B')} {p.date.year}"
    props = [("Module", f"{code} {p.category}"), ("Assessment", assessment), ("Length", length), ("Mark", p.grade),
             ("Marked by", adviser), ("Permission", permission)]
    props_html = ('<div class="plugin-tabmeta-details conf-macro output-block"><div class="table-wrap"><table class="confluenceTable"><tbody>'
                  + "".join(f'<tr><th class="confluenceTh">{k}</th><td class="confluenceTd">{esc(v)}</td></tr>' for k, v in props)
                  + "</tbody></table></div></div>")
    p.clutter += ["Marked by", f"{code} {p.category}", assessment, length, permission]
    # related articles (content by label): the first two sentences of three other essays
    rel = ""
    for t in rng.sample(p.others, 3):
        excerpt = " ".join(sentences_of(opening_text(t))[:2])
        rel += (f'<li><div><span class="icon aui-icon content-type-page" title="Page">Page:</span></div><div class="details">'
                f'<a href="{qb_url(t)}">{esc(t)}</a><div class="smalltext excerpt">{esc(excerpt)}</div></div></li>')
        p.clutter += [t, excerpt]
    related = (f'<h2 id="{tkey}-Relatedarticles">Related articles</h2>\n<ul class="content-by-label">{rel}</ul>')
    credit = (f"Quenby University Academic Skills ({p.date.year}) {p.title}. Model essay by {student}. Quenby Wiki. "
              f"Available at: {url} (Accessed: {uk_date(date(2024, 10, 1) + timedelta(days=p.index * 4))}).")
    panels = (qb_panel("Referencing this page", esc(credit)) + "\n"
              + qb_panel("About the Academic Skills team", f"This page is maintained by {esc(adviser)}. {esc(bio)}"))
    p.clutter += ["Related articles", "Referencing this page", credit, "About the Academic Skills team",
                  f"This page is maintained by {adviser}. {bio}"]
    wiki = "\n".join([props_html] + [h for _, h in pieces] + [related, panels])
    # byline, likes, labels, comments
    creator = rng.choice(["Helen Ashcombe", "Marcus Oduya", "Academic Skills Admin"])
    editor = rng.choice(["Helen Ashcombe", "Priya Venkatesan", "Gareth Lloyd-Evans", "Marcus Oduya"])
    modified = p.date + timedelta(days=rng.randint(5, 600))
    byline = f"Created by {creator}, last modified by {editor} on {short_date(modified)}"
    viewers = rng.choice([rng.randint(3, 40), rng.randint(41, 350)])
    viewed = f"Viewed by {viewers} people in the last 30 days"
    likes = rng.randint(0, 14)
    like_txt = f"{likes} people like this" if likes >= 2 else "Be the first to like this"
    labels = ["model-essay", slug(p.level)]
    label_html = "".join(f'<li class="aui-label" data-label-id="{rng.randint(10 ** 7, 10 ** 8)}"><a class="aui-label-split-main" href="{QB_ROOT}/label/{QB_SPACE[0]}/{lb}" rel="tag">{lb}</a></li>'
                         for lb in labels + [slug(p.topic)])
    p.clutter += [byline, viewed, like_txt, "model-essay", slug(p.level)]
    comments = ""
    ncom = rng.choice([0, 0, 1, 1, 2, 3])
    if ncom:
        items = ""
        day = modified
        for who, text in zip(rng.sample(QB_COMMENTERS, ncom), rng.sample(QB_COMMENTS, ncom)):
            day = day + timedelta(days=rng.randint(1, 40))
            cid = page_id + rng.randint(1, 9999)
            items += (f'<li id="comment-thread-{cid}" class="comment-thread"><div class="comment  " id="comment-{cid}">'
                      f'<p class="comment-user-logo"><a class="userLogoLink" data-username="{slug(who)}" href="{QB_ROOT}/display/~{slug(who)}">'
                      f'<img class="userLogo logo" src="{QB_ROOT}/images/icons/profilepics/default.svg" alt="User icon: {slug(who)}" title="{slug(who)}"></a></p>'
                      f'<div class="comment-header"><h4 class="author"><a href="{QB_ROOT}/display/~{slug(who)}" class="url fn confluence-userlink" data-username="{slug(who)}">{esc(who)}</a></h4></div>'
                      f'<div class="comment-body"><div class="comment-content wiki-content"><p>{esc(text)}</p></div>'
                      f'<div class="comment-actions"><ul class="comment-actions-secondary"><li class="comment-permalink"><a href="{url}?focusedCommentId={cid}#comment-{cid}" title="Permanent link to this comment"><span>Permalink</span></a></li></ul>'
                      f'<ul class="comment-actions-primary"><li class="comment-date"><a href="{url}?focusedCommentId={cid}#comment-{cid}">{short_date(day)}</a></li></ul></div></div></div></li>')
            p.clutter += [who, text]
        comments = (f'<div id="comments-section" class="pageSection group"><div class="section-header"><h2 id="comments-section-title" class="section-title">'
                    f'{plural(ncom, "Comment")}</h2></div><ol class="comment-threads top-level" id="page-comments">{items}</ol></div>')
        p.clutter.append(plural(ncom, "Comment"))
    # the page tree: every model essay of the space
    tree = "".join(f'<li><div class="plugin_pagetree_childtoggle_container"><span class="no-children icon"></span></div>'
                   f'<div class="plugin_pagetree_children_content"><span class="plugin_pagetree_children_span{" plugin_pagetree_current" if t == p.title else ""}" id="childrenspan{page_id + k}-0">'
                   f'<a href="{qb_url(t)}">{esc(t)}</a></span></div></li>' for k, t in enumerate(p.site_titles))
    p.clutter += list(p.others)
    workshop = f"This month: {QB_WORKSHOPS[p.date.month]}"
    p.clutter += [workshop, "Book a 1:1 with an adviser", "Space shortcuts", "Study skills guides", "Workshops and 1:1s",
                  "Referencing guides", "Space tools", "Quenby Wiki", "Powered by Atlassian Confluence",
                  "Report a bug", "Atlassian News", "Quenby University Library and Academic Skills",
                  "Accessibility statement", "Academic Skills Home", "Save for later", "Page tree"]
    banner = ""
    turn = rank_on(site, "announce", 3, p)
    if turn is not None:
        banner = (f'<div id="system-content-items" class="noprint"><div class="aui-message aui-message-info closeable" id="announcement-banner">'
                  f'<p class="title"><strong>Announcement</strong></p><p>{esc(QB_ANNOUNCE[turn])}</p></div></div>')
        p.clutter.append(QB_ANNOUNCE[turn])
    cookie = ""
    if shown_on(site, "cookie", 6, p):
        cookie = ('<div id="quenby-cookie-notice" class="aui-message aui-message-generic" role="dialog"><p>Quenby University uses '
                  'essential cookies on this wiki to keep you logged in, and analytics cookies only if you agree.</p>'
                  '<p><button class="aui-button aui-button-primary">Accept all</button> <button class="aui-button">Essential only</button></p></div>')
        p.clutter += ["Quenby University uses essential cookies on this wiki to keep you logged in", "Accept all",
                      "Essential only"]
    ajs = "".join(f'<meta name="ajs-{k}" content="{html.escape(str(v))}">' for k, v in [
        ("page-id", page_id), ("space-key", QB_SPACE[0]), ("space-name", QB_SPACE[1]), ("page-title", p.title),
        ("latest-published-page-title", p.title), ("parent-page-title", "Model essays"), ("content-type", "page"),
        ("version-number", "7.19.16"), ("build-number", "8804"), ("remote-user", ""), ("context-path", ""),
        ("base-url", QB_ROOT), ("date.format", "MMM dd, yyyy"), ("page-version", rng.randint(2, 14))])
    return f"""<!DOCTYPE html>
<html>
<head>
<title>{esc(p.title)} - {QB_SPACE[1]} - Quenby Wiki</title>
<meta http-equiv="X-UA-Compatible" content="IE=EDGE,chrome=IE7">
<meta charset="UTF-8">
<meta id="confluence-context-path" name="confluence-context-path" content="">
<meta id="confluence-base-url" name="confluence-base-url" content="{QB_ROOT}">
<meta id="atlassian-token" name="atlassian-token" content="{hexid(site, 'token', p.index, n=40)}">
<meta name="confluence-request-time" content="{1714500000000 + p.index * 7919}">
{ajs}
<meta name="wikilink" content="[{QB_SPACE[0]}:{html.escape(p.title)}]">
<meta name="page-version" content="7">
<link rel="canonical" href="{url}">
<link rel="shortlink" href="{QB_ROOT}/x/{hexid(site, p.index, n=6)}">
<link rel="search" type="application/opensearchdescription+xml" href="/opensearch/osd.action" title="Quenby Wiki">
<link rel="stylesheet" href="{QB_ROOT}/s/d41d8cd98f00b204e9800998ecf8427e-CDN/-1kq9x3/8804/{hexid(site, 'css', n=6)}/1.0/_/resources/batch/confluence.web.resources:view-content/confluence.web.resources:view-content.css" media="all">
<script>window.WRM=window.WRM||{{}};window.WRM._unparsedData=window.WRM._unparsedData||{{}};window.WRM._unparsedData["com.atlassian.confluence.plugins.confluence-license-banner:confluence-license-banner-resources.license-details"]="{{\\"daysBeforeLicenseExpiry\\":0}}";</script>
<script src="{QB_ROOT}/s/{hexid(site, 'js', n=32)}-CDN/-1kq9x3/8804/{hexid(site, 'jsb', n=6)}/3f3ed0b5/_/js/confluence-main.js" data-wrm-key="_super" data-wrm-batch-type="context" data-initially-rendered></script>
</head>
<body id="com-atlassian-confluence" class="theme-default aui-layout aui-theme-default synchrony-active">
<div id="stp-licenseStatus-banner"></div>
<ul id="assistive-skip-links" class="assistive"><li><a href="#title-heading">Skip to content</a></li><li><a href="#breadcrumbs">Skip to breadcrumbs</a></li><li><a href="#header-menu-bar">Skip to header menu</a></li><li><a href="#navigation">Skip to action menu</a></li><li><a href="#quick-search-query">Skip to quick search</a></li></ul>
<div id="page">
<div id="full-height-container">
<div id="header-precursor"><div class="cell"></div></div>
<header id="header" role="banner"><nav class="aui-header aui-dropdown2-trigger-group" aria-label="Site"><div class="aui-header-inner"><div class="aui-header-primary"><span id="logo" class="aui-header-logo aui-header-logo-custom"><a href="/" aria-label="Go to home page"><img src="{QB_ROOT}/images/logo/quenby-wiki-logo.png?version=3" alt="Quenby Wiki"><span class="aui-header-logo-text">Quenby Wiki</span></a></span>
<ul class="aui-nav"><li><a id="space-directory-link" href="/spacedirectory/view.action" class="aui-nav-link" title="Spaces">Spaces</a></li><li><a href="/browsepeople.action" class="aui-nav-link" title="People">People</a></li></ul></div>
<div class="aui-header-secondary"><ul class="aui-nav"><li><form id="quick-search" class="aui-quicksearch dont-default-focus header-quicksearch" action="/dosearchsite.action" method="get"><fieldset><label class="assistive" for="quick-search-query">Quick Search</label><input id="quick-search-query" class="quick-search-query" type="text" accessKey="q" autocomplete="off" name="queryString" size="25" placeholder="Search"></fieldset></form></li>
<li><a href="/login.action?os_destination=%2Fdisplay%2F{QB_SPACE[0]}" class="aui-nav-link login-link">Log in</a></li></ul></div></div></nav></header>
{banner}
<div class="ia-splitter"><div class="ia-splitter-left"><div class="ia-fixed-sidebar" role="complementary" aria-label="Sidebar"><div class="acs-side-bar ia-scrollable-section"><div class="acs-side-bar-space-info tipsy-enabled" data-configure-tooltip="Edit space details"><div class="avatar"><div class="space-logo" data-key="{QB_SPACE[0]}"><div class="avatar-inner"><a href="/display/{QB_SPACE[0]}/Academic+Skills+Home"><img src="{QB_ROOT}/images/logo/default-space-logo.svg" alt=""></a></div></div></div><div class="space-information-container"><div class="name"><a href="/display/{QB_SPACE[0]}/Academic+Skills+Home" title="{QB_SPACE[1]}">{QB_SPACE[1]}</a></div></div></div>
<div class="acs-side-bar-content"><div class="acs-nav-wrapper"><div class="acs-nav" data-has-create-permission="false" data-quick-links-state="show" data-page-tree-state="show"><div class="acs-nav-sections"><div class="quick-links-wrapper"><h5 class="ia-quick-links-header-title">Space shortcuts</h5><div class="quick-links-section"><ul class="acs-nav-list"><li class="acs-nav-item"><a href="https://bookings.quenby.ac.uk/skills" class="acs-nav-link">Book a 1:1 with an adviser</a></li><li class="acs-nav-item"><a href="/display/{QB_SPACE[0]}/Workshops" class="acs-nav-link">{esc(workshop)}</a></li></ul></div></div></div>
<div class="ia-secondary-container tipsy-enabled" data-tree-type="page-tree"><div class="ia-secondary-header"><h5 class="ia-secondary-header-title page-tree"><span class="icon"></span><span class="label">Page tree</span></h5></div><div class="ia-secondary-content"><div class="plugin_pagetree conf-macro output-inline"><ul class="plugin_pagetree_children_list plugin_pagetree_children_list_noleftspace"><li><div class="plugin_pagetree_children_content"><a href="/display/{QB_SPACE[0]}/Study+skills+guides">Study skills guides</a></div></li><li><div class="plugin_pagetree_children_content"><a href="/display/{QB_SPACE[0]}/Referencing+guides">Referencing guides</a></div></li><li><div class="plugin_pagetree_children_content"><a href="/display/{QB_SPACE[0]}/Workshops">Workshops and 1:1s</a></div></li><li><div class="plugin_pagetree_children_content"><span class="plugin_pagetree_children_span"><a href="/display/{QB_SPACE[0]}/Model+essays">Model essays</a></span></div><ul class="plugin_pagetree_children_list" id="child_ul{page_id}-0">{tree}</ul></li></ul></div></div></div></div></div></div>
<div class="hidden"><a href="/collector/pages.action?key={QB_SPACE[0]}" id="space-pages-link"></a></div></div><div class="acs-side-bar-flexbox-wrapper"><div id="acs-side-bar-footer" class="acs-side-bar-footer"><a class="aui-button aui-button-subtle" id="space-tools-menu-trigger" href="#"><span class="aui-icon aui-icon-small aui-iconfont-configure"></span><span class="aui-button-label">Space tools</span></a></div></div></div></div></div>
<div class="ia-splitter-right"><div id="main" class="aui-page-panel"><div id="main-header">
<div id="navigation" class="content-navigation view" role="region" aria-label="Page tools"><ul class="ajs-menu-bar"><li class="ajs-button normal"><a id="shareContentLink" href="#" class="aui-button aui-button-subtle share" title="Share this page with others" rel="nofollow"><span class="aui-icon aui-icon-small aui-iconfont-share"></span> <span>Share</span></a></li><li class="ajs-button normal"><a id="page-favourite" href="#" class="aui-button aui-button-subtle" title="Save for later" rel="nofollow"><span class="aui-icon aui-icon-small aui-iconfont-unstar"></span> <span>Save for later</span></a></li><li class="ajs-button normal"><a id="watch-content-button" href="#" class="aui-button aui-button-subtle" rel="nofollow"><span class="aui-icon aui-icon-small aui-iconfont-unwatch"></span> <span>Watch</span></a></li></ul></div>
<div id="breadcrumb-section"><nav aria-label="Breadcrumbs"><ol id="breadcrumbs"><li class="first"><span><a href="/collector/pages.action?key={QB_SPACE[0]}">Pages</a></span></li><li><span><a href="/display/{QB_SPACE[0]}/Academic+Skills+Home">Academic Skills Home</a></span></li><li><span><a href="/display/{QB_SPACE[0]}/Model+essays">Model essays</a></span></li></ol></nav></div>
<h1 id="title-heading" class="pagetitle with-breadcrumbs"><span id="title-text"><a href="{url}">{esc(p.title)}</a></span></h1>
</div>
<div id="content" class="page view"><div id="action-messages"></div>
<div class="page-metadata"><ul><li class="page-metadata-modification-info">Created by <span class="author"><a href="{QB_ROOT}/display/~{slug(creator)}" class="url fn confluence-userlink" data-username="{slug(creator)}">{esc(creator)}</a></span>, last modified by <span class="editor"><a href="{QB_ROOT}/display/~{slug(editor)}" class="url fn confluence-userlink" data-username="{slug(editor)}">{esc(editor)}</a></span> on <a class="last-modified" aria-label="modified on {short_date(modified)}" href="{QB_ROOT}/pages/diffpagesbyversion.action?pageId={page_id}&amp;selectedPageVersions=6&amp;selectedPageVersions=7">{short_date(modified)}</a></li><li class="page-metadata-item"><a class="analytics-byline" href="#">{viewed}</a></li></ul></div>
<div id="main-content" class="wiki-content">
{wiki}
</div>
<div id="likes-and-labels-container"><div id="likes-section"><a href="#" class="like-button"><span class="aui-icon aui-icon-small aui-iconfont-like"></span><span class="like-button-text">Like</span></a><span class="like-summary">{like_txt}</span></div>
<div id="labels-section" class="pageSection group"><div class="labels-section-content content-column" entityid="{page_id}" entitytype="page"><div class="labels-content"><ul class="label-list label-list-right">{label_html}</ul></div></div></div></div>
{comments}
</div></div></div></div>
<div id="footer" role="contentinfo"><section class="footer-body"><p class="footer-quenby">Quenby University Library and Academic Skills &middot; <a href="https://www.quenby.ac.uk/accessibility">Accessibility statement</a></p><ul id="poweredby"><li class="noprint">Powered by <a href="https://www.atlassian.com/software/confluence" class="hover-footer-link" rel="nofollow">Atlassian Confluence</a> <span id="footer-build-information">7.19.16</span></li><li class="noprint"><a href="https://support.atlassian.com/help/confluence" class="hover-footer-link" rel="nofollow">Report a bug</a></li><li class="noprint"><a href="https://www.atlassian.com/company" class="hover-footer-link" rel="nofollow">Atlassian News</a></li></ul><div id="footer-logo"><a href="https://www.atlassian.com/" rel="nofollow">Atlassian</a></div></section></div>
{cookie}
</div></div>
</body>
</html>
"""


# ---- 4. fellgarth: Tilda Publishing page of an essay-planning studio ----------------------------------------------

FG_ROOT = "https://fellgarth.studio"
FG_PROJECT = 5512843
FG_EDITORS = [
    ("Lena Harcourt", "Lena has planned and marked essays for eight years and checks every sample before it goes on "
     "the site."),
    ("Owen Tallis", "Owen is a former head of humanities who now writes our planning guides."),
    ("Bea Morrow", "Bea looks after our science and psychology samples and answers most of the questions in chat."),
    ("Samir Qureshi", "Samir studied economics and politics and runs the studio's weekend crash courses."),
]
FG_VERDICTS = [
    "a clear line of argument from the first paragraph to the last.",
    "strong use of evidence; the counter-argument could be developed further.",
    "a model of how to structure a {topic} essay at this level.",
    "careful, balanced and well referenced.",
    "the conclusion does real work instead of repeating the introduction.",
    "ambitious and mostly successful; a few paragraphs run long.",
]
FG_SALES = [
    ("Need a plan like this for your own {topic} title?", "Send us the question and get a paragraph-by-paragraph plan "
     "within 48 hours.", "Get a plan in 48 hours"),
    ("Stuck on the first paragraph?", "Our editors will turn your notes into a thesis statement and an outline you can "
     "write from tonight.", "Start my outline"),
    ("Deadline on Friday?", "Book a 30-minute call with a subject editor and leave with a finished essay plan.",
     "Book a planning call"),
    ("Want a second pair of eyes?", "Upload your draft and an editor will mark the weak paragraphs and explain how to "
     "fix them.", "Check my draft"),
    ("Writing about {topic} for the first time?", "Our starter pack has 12 sample essay plans and a list of the "
     "questions that come up most.", "See the starter pack"),
    ("Not sure your argument holds up?", "Try the free argument checker: five questions that show where an essay goes "
     "off track.", "Try it free"),
]
FG_REVIEWS = [
    ("The plan I got for my history essay was clearer than anything I had come up with in a week.", "Maisie, Year 13"),
    ("Honestly the best money I spent all of sixth form. I finally understood what a thesis is.",
     "Arjun, first year at Leeds"),
]
FG_POPUPS = [
    ("Holiday hours", "The studio is closed from 24 December to 2 January. Orders placed now will be answered on 3 January."),
    ("Exam season", "Plans for exam essays are taking up to 72 hours this week because of demand. Thank you for waiting."),
    ("New: video feedback", "Every draft check now comes with a short video from your editor, at no extra cost."),
]
FG_DISCLAIMER = ("This sample is published for reference. Handing it in, in whole or in part, as your own work is "
                 "academic misconduct, and every sample on this site is registered with plagiarism checkers.")
FG_PROMOS = {1: "January offer: 15% off every plan with the code NEWTERM15",
             2: "February offer: a free draft check with any two plans",
             3: "Easter crash courses are open for booking",
             4: "Easter crash courses are open for booking",
             5: "Exam season: plans delivered in 24 hours at no extra cost",
             6: "Exam season: plans delivered in 24 hours at no extra cost",
             7: "Summer offer: 20% off plans for next year's coursework",
             8: "Summer offer: 20% off plans for next year's coursework",
             9: "Back to school: your first plan is half price",
             10: "Autumn offer: free argument checker with every order",
             11: "Mock season: book a planning call for £19",
             12: "Gift vouchers for essay plans are now available"}
FG_TIMES = ["2 days", "3 days", "a week", "an afternoon", "two evenings", "45 minutes (timed)"]


def fg_rec(rec: int, rtype: str, inner: str, pt: int = 30, pb: int = 30) -> str:
    return (f'<div id="rec{rec}" class="r t-rec t-rec_pt_{pt} t-rec_pb_{pb}" style="padding-top:{pt}px;padding-bottom:{pb}px;" '
            f'data-animationappear="off" data-record-type="{int(rtype[1:]) + 100}">\n<!-- {rtype} -->\n{inner}\n</div>')


def fg_col(inner: str) -> str:
    return f'<div class="t-container "><div class="t-col t-col_8 t-prefix_2">{inner}</div></div>'


def fg_text(content: str, size: str = "md") -> str:
    return f'<div class="t004">{fg_col(f"""<div field="text" class="t-text t-text_{size} ">{content}</div>""")}</div>'


def fg_title(text: str) -> str:
    return f'<div class="t030">{fg_col(f"""<div class="t030__title t-title t-title_xxs" field="title">{esc(text)}</div>""")}</div>'


def fg_btn(label: str, href: str) -> str:
    return (f'<a href="{href}" target="" class="t-btn t-btn_md " style="color:#ffffff;background-color:#c2593b;border-radius:30px;">'
            f'<table role="presentation" style="width:100%; height:100%;"><tr><td>{esc(label)}</td></tr></table></a>')


def fellgarth(p: Page) -> str:
    rng = p.rng
    site = "fellgarth"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    s = slug(p.title)
    url = f"{FG_ROOT}/samples/{s}"
    page_id = 40_000_000 + p.post_id
    recs = iter(range(700_000_000 + p.post_id * 40, 700_000_000 + p.post_id * 40 + 200))
    editor, bio = FG_EDITORS[rng.randrange(len(FG_EDITORS))]
    # the essay as records: runs of one to three paragraphs per text record, headings as title records
    blocks: list[tuple[str, str]] = []  # (kind, inner html of a text record, or a whole record)
    run: list[str] = []
    keep = rng.randint(1, 3)

    def flush():
        nonlocal run, keep
        if run:
            blocks.append(("text", fg_text("<br /><br />".join(run))))
            run = []
            keep = rng.randint(1, 3)

    for kind, value in p.visible():
        if kind == "heading":
            flush()
            blocks.append(("heading", fg_title(value)))
        elif kind == "quote":
            flush()
            blocks.append(("text", f'<div class="t021">{fg_col(f"""<div class="t-text-impact t-text-impact_sm" field="text">{esc(value)}</div>""")}</div>'))
        elif kind == "list":
            ordered, items = value
            tag = "ol" if ordered else "ul"
            run.append(f"<{tag}>" + "".join(f"<li>{esc(i)}</li>" for i in items) + f"</{tag}>")
            flush()
        else:
            run.append(esc(value))
            if len(run) >= keep:
                flush()
    flush()
    n_essay = len(blocks)
    if shown_on(site, "cta", 13, p):  # a sales record between the essay's records, its heading a t-title like the essay's
        head, text, btn = rng.choice(FG_SALES)
        head = head.format(topic=p.topic)
        put(blocks, spot(n_essay, rng, 2, 6),
            ("cta", f'<div class="t142">' + fg_col(f'<div class="t030__title t-title t-title_xxs" field="title">{esc(head)}</div>'
                                                   f'<div class="t-descr t-descr_sm" field="descr">{esc(text)}</div>'
                                                   f'<div class="t142__btnwrapper">{fg_btn(btn, "/order")}</div>') + "</div>"),
            kind_heading)
        p.clutter += [head, text, btn]
    turn = rank_on(site, "review", 4, p)
    if turn is not None:  # a testimonial record, two in turn
        quote_txt, who = FG_REVIEWS[turn % 2]
        put(blocks, rng.randint(1, len(blocks) - 1),
            ("review", f'<div class="t-review">' + fg_col(f'<div field="text" class="t-text t-text_sm ">\u201c{esc(quote_txt)}\u201d</div>'
                                                          f'<div class="t-name t-name_xs" field="name">{esc(who)}</div>') + "</div>"),
            kind_heading)
        p.clutter += [f"\u201c{quote_txt}\u201d", who]
    if p.cut is not None:
        more = p.rest_words()
        wall = f"Leave your email and we will send the remaining {fmt_int(more)} words, plus the editor's outline."
        fid = next(recs)
        blocks.append(("wall", f'<div class="t678"><div class="t-section__container t-container"><div class="t-col t-col_12"><div class="t-section__topwrapper t-align_center">'
                               f'<div class="t-section__title t-title t-title_xs" field="btitle">The full sample is in our library</div>'
                               f'<div class="t-section__descr t-descr t-descr_xl t-margin_auto" field="bdescr">{esc(wall)}</div></div></div></div>'
                               f'<div class="t-container"><div class="t-col t-col_8 t-prefix_2"><form id="form{fid}" name="form{fid}" role="form" action="https://forms.tildacdn.com/procces/" method="POST" data-formactiontype="2" data-inputbox=".t-input-group" class="t-form js-form-proccess t-form_inputs-total_2" data-success-callback="t678_onSuccess">'
                               '<div class="js-successbox t-form__successbox t-text t-text_md" style="display:none;"></div><div class="t-form__inputsbox">'
                               '<div class="t-input-group t-input-group_nm" data-input-lid="1495810359387"><label for="input_1495810359387" class="t-input-title t-descr t-descr_md" field="li_title__1495810359387">Your name</label><div class="t-input-block"><input type="text" autocomplete="name" name="Name" id="input_1495810359387" class="t-input js-tilda-rule" value=""></div></div>'
                               '<div class="t-input-group t-input-group_em" data-input-lid="1495810354468"><label for="input_1495810354468" class="t-input-title t-descr t-descr_md" field="li_title__1495810354468">Email</label><div class="t-input-block"><input type="email" autocomplete="email" name="Email" id="input_1495810354468" class="t-input js-tilda-rule" value="" data-tilda-req="1" data-tilda-rule="email"></div></div>'
                               '<div class="t-form__submit"><button type="submit" class="t-submit">Send me the sample</button></div></div></form></div></div></div>'))
        p.clutter += ["The full sample is in our library", wall, "Your name", "Send me the sample"]
    if p.cut is None and p.refs:
        blocks.append(("heading", fg_title("Works Cited")))
        blocks.append(("text", fg_text("<br />".join(mk for _, mk in p.refs))))
    disclaimer = ("note", fg_text(esc(FG_DISCLAIMER), "xs"))
    p.clutter.append(FG_DISCLAIMER)
    if half_and_half(site, "disclaimer", p):
        blocks.insert(0, disclaimer)
    else:
        blocks.append(disclaimer)
    essay_records = "\n".join(fg_rec(next(recs), {"heading": "T030", "cta": "T142", "wall": "T678", "review": "T513"}.get(k, "T004"), h,
                                     pt=15 if k == "text" else 30, pb=15 if k == "text" else 30) for k, h in blocks)
    # title record with the date and the reader count
    readers = rng.choice([rng.randint(5, 90), rng.randint(91, 700)])
    descr = f"Published {dot_date(p.date)} \u00b7 Read by {readers} students since Monday"
    title_rec = fg_rec(next(recs), "T017", '<div class="t017">' + fg_col(
        f'<div class="t017__uptitle t-uptitle t-uptitle_sm" field="subtitle">{esc(p.category)} sample</div>'
        f'<h1 class="t017__title t-title t-title_xs" field="title">{esc(p.title)}</h1>'
        f'<div class="t017__descr t-descr t-descr_xxs" field="descr">{descr}</div>') + "</div>", pt=60)
    p.clutter += [f"{p.category} sample", descr]
    # the features row: label / value
    volume = f"{fmt_int(p.words)} words, that is {plural(p.pages, 'page')} at 275 words per page"
    unique = f"{rng.randint(91, 100)}% unique when published"
    spent = rng.choice(FG_TIMES)
    feats = [("Subject", p.category), ("Level", p.level), ("Volume", volume), ("Grade received", p.grade),
             ("Time to write", spent), ("Originality", unique)]
    cols = "".join(f'<div class="t490__col t-col t-col_4 t-align_center t-item"><div class="t490__wrappercenter">'
                   f'<div class="t-name t-name_xl t490__bottommargin" field="li_title__{k}">{lab}</div>'
                   f'<div class="t-descr t-descr_xs" field="li_descr__{k}">{esc(v)}</div></div></div>' for k, (lab, v) in enumerate(feats))
    feat_rec = fg_rec(next(recs), "T490", '<div class="t490"><div class="t-section__container t-container"><div class="t-col t-col_12">'
                      '<div class="t-section__topwrapper t-align_center"><div class="t-section__title t-title t-title_xs" field="btitle">About this sample</div></div></div></div>'
                      f'<div class="t-container">{cols}</div></div>')
    p.clutter += ["About this sample", "Grade received", "Time to write", volume, unique, spent]
    # after the essay: citation (in a t-text, with a bold lead), the editor, sharing, more samples
    credit = (f"Fellgarth Essay Studio. ({p.date.year}). {p.title} [Sample essay]. Retrieved "
              f"{long_date(date(2024, 11, 4) + timedelta(days=p.index * 2))}, from {url}")
    cite_rec = fg_rec(next(recs), "T004", fg_text(f"<strong>To list this sample in your bibliography:</strong><br />{esc(credit)}", "sm"))
    verdict = f"Editor's verdict: {note_for(FG_VERDICTS, p)}"
    person_rec = fg_rec(next(recs), "T527", f'<div class="t527"><div class="t-container"><div class="t527__wrapperleft t-col t-col_2 t-prefix_2">'
                        f'<img class="t527__img t-img" src="https://static.tildacdn.com/tild{hexid(editor, n=4)}-{hexid(editor, "b", n=4)}-{hexid(editor, "c", n=4)}/{slug(editor)}.jpg" alt=""></div>'
                        f'<div class="t-col t-col_6"><div class="t527__uptitle t-uptitle t-uptitle_xs">This sample was checked by</div>'
                        f'<div class="t527__persname t-name t-name_lg" field="li_persname__1">{esc(editor)}</div>'
                        f'<div class="t527__persdescr t-descr t-descr_xxs" field="li_persdescr__1">{esc(bio)}</div>'
                        f'<div class="t527__verdict t-text t-text_sm">{esc(verdict)}</div></div></div></div>')
    share_rec = fg_rec(next(recs), "T121", '<div class="t-share">' + fg_col(
        '<span class="t-share__title t-descr t-descr_xs">Share this sample:</span> '
        f'<a class="t-share__item t-share__item_telegram" href="https://t.me/share/url?url={quote(url, safe="")}">Telegram</a> '
        f'<a class="t-share__item t-share__item_whatsapp" href="https://api.whatsapp.com/send?text={quote(url, safe="")}">WhatsApp</a> '
        f'<a class="t-share__item t-share__item_facebook" href="https://www.facebook.com/sharer.php?u={quote(url, safe="")}">Facebook</a> '
        '<a class="t-share__item t-share__item_copy" href="#">Copy link</a>') + "</div>")
    p.clutter += ["To list this sample in your bibliography:", credit, "This sample was checked by", editor, bio, verdict,
                  "Share this sample:", "Copy link"]
    cards = ""
    for k, t in enumerate(rng.sample(p.others, 3)):
        pool = [sen for b in ESSAYS_BY_TITLE[t]["blocks"][1:] if b[0] == "paragraph"
                for sen in sentences_of(block_text(b)) if len(sen.split()) >= 12]
        line = rng.choice([sen for sen in pool if only_in(sen, t)])
        cards += (f'<div class="t-card__col t-card__col_withoutbtn t-col t-col_4 t-align_left t-item"><a href="{FG_ROOT}/samples/{slug(t)}" class="t-card__link">'
                  f'<div class="t-card__bgimg t-bgimg" data-original="https://static.tildacdn.com/tild{hexid(t, n=4)}-{hexid(t, "x", n=4)}/sample.jpg"></div>'
                  f'<div class="t-card__textwrapper"><div class="t-card__title t-name t-name_md" field="li_title__{k}">{esc(t)}</div>'
                  f'<div class="t-card__descr t-descr t-descr_xxs" field="li_descr__{k}">\u201c{esc(line)}\u201d</div></div></a></div>')
        p.clutter += [t, line]
    more_rec = fg_rec(next(recs), "T776", '<div class="t776"><div class="t-section__container t-container"><div class="t-col t-col_12">'
                      '<div class="t-section__title t-title t-title_xs" field="btitle">More samples</div></div></div>'
                      f'<div class="t-card__container t-container">{cards}</div></div>')
    p.clutter.append("More samples")
    promo = FG_PROMOS[p.date.month]
    p.clutter += [promo, "FELLGARTH", "Order a plan", "Fellgarth Essay Studio", "\u00a9 2024 Fellgarth Essay Studio",
                  "Not affiliated with any university", "Essay samples", "Questions and answers",
                  "hello@fellgarth.studio", "Mon\u2013Fri 9:00\u201318:00", "Made on Tilda"]
    popup = ""
    turn = rank_on(site, "popup", 3, p)
    if turn is not None:
        ptitle, ptext = FG_POPUPS[turn]
        popup = fg_rec(910000001, "T390", f'<div class="t390"><div class="t-popup" data-tooltip-hook="#popup:notice" role="dialog" aria-modal="true" tabindex="-1">'
                       '<div class="t-popup__close t-popup__block-close"><button type="button" class="t-popup__close-wrapper t-popup__block-close-button" aria-label="Close dialog window"></button></div>'
                       f'<div class="t-popup__container t-width t-width_6" style="background-color:#fbf7f2;"><div class="t390__wrapper t-align_center">'
                       f'<div class="t390__title t-heading t-heading_lg" field="title">{esc(ptitle)}</div><div class="t390__descr t-descr t-descr_xs" field="descr">{esc(ptext)}</div>'
                       f'<div class="t390__btn-wrapper">{fg_btn("Got it, thanks", "#close")}</div></div></div></div></div>', pt=0, pb=0)
        p.clutter += [ptitle, ptext, "Got it, thanks"]
    cookie = ""
    if shown_on(site, "cookie", 6, p):
        cookie = fg_rec(910000002, "T886", '<div class="t886"><div class="t886__wrapper t886__wrapper_fixed" style="background-color:#1d1d1d;">'
                        '<div class="t886__text t-text t-text_xs" field="text">Fellgarth stores cookies so the order form works and we can see which samples are read most.</div>'
                        f'<div class="t886__btn-wrapper">{fg_btn("Fine", "#")}</div></div></div>', pt=0, pb=0)
        p.clutter += ["Fellgarth stores cookies so the order form works and we can see which samples are read most."]
    menu = "".join(f'<li class="t228__list_item" style="padding:0 15px;"><a class="t-menu__link-item" href="/{slug(t)}" data-menu-submenu-hook="" data-menu-item-number="{k}">{t}</a></li>'
                   for k, t in enumerate(["Samples", "Prices", "Tutors", "Reviews", "Contacts"], 1))
    header = fg_rec(900000001, "T228", f'<div id="nav900000001marker"></div><div class="t228__mobile"><div class="t228__mobile_container"><div class="t228__mobile_text t-name t-name_md" field="text">FELLGARTH</div><div class="t228__burger"><span></span><span></span><span></span><span></span></div></div></div>'
                    f'<div id="nav900000001" class="t228 t228__positionfixed " style="background-color: rgba(255,255,255,1); height:80px;" data-bgcolor-hex="#ffffff" data-navmarker="nav900000001marker" data-bgopacity="1" data-menu-items-align="center" data-menu="yes">'
                    f'<div class="t228__maincontainer " style="height:80px;"><div class="t228__padding40px"></div><div class="t228__leftside"><div class="t228__leftcontainer"><a href="/" class="t228__imgwrapper"><div class="t228__logo t-title" field="title" style="color:#1d1d1d;font-weight:700;">FELLGARTH</div></a></div></div>'
                    f'<div class="t228__centerside "><nav class="t228__centercontainer"><ul role="list" class="t228__list t-menu__list">{menu}</ul></nav></div>'
                    f'<div class="t228__rightside"><div class="t228__rightcontainer"><div class="t228__right_buttons"><div class="t228__right_buttons_wrap"><div class="t228__right_buttons_but">{fg_btn("Order a plan", "/order")}</div></div></div></div></div><div class="t228__padding40px"></div></div></div>', pt=0, pb=0)
    promo_rec = fg_rec(900000002, "T1093", fg_text(esc(promo), "xs"), pt=90, pb=0)
    footer = fg_rec(900000003, "T420", '<div class="t420"><div class="t-container t-align_left"><div class="t420__col t-col t-col_3"><div class="t420__floatbeforecol">'
                    '<div class="t-name t-name_xs t420__title" field="title">Fellgarth Essay Studio</div><div class="t-descr t-descr_xxs t420__text" field="descr">\u00a9 2024 Fellgarth Essay Studio<br />Not affiliated with any university</div></div></div>'
                    '<div class="t420__col t-col t-col_3"><div class="t-name t-name_xs t420__title" field="title2">Students</div><div class="t-descr t-descr_xxs t420__text" field="descr2"><ul><li><a href="/samples">Essay samples</a></li><li><a href="/prices">Prices</a></li><li><a href="/faq">Questions and answers</a></li></ul></div></div>'
                    '<div class="t420__col t-col t-col_3"><div class="t-name t-name_xs t420__title" field="title3">Contact</div><div class="t-descr t-descr_xxs t420__text" field="descr3">hello@fellgarth.studio<br />Mon\u2013Fri 9:00\u201318:00</div></div></div></div>', pt=45, pb=45)
    desc = word_cut(opening_text(p.title), 24)
    return f"""<!DOCTYPE html> <html> <head> <meta charset="utf-8" /> <meta http-equiv="Content-Type" content="text/html; charset=utf-8" /> <meta name="viewport" content="width=device-width, initial-scale=1.0" /> <!--metatextblock--> <title>{esc(p.title)} \u2014 sample essay | Fellgarth</title> <meta name="description" content="{html.escape(desc)}..." /> <meta property="og:url" content="{url}" /> <meta property="og:title" content="{html.escape(p.title)} \u2014 sample essay" /> <meta property="og:description" content="{html.escape(desc)}..." /> <meta property="og:type" content="website" /> <meta property="og:image" content="https://static.tildacdn.com/tild{hexid(site, 'og', n=4)}-{hexid(site, 'og2', n=4)}/og-sample.png" /> <link rel="canonical" href="{url}"> <!--/metatextblock--> <meta name="format-detection" content="telephone=no" /> <meta http-equiv="x-dns-prefetch-control" content="on"> <link rel="dns-prefetch" href="https://ws.tildacdn.com"> <link rel="dns-prefetch" href="https://static.tildacdn.com"> <link rel="shortcut icon" href="https://static.tildacdn.com/tild{hexid(site, 'fav', n=4)}/favicon.ico" type="image/x-icon" /> <!-- Assets --> <script src="https://neo.tildacdn.com/js/tilda-fallback-1.0.min.js" async charset="utf-8"></script> <link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-grid-3.0.min.css" type="text/css" media="all" onerror="this.loaderr='y';"/> <link rel="stylesheet" href="https://static.tildacdn.com/ws/project{FG_PROJECT}/tilda-blocks-page{page_id}.min.css?t={1714400000 + p.index}" type="text/css" media="all" onerror="this.loaderr='y';" /> <link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-animation-2.0.min.css" type="text/css" media="all" onerror="this.loaderr='y';" /> <link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-popup-1.1.min.css" type="text/css" media="print" onload="this.media='all';" /> <link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-forms-1.0.min.css" type="text/css" media="all" /> <script nomodule src="https://static.tildacdn.com/js/tilda-polyfill-1.0.min.js" charset="utf-8"></script> <script type="text/javascript">function t_onReady(func) {{if (document.readyState != 'loading') {{func();}} else {{document.addEventListener('DOMContentLoaded', func);}}}}
function t_onFuncLoad(funcName, okFunc, time) {{if (typeof window[funcName] === 'function') {{okFunc();}} else {{setTimeout(function() {{t_onFuncLoad(funcName, okFunc, time);}},(time || 100));}}}}function t_throttle(fn, threshhold, scope) {{return function () {{fn.apply(scope || this, arguments);}};}}</script> <script src="https://static.tildacdn.com/js/tilda-scripts-3.0.min.js" charset="utf-8" defer onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/ws/project{FG_PROJECT}/tilda-blocks-page{page_id}.min.js?t={1714400000 + p.index}" charset="utf-8" async onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-lazyload-1.0.min.js" charset="utf-8" async onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-menu-1.0.min.js" charset="utf-8" async onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-forms-1.0.min.js" charset="utf-8" async onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-events-1.0.min.js" charset="utf-8" async onerror="this.loaderr='y';"></script> <script type="text/javascript">window.dataLayer = window.dataLayer || [];</script> <script type="text/javascript">(function () {{if((/bot|google|yandex|baidu|bing|msn|duckduckbot|teoma|slurp|crawler|spider|robot|crawling|facebook/i.test(navigator.userAgent))===false && typeof(sessionStorage)!='undefined' && sessionStorage.getItem('visited')!=='y' && document.visibilityState){{var style=document.createElement('style');style.type='text/css';style.innerHTML='@media screen and (min-width: 980px) {{.t-records {{opacity: 0;}}.t-records_animated {{-webkit-transition: opacity ease-in-out .2s;-moz-transition: opacity ease-in-out .2s;-o-transition: opacity ease-in-out .2s;transition: opacity ease-in-out .2s;}}.t-records.t-records_visible {{opacity: 1;}}}}';document.getElementsByTagName('head')[0].appendChild(style);}}}})();</script></head>
<body class="t-body" style="margin:0;">
<!--allrecords-->
<div id="allrecords" class="t-records" data-hook="blocks-collection-content-node" data-tilda-project-id="{FG_PROJECT}" data-tilda-page-id="{page_id}" data-tilda-page-alias="samples/{s}" data-tilda-formskey="{hexid(site, 'forms', n=32)}" data-tilda-lazy="yes" data-tilda-root-zone="com" data-tilda-project-headcode="yes">
{header}
{promo_rec}
{title_rec}
{feat_rec}
{essay_records}
{cite_rec}
{person_rec}
{share_rec}
{more_rec}
{footer}
{popup}
{cookie}
</div>
<!--/allrecords-->
<!-- Tilda copyright. Don't remove this line --><div class="t-tildalabel " id="tildacopy" data-tilda-sign="{FG_PROJECT}#{page_id}"><a href="https://tilda.cc/?upm={FG_PROJECT}" class="t-tildalabel__link"><div class="t-tildalabel__wrapper"><div class="t-tildalabel__txtleft">Made on </div><div class="t-tildalabel__wrapimg"><img src="https://static.tildacdn.com/img/tildacopy.png" class="t-tildalabel__img" fetchpriority="low" alt=""></div><div class="t-tildalabel__txtright">Tilda</div></div></a></div>
<!-- Stat --><script type="text/javascript">if (!window.mainTracker) {{ window.mainTracker = 'tilda'; }} setTimeout(function(){{ (function (d, w, k, o, g) {{ var n=d.getElementsByTagName(o)[0],s=d.createElement(o),f=function(){{n.parentNode.insertBefore(s,n);}}; s.type = "text/javascript"; s.async = true; s.key = k; s.id = "tildastatscript"; s.src=g; if (w.opera=="[object Opera]") {{d.addEventListener("DOMContentLoaded", f, false);}} else {{ f(); }} }})(document, window, '{hexid(site, 'stat', n=32)}','script','https://static.tildacdn.com/js/tilda-stat-1.0.min.js'); }}, 2000);</script>
</body>
</html>
"""


# ------------------------------------------------------------------------------------------------ main

SITES = {  # name: (writer, teaser pages, works-cited pages, duplicate pair (page numbers) or None)
    "ormsgill": (ormsgill, 3, 4, None),    # Docusaurus; admonitions in the essay, ZWSP hash-links, endings of others
    "dunmarsh": (dunmarsh, 3, 3, None),    # LiveJournal; posting form in the entry, <br /> or <p>, starts of others
    "quenby": (quenby, 2, 4, None),        # Confluence; macros in wiki-content, Related articles h2, panels
    "fellgarth": (fellgarth, 3, 3, None),  # Tilda; one record per block, CTA records, single sentences of others
}


def main() -> None:
    global SEED
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--seed", type=int, default=211)
    args = ap.parse_args()
    SEED = args.seed
    rng = random.Random(args.seed)
    cards = parse_cards()
    rng.shuffle(cards)
    need = g.essays_needed(SITES, PAGES_PER_SITE)
    chosen, seen = [], set()
    for card in cards:  # no paragraph, quotation or list of more than five words shared between two essays
        essay = make_essay(card, random.Random(f"{args.seed}:essay:{card['id']}"))
        keys = {norm(block_text(b)) for b in essay["blocks"] if b[0] != "heading" and len(block_text(b).split()) > 5}
        if keys & seen or len(chosen) == need:
            continue
        chosen.append(essay)
        seen |= keys
    if len(chosen) < need:
        raise SystemExit(f"only {len(chosen)} usable essays, need {need}")
    ESSAYS_BY_TITLE.clear()
    ESSAYS_BY_TITLE.update({e["title"]: e for e in chosen})

    def page_for(name: str, n: int, essay: dict, titles: list[str], page_rng: random.Random, twin: Page | None) -> Page:
        return Page(essay, page_rng, n, titles)

    def copy_twin(page: Page, twin: Page) -> None:
        page.blocks, page.cut, page.refs = twin.blocks, twin.cut, twin.refs
        page.words, page.pages, page.minutes = twin.words, twin.pages, twin.minutes
        page.author, page.level, page.grade = twin.author, twin.level, twin.grade

    rows = g.write_site_folders(
        args.outdir, args.seed, SITES, chosen, PAGES_PER_SITE, page_for, copy_twin,
        lambda name, n, e: f"{name}\tpage-{n:02d}\t{e['id']}\t{e['words']}\t{e['title']}")
    header = "site\tpage\tcard\twords\ttitle"
    (args.outdir / "SOURCES.tsv").write_text("\n".join([header, *rows]) + "\n", "utf-8")
    print(f"{len(SITES)} sites x {PAGES_PER_SITE} pages -> {args.outdir} ({need} essays written from {len(cards)} cards)")


if __name__ == "__main__":
    main()
