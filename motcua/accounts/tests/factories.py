from __future__ import annotations

import factory

from motcua.accounts.models import Agency, OfficialRole, User


class AgencyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Agency
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"000.00.{n % 100:02d}.H{37 + n // 100}")
    name = factory.Sequence(lambda n: f"Sở thử nghiệm số {n}")
    level = Agency.Level.DEPARTMENT
    parent = None


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    full_name = factory.Sequence(lambda n: f"Nguyễn Văn Thử {n}")
    kind = User.Kind.CITIZEN
    id_number = factory.Sequence(lambda n: f"020090{n:06d}")
    id_verified = True
    phone = "0912345678"
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.vn")
    password = factory.PostGenerationMethodCall("set_password", "motcua2026")

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        if create and extracted:
            for role in extracted:
                OfficialRole.objects.create(user=self, role=role)
        if create:
            self.save()


class OfficialFactory(UserFactory):
    kind = User.Kind.OFFICIAL
    id_number = ""
    agency = factory.SubFactory(AgencyFactory)
