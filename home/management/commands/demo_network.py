"""`manage.py demo_network`: build the invented Kreis Soest demo network; running it again changes nothing."""

from django.core.management.base import BaseCommand

from home.demo.builder import build_demo


class Command(BaseCommand):
    help = "Build an invented demo network for Kreis Soest (pages, partners, offers, events, news, demo logins)."

    def add_arguments(self, parser):
        parser.add_argument("--hostname", default="localhost", help="Hostname of the default site.")
        parser.add_argument("--port", type=int, default=80, help="Port of the default site.")
        parser.add_argument("--quiet", action="store_true", help="Print nothing but errors.")

    def handle(self, *args, hostname, port, quiet, **options):
        result = build_demo(hostname=hostname, port=port)
        if quiet:
            return
        out = self.stdout
        out.write(self.style.SUCCESS(f"Demo network ready in {result.seconds:.1f} s."))
        out.write(f"{'':22}{'created':>9}{'existing':>10}")
        for label, row in result.counts.items():
            out.write(f"{label:22}{row['created']:>9}{row['existing']:>10}")
        out.write("")
        out.write("Demo logins – LOCAL USE ONLY, never on a public server:")
        out.write(f"  {'username':20}{'role':36}password")
        for username, role, password in result.logins:
            out.write(f"  {username:20}{role:36}{password}")
        out.write("  (Passwords are only set when a user is created; a password changed since then stays.)")
        out.write(f"Admin: {result.admin_url}")
