"""PDF reports for account reviews (issue "PDF reports for account reviews"): a customer
review, a portfolio review and a one-page meeting brief, built from the same read objects
the UI shows, laid out with QTextDocument and written with QPdfWriter."""
