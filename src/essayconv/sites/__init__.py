"""Site learning (issue 13): what repeats across one site's pages is its template.

`group` puts pages into sites cheaply from their bytes (the page's own URL, a profile, else a
layout fingerprint); `template` learns a site's template from converted pages and removes it;
`profile` writes what was learned as a site profile (`essayconv learn`)."""
