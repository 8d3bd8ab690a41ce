"""The seven IT domains, spend natures and the not-IT bucket."""
from __future__ import annotations

#: Domain keys in display order. Labels are in the i18n catalogue under ``domain.<key>``.
DOMAINS: tuple[str, ...] = (
    "support",       # Helpdesk & maintenance
    "devices",       # Workstations & peripherals
    "hosting",       # Hosting & messaging
    "network",       # Networks & telephony
    "security",      # Cybersecurity & backup
    "applications",  # Business applications & licences
    "governance",    # IT management & advice (always retained in-house)
)

#: Key for spend lines that are not IT (rent, energy, accountant…).
NOT_IT = "other"

#: Every value the ``domain`` column may take.
ALL_DOMAIN_VALUES: tuple[str, ...] = DOMAINS + (NOT_IT,)

#: Nature of a spend line.
NATURES: tuple[str, ...] = ("recurring", "one_off", "unplanned")

#: Domains a provider can take over; governance always stays in-house.
OUTSOURCEABLE_DOMAINS: tuple[str, ...] = tuple(d for d in DOMAINS if d != "governance")
