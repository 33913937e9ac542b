"""The lifecycle ladder, recommendations, referrals and the economics ledger."""
