"""The kennisbank's sections: Wagtail pages under the home page with fixed slugs.

They are part of the site's structure, so they are created after every
migrate (when missing), not only by the demo content: the menu links to
them by URL name and must never point at a missing page.
"""

SECTIONS = [
    # (URL name for core.navigation, slug, page model, title, introduction)
    ("knowledge", "kennisbank", "KnowledgeIndexPage", "Kennis",
     "<p>Artikelen over ondersteuning van kinderen en jongeren, op thema.</p>"),
    ("news", "actueel", "NewsIndexPage", "Actueel",
     "<p>Nieuws uit het netwerk van scholen, jeugdhulp en gemeente.</p>"),
    ("learning_environment", "rijke-leeromgeving", "LearningEnvironmentPage",
     "Rijke leeromgeving",
     "<p>Goede voorbeelden uit kinderopvang en onderwijs, met regelingen en kennisbronnen.</p>"),
    ("parents_and_youth", "ouders", "ParentsIndexPage", "Ouders en jeugd",
     "<p>Uitleg in gewone woorden over school, hulp en ondersteuning.</p>"),
    ("social_map", "sociale-kaart", "SocialMapPage", "Sociale kaart",
     "<p>Waar kunt u terecht? Van hulp dichtbij tot specialistische jeugdhulp.</p>"),
]
SECTION_SLUGS = {url_name: slug for url_name, slug, *_rest in SECTIONS}


def ensure_sections():
    """Create each missing section page under the home page, published."""
    from django.apps import apps

    from .models import HomePage

    home = HomePage.objects.first()
    if home is None:
        return
    for _url_name, slug, model_name, title, intro in SECTIONS:
        model = apps.get_model("kennisbank", model_name)
        if model.objects.exists() or home.get_children().filter(slug=slug).exists():
            continue
        page = home.add_child(instance=model(title=title, slug=slug, intro=intro))
        page.save_revision().publish()
