"""Barista's model side: turns a BERT-family checkpoint into a runtime bundle.

A bundle (models/NAME/) is a chain of ONNX layer segments cut at the ladder layers, a
tokenizer.json, a manifest.json and a MODEL_CARD.md. See export.py for the command line.
"""
