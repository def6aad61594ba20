"""The Strategies screen: national strategies and action plans, drafted measure by measure."""
