# SPDX-License-Identifier: GPL-3.0-or-later
# InvenTree-like models covering what fixtures carry: self references, many-to-many (also to self), natural
# keys to users and content types, decimals, big integers, JSON, UUIDs, dates and aware datetimes.
import uuid

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models


class Tag(models.Model):
    name = models.CharField(max_length=50, unique=True)


class Category(models.Model):
    name = models.CharField(max_length=100)
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.CASCADE, related_name="children")


class Part(models.Model):
    name = models.CharField(max_length=100)
    description = models.TextField(blank=True, default="")
    category = models.ForeignKey(Category, null=True, on_delete=models.SET_NULL)
    price = models.DecimalField(max_digits=19, decimal_places=6, null=True)
    quantity = models.BigIntegerField(default=0)
    weight = models.FloatField(null=True)
    active = models.BooleanField(default=True)
    created = models.DateTimeField()
    released = models.DateField(null=True)
    metadata = models.JSONField(null=True, blank=True)
    uid = models.UUIDField(default=uuid.uuid4)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    kind = models.ForeignKey(ContentType, null=True, on_delete=models.SET_NULL)
    tags = models.ManyToManyField(Tag, blank=True)
    related = models.ManyToManyField("self", blank=True, symmetrical=False)
