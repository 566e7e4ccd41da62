// Parses every readability-corpus page with libxml2 and gumbo, prints ms/page, and dumps the
// paragraph structure of a tag-soup page so the two trees can be compared.
// Build: g++ -O2 -std=c++20 parser_compare.cpp $(pkg-config --cflags --libs libxml-2.0 gumbo)
#include <libxml/HTMLparser.h>
#include <gumbo.h>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

static std::string slurp(const std::filesystem::path &p) {
    std::ifstream f(p, std::ios::binary); std::stringstream s; s << f.rdbuf(); return s.str();
}
static void dumpXml(xmlNode *n, int depth) {
    for (; n; n = n->next) {
        if (n->type == XML_ELEMENT_NODE) {
            std::string name = (const char *)n->name;
            if (name == "p" || name == "div" || name == "table" || name == "font" || name == "b" || name == "i") {
                xmlChar *t = xmlNodeGetContent(n);
                std::string txt = (const char *)t; xmlFree(t);
                for (auto &c : txt) if (c == '\n') c = ' ';
                printf("%*s<%s> %.60s\n", depth * 2, "", name.c_str(), txt.c_str());
            }
            dumpXml(n->children, depth + 1);
        }
    }
}
static void dumpGumbo(GumboNode *n, int depth);
static std::string gtext(GumboNode *n) {
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE) return n->v.text.text;
    if (n->type != GUMBO_NODE_ELEMENT) return {};
    std::string s; for (unsigned i = 0; i < n->v.element.children.length; ++i) s += gtext((GumboNode *)n->v.element.children.data[i]);
    return s;
}
static void dumpGumbo(GumboNode *n, int depth) {
    if (n->type != GUMBO_NODE_ELEMENT) return;
    std::string name = gumbo_normalized_tagname(n->v.element.tag);
    if (name == "p" || name == "div" || name == "table" || name == "font" || name == "b" || name == "i") {
        std::string txt = gtext(n); for (auto &c : txt) if (c == '\n') c = ' ';
        printf("%*s<%s> %.60s\n", depth * 2, "", name.c_str(), txt.c_str());
    }
    for (unsigned i = 0; i < n->v.element.children.length; ++i) dumpGumbo((GumboNode *)n->v.element.children.data[i], depth + 1);
}
int main(int argc, char **argv) {
    std::string corpus = argc > 1 ? argv[1] : "/work/shared/corpora/readability-test-pages";
    std::vector<std::string> pages;
    for (auto &e : std::filesystem::directory_iterator(corpus))
        if (std::filesystem::exists(e.path() / "source.html")) pages.push_back(slurp(e.path() / "source.html"));
    size_t bytes = 0; for (auto &p : pages) bytes += p.size();
    const int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_NOBLANKS;
    for (int round = 0; round < 3; ++round) {
        auto t0 = std::chrono::steady_clock::now();
        for (auto &p : pages) { htmlDocPtr d = htmlReadMemory(p.data(), int(p.size()), nullptr, "UTF-8", opts); xmlFreeDoc(d); }
        auto t1 = std::chrono::steady_clock::now();
        for (auto &p : pages) { GumboOutput *o = gumbo_parse_with_options(&kGumboDefaultOptions, p.data(), p.size()); gumbo_destroy_output(&kGumboDefaultOptions, o); }
        auto t2 = std::chrono::steady_clock::now();
        double a = std::chrono::duration<double, std::milli>(t1 - t0).count() / pages.size();
        double b = std::chrono::duration<double, std::milli>(t2 - t1).count() / pages.size();
        printf("round %d: %zu pages, %.0f KB avg: libxml2 %.2f ms/page, gumbo %.2f ms/page (x%.1f)\n", round, pages.size(), bytes / 1024.0 / pages.size(), a, b, b / a);
    }
    if (argc > 2) {
        std::string soup = slurp(argv[2]);
        htmlDocPtr d = htmlReadMemory(soup.data(), int(soup.size()), nullptr, "UTF-8", opts);
        printf("--- libxml2 tree\n"); dumpXml(xmlDocGetRootElement(d), 0); xmlFreeDoc(d);
        GumboOutput *o = gumbo_parse(soup.c_str());
        printf("--- gumbo tree\n"); dumpGumbo(o->root, 0); gumbo_destroy_output(&kGumboDefaultOptions, o);
    }
}
