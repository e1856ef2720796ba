# A version title tagged with another language.
# expect: Violation LanguageVersion-nameLanguage statement/s1/en SPARQL
DELETE DATA { <statement/s1/en> schema:name "Solidarity motion on the ban"@en } ;
INSERT DATA { <statement/s1/en> schema:name "Solidarity motion on the ban"@de }
