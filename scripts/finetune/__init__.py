"""Starbucks fine-tuning for Barista: mining pairs, SRL / 2DMSE / full-size / SMAE training, export and evaluation."""
