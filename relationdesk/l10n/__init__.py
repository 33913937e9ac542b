"""Words and numbers in the user's language, shared by the screens and the PDF reports:
translated names of the domain's vocabularies, and dates and amounts through QLocale.
Qt Core only (no widgets), so services/reports may use them too."""
