"""The encrypted database: engine, typed models and schema migrations."""
