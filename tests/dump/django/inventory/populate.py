# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills the database with test data: python3 manage.py shell -c 'import inventory.populate'."""
import datetime
import decimal
import uuid

from django.contrib.auth.models import Group, User
from django.contrib.contenttypes.models import ContentType

from inventory.models import Category, Part, Tag

alice = User.objects.create_user("alice", "alice@example.org", "x", first_name="Alice 😀")
bob = User.objects.create_user("bob", "bob@example.org", "y")
staff = Group.objects.create(name="staff")
alice.groups.add(staff)
tags = [Tag.objects.create(name=n) for n in ("red", "blue", "𝄞 music")]
root = Category.objects.create(name="Root")
children = [Category.objects.create(name="Child %d" % i, parent=root) for i in range(3)]
grandchild = Category.objects.create(name="Grandchild", parent=children[1])
part_type = ContentType.objects.get_for_model(Part)
parts = []
for i in range(40):
    parts.append(Part.objects.create(
        name="Part %d ü" % i,
        description="" if i % 3 else "line one\nline two \"quoted\" \\ back",
        category=[root, grandchild, None, *children][i % 6],
        price=None if i % 7 == 0 else decimal.Decimal("12.5") + decimal.Decimal(i) / 1000,
        quantity=9007199254740993 if i == 5 else i * 10,
        weight=None if i % 5 == 0 else 0.1 * i,
        active=i % 4 != 0,
        created=datetime.datetime(2024, 1, 1, 12, 0, 0, 123456, tzinfo=datetime.timezone.utc) + datetime.timedelta(hours=i),
        released=None if i % 2 else datetime.date(2023, 12, 31) - datetime.timedelta(days=i),
        metadata=None if i % 3 == 1 else {"i": i, "nested": {"list": [1, "two", None, True]}, "text": "ü😀"},
        uid=uuid.UUID(int=i + 1),
        owner=[alice, bob, None][i % 3],
        kind=part_type if i % 2 else None,
    ))
for i, p in enumerate(parts):
    p.tags.set(tags[: i % 4])
    if i > 0:
        p.related.add(parts[i - 1])
