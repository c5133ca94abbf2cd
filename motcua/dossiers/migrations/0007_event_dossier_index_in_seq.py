import django.db.models.deletion
from django.db import migrations, models

# The unique (dossier, seq) index finds and orders a dossier's history: the
# index on the dossier alone only slowed each write. Dropped by name, as Django
# named it on both backends; altering the field in the database instead would
# drop and re-add the foreign key, checking every event again under a lock.
INDEX = "dossiers_dossierevent_dossier_id_90237d93"


def index_drop(apps, schema_editor):
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


def index_create(apps, schema_editor):
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON dossiers_dossierevent (dossier_id)"
    )


class Migration(migrations.Migration):
    dependencies = [
        ("dossiers", "0006_dossier_client_key"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="dossierevent",
                    name="dossier",
                    field=models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="events",
                        to="dossiers.dossier",
                    ),
                ),
            ],
            database_operations=[migrations.RunPython(index_drop, index_create)],
        ),
    ]
