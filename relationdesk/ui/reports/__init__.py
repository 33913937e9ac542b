"""PDF reports: the customer review, the portfolio review, the meeting brief."""
