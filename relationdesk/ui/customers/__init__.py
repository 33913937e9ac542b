"""The customer list and workspace, the customer and contact dialogs, merging."""
