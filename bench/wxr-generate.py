#!/usr/bin/env python3
"""Writes a WordPress export (WXR 1.2) of N Hebrew posts to a file, streaming (flat memory).

usage: bench/wxr-generate.py POSTS OUT.xml

Posts rotate over 40 categories (a quarter nested under another), 400 tags, 12 authors; bodies are
classic WordPress content (bare paragraphs separated by blank lines, a heading, a [caption]-less
image link, now and then an unknown shortcode), about 2.5 KB of Hebrew each; every 20th post is a
draft with no GMT time, every 50th is scheduled, a few are password-protected. Deterministic.
"""
import random
import sys
import urllib.parse
from datetime import datetime, timedelta

WORDS = ("ישראל מחזקת את קשריה עם רוסיה סדרת הפגישות של שליח נתניהו צה\"ל הרמטכ\"ל ביטחון מדיני "
         "ממשלה כנסת בחירות כלכלה שוק ההון ריבית בנק ישראל חינוך בריאות תחבורה דיור ירושלים תל-אביב "
         "חיפה באר-שבע הגליל הנגב משטרה בית המשפט העליון ג'יהאדיסטים HTS סוריה לבנון איראן וושינגטון "
         "שיחות הסכם הודעה רשמית לפי הדיווח גורמים מדיניים אמרו הערב כי הנושא יידון בשבוע הבא").split()


def slug(text):
    return urllib.parse.quote(text.replace(" ", "-").replace('"', "").replace("'", "")).lower()


def sentence(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n)) + "."


def main():
    posts, out_path = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(7)
    cats = [f"מדור {i}" for i in range(40)]
    tags = [f"נושא {i}" for i in range(400)]
    authors = [(f"writer{i}", f"כתב מספר {i}") for i in range(12)]
    with open(out_path, "w", encoding="utf-8") as out:
        w = out.write
        w('<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" '
          'xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" '
          'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n'
          '<title>חדשות הבנצ\'מרק</title>\n<link>https://bench.example.co.il</link>\n'
          '<wp:wxr_version>1.2</wp:wxr_version>\n<wp:base_blog_url>https://bench.example.co.il</wp:base_blog_url>\n')
        for login, name in authors:
            w(f"<wp:author><wp:author_login>{login}</wp:author_login>"
              f"<wp:author_display_name><![CDATA[{name}]]></wp:author_display_name></wp:author>\n")
        for i, c in enumerate(cats):
            parent = slug(cats[i - 10]) if i >= 30 else ""
            w(f"<wp:category><wp:category_nicename>{slug(c)}</wp:category_nicename>"
              f"<wp:category_parent>{parent}</wp:category_parent><wp:cat_name><![CDATA[{c}]]></wp:cat_name></wp:category>\n")
        for t in tags:
            w(f"<wp:tag><wp:tag_slug>{slug(t)}</wp:tag_slug><wp:tag_name><![CDATA[{t}]]></wp:tag_name></wp:tag>\n")
        start = datetime(2015, 1, 1)
        for n in range(1, posts + 1):
            when = start + timedelta(minutes=53 * n)
            title = sentence(rng, 7)[:-1] + f" {n}"
            name = slug(" ".join(title.split()[:4])) + f"-{n}"
            paras = [sentence(rng, rng.randint(25, 45)) for _ in range(5)]
            body = "\n\n".join(paras[:2]) + "\n\n<h2>" + sentence(rng, 4) + "</h2>\n\n" + "\n\n".join(paras[2:])
            if n % 97 == 0:
                body += "\n\n[contact-form-7 id=\"3\"]"
            status, gmt, password = "publish", when.strftime("%Y-%m-%d %H:%M:%S"), ""
            if n % 20 == 0:
                status, gmt = "draft", "0000-00-00 00:00:00"
            elif n % 50 == 1:
                status, gmt = "future", (datetime(2031, 1, 1) + timedelta(hours=n)).strftime("%Y-%m-%d %H:%M:%S")
            elif n % 1000 == 7:
                password = "secret"
            local = (when + timedelta(hours=2)).strftime("%Y-%m-%d %H:%M:%S")
            login = authors[n % len(authors)][0]
            cat = cats[n % len(cats)]
            w(f"<item><title><![CDATA[{title}]]></title>\n"
              f"<link>https://bench.example.co.il/{when:%Y/%m/%d}/{name}/</link>\n"
              f"<dc:creator><![CDATA[{login}]]></dc:creator>\n"
              f"<guid isPermaLink=\"false\">https://bench.example.co.il/?p={n}</guid>\n"
              f"<content:encoded><![CDATA[{body}]]></content:encoded>\n"
              f"<excerpt:encoded><![CDATA[{sentence(rng, 12)}]]></excerpt:encoded>\n"
              f"<wp:post_id>{n}</wp:post_id><wp:post_date>{local}</wp:post_date>"
              f"<wp:post_date_gmt>{gmt}</wp:post_date_gmt>\n"
              f"<wp:post_name><![CDATA[{name}]]></wp:post_name><wp:status>{status}</wp:status>"
              f"<wp:post_parent>0</wp:post_parent><wp:post_type>post</wp:post_type>"
              f"<wp:post_password>{password}</wp:post_password><wp:is_sticky>0</wp:is_sticky>\n"
              f"<category domain=\"category\" nicename=\"{slug(cat)}\"><![CDATA[{cat}]]></category>\n")
            for t in rng.sample(tags, 4):
                w(f"<category domain=\"post_tag\" nicename=\"{slug(t)}\"><![CDATA[{t}]]></category>\n")
            w("</item>\n")
        w("</channel>\n</rss>\n")


if __name__ == "__main__":
    main()
