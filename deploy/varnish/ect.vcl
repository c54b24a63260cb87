# The front cache of the site's instances (README: Several instances). Varnish 7 from Debian's
# packages; `npm run fleet` starts it with this file, and so do the tests. The instances are
# listed in backends.vcl, which the fleet writes into its own folder (found through -p vcl_path):
# one `backend` per instance with `.probe = ready`, the same again without a probe, and a vcl_init
# that makes two round-robin directors: `site` of the probed ones (public pages) and `site_any` of
# the others (scripts/fleet-parts.ts backendsVcl). Elsewhere, write it by hand.
vcl 4.1;

import directors;
import std;

# An instance takes requests while it can reach its database (server/health.ts).
probe ready {
    .url = "/readyz";
    .interval = 1s;
    .timeout = 2s;
    .window = 3;
    .threshold = 2;
    .initial = 2;
}

include "backends.vcl";

# Who may empty the cache: the instances, after a change (lib/cache/front.ts).
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    # After a change (PURGE /, from lib/cache/front.ts) every copy may be out of date: drop them
    # all with one ban. Cheap (a ban is checked lazily) and simpler than knowing which pages a
    # change shows on.
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        ban("obj.status != 0");
        return (synth(204, "Banned"));
    }
    set req.backend_hint = site.backend();
    # One id per request, for the instance's log line (server/request-log.ts): a client's own
    # X-Request-Id is replaced.
    set req.http.X-Request-Id = "varnish-" + req.xid;
    # The instances trust one proxy (TRUSTED_PROXIES=1): the address Varnish appends to
    # X-Forwarded-For. What the client sent in X-Real-IP means nothing.
    unset req.http.X-Real-IP;
    if (req.url ~ "^/(healthz|readyz)(\?|$)") {
        return (pass);
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The staff area, sign-in, the API, uploaded files (staff may fetch unpublished ones) and
    # client-side navigation (React Server Components payloads) always go to an instance, as they
    # do past the instances' own page cache (server/cache-key.ts).
    if (req.url ~ "^/(admin|login|api|files)(/|\?|$)" || req.http.RSC || req.http.Next-Router-Prefetch || req.url ~ "[?&]_rsc=") {
        # To any running instance, healthy or not: while the database is down every instance
        # fails its probe, and the staff should get the instance's own Thai answer
        # (server/database-gate.ts: «ระบบฐานข้อมูลไม่พร้อม»), not the front's error.
        set req.http.X-Ect-Any-Instance = "1";
        return (pass);
    }
    # While an instance is healthy a copy at most 10 s past its time is served as it is
    # refreshed; when none is, any copy kept (see vcl_backend_response) is better than an error.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 10s;
    }
    # A public page is the same for everyone, signed in or not (the instances' page cache keys
    # no cookie either): cookies would only keep Varnish from caching it.
    unset req.http.Cookie;
}

sub vcl_backend_fetch {
    # A retry goes to the next instance of the round robin. Public pages go to the ready ones,
    # or to any when none is: right after the database comes back the probes need a second or two
    # to pass again, while the instances can render already (and refresh, emptying this cache).
    if (bereq.http.X-Ect-Any-Instance || !std.healthy(site.backend())) {
        set bereq.backend = site_any.backend();
    } else {
        set bereq.backend = site.backend();
    }
}

sub vcl_backend_response {
    # An instance that answered with its previous copy while it re-renders (its page cache or
    # Next marked it STALE): keep it a quarter of a second only, then ask again (one request a
    # quarter second per page reaches the instances; readers see the new page soon after).
    if (beresp.http.x-page-cache == "STALE" || beresp.http.x-nextjs-cache == "STALE") {
        set beresp.ttl = 0.25s;
    }
    # An instance that is busy or failing: another one is asked (a GET or HEAD only; not the
    # staff's 503 while the database is down, which every instance would give).
    if (beresp.status >= 500 && bereq.retries < 6 && (bereq.method == "GET" || bereq.method == "HEAD") && !(beresp.status == 503 && bereq.http.X-Ect-Any-Instance)) {
        return (retry);
    }
    # Copies are kept a day past their time, to be served while no instance can answer.
    set beresp.grace = 24h;
}

sub vcl_backend_error {
    # The instance could not be reached (killed, restarting): ask the next one. Until its probe
    # fails (1-2 s) the round robin still names it, and a retry may land on it again: up to six
    # (varnishd -p max_retries=6), each refused at once.
    if (bereq.retries < 6 && (bereq.method == "GET" || bereq.method == "HEAD")) {
        return (retry);
    }
    # No instance answered: a Thai page rather than Varnish's own.
    set beresp.http.Content-Type = "text/html; charset=utf-8";
    set beresp.http.Cache-Control = "no-store";
    set beresp.http.Retry-After = "5";
    synthetic({"<!doctype html><html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>ระบบไม่พร้อมให้บริการชั่วคราว</title></head><body style="font-family:sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.6"><h1>ระบบไม่พร้อมให้บริการชั่วคราว</h1><p>กรุณาลองใหม่อีกครั้งในอีกสักครู่</p></body></html>"});
    return (deliver);
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.x-front-cache = "HIT";
    } else {
        set resp.http.x-front-cache = "MISS";
    }
}
