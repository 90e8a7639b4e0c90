"""An invented demo network for Kreis Soest, built in code by `manage.py demo_network`."""
