"""PostgreSQL text search for the catalog: unaccent, pg_trgm and a trigram index.

The folded name (`catalog_procedure.name_folded`, lower case without diacritics)
is what the portal searches; a GIN trigram index serves both `LIKE '%word%'` and
similarity ranking. On any other database this migration does nothing.
"""

from django.db import migrations

INDEX = "catalog_procedure_name_folded_trgm"


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON catalog_procedure "
        "USING gin (name_folded gin_trgm_ops)"
    )


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    # The extensions stay: other tables may use them, and keeping them is harmless.
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("catalog", "0002_search_key_length")]

    operations = [migrations.RunPython(forwards, backwards)]
