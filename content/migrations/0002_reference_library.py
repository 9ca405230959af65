import django.db.models.deletion
import wagtail.search.index
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('content', '0001_initial'),
    ]

    operations = [
        migrations.CreateModel(
            name='Instrument',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('key', models.CharField(help_text='A short stable identifier, such as ITI.', max_length=32, unique=True, verbose_name='key')),
                ('title', models.CharField(max_length=500, verbose_name='title')),
                ('short_title', models.CharField(blank=True, max_length=200, verbose_name='short title')),
                ('abbreviation', models.CharField(blank=True, max_length=32, verbose_name='abbreviation')),
                ('kind', models.CharField(choices=[('political', 'Politically binding'), ('legally_binding', 'Legally binding'), ('resolution', 'Resolution')], max_length=20, verbose_name='kind')),
                ('adopted_on', models.DateField(blank=True, null=True, verbose_name='adoption date')),
                ('document_symbol', models.CharField(blank=True, help_text='The United Nations document symbol, such as A/60/88.', max_length=64, verbose_name='document symbol')),
                ('summary', models.TextField(blank=True, verbose_name='summary')),
            ],
            options={
                'verbose_name': 'instrument',
                'verbose_name_plural': 'instruments',
                'ordering': ['key'],
            },
            bases=(wagtail.search.index.Indexed, models.Model),
        ),
        migrations.CreateModel(
            name='MosaicModule',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('number', models.CharField(help_text='Such as 05.30.', max_length=16, unique=True, verbose_name='number')),
                ('title', models.CharField(max_length=255, verbose_name='title')),
                ('version', models.CharField(blank=True, max_length=32, verbose_name='version')),
                ('published_on', models.DateField(blank=True, help_text='Leave blank when the date is not known.', null=True, verbose_name='date')),
            ],
            options={
                'verbose_name': 'MOSAIC module',
                'verbose_name_plural': 'MOSAIC modules',
                'ordering': ['number'],
            },
            bases=(wagtail.search.index.Indexed, models.Model),
        ),
        migrations.CreateModel(
            name='Provision',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('key', models.CharField(help_text='Instrument key and reference, such as ITI-8a.', max_length=40, unique=True, verbose_name='key')),
                ('reference', models.CharField(help_text='Such as para. 8(a) or art. 7.', max_length=64, verbose_name='reference')),
                ('title', models.CharField(max_length=255, verbose_name='title')),
                ('summary', models.TextField(blank=True, verbose_name='summary')),
                ('instrument', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='provisions', to='content.instrument', verbose_name='instrument')),
            ],
            options={
                'verbose_name': 'provision',
                'verbose_name_plural': 'provisions',
                'ordering': ['key'],
            },
            bases=(wagtail.search.index.Indexed, models.Model),
        ),
        migrations.CreateModel(
            name='GlossaryTerm',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('term', models.CharField(max_length=200, unique=True, verbose_name='term')),
                ('definition', models.TextField(verbose_name='definition')),
                ('source_mosaic_module', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='glossary_terms', to='content.mosaicmodule', verbose_name='source MOSAIC module')),
                ('source_provision', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='glossary_terms', to='content.provision', verbose_name='source provision')),
            ],
            options={
                'verbose_name': 'glossary term',
                'verbose_name_plural': 'glossary terms',
                'ordering': ['term'],
                'constraints': [models.CheckConstraint(condition=models.Q(('source_provision__isnull', True), ('source_mosaic_module__isnull', True), _connector='OR'), name='glossary_term_has_at_most_one_source')],
            },
            bases=(wagtail.search.index.Indexed, models.Model),
        ),
    ]
