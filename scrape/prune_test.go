package scrape

import (
	"fmt"
	"strings"
	"testing"
)

func TestCommentName(t *testing.T) {
	for _, tok := range []string{"comments", "comment", "Comments", "comment-list", "commentlist", "article-comments", "post-comments",
		"comments_area", "pane-aclu-social-comments", "pb-f-page-comments", "disqus_thread", "comentarios", "kommentare", "commentaires",
		"comment-wrapper", "commentsBox"} {
		if !commentName(tok) {
			t.Errorf("%q is not read as a comment section", tok)
		}
	}
	for _, tok := range []string{"commentary", "commentator", "opinion-commentary-body", "content", "article-body", "recommended", "comm",
		"has-comments", "comments-open", "comments-closed", "no-comments", "comments-enabled", "comments_on",
		"comments-enabled-story", "story--has-comments-true", "post-comments-open-article", "comment-count", "comments_number"} {
		if commentName(tok) {
			t.Errorf("%q is read as a comment section", tok)
		}
	}
}

// The readers' comments under a story, inside the container extraction
// chooses, are not the story; a story wrapped whole in a block named for
// its comments (which a theme may do) is.
func TestExtractDropsComments(t *testing.T) {
	story := strings.Repeat("The council said on Monday that 14 schools in the valley would stay shut until the water had gone down. ", 4)
	comment := "What a disgrace, the council knew about the drains for years."
	page := `<html><body><div class="article-body"><h1>Schools shut</h1><p>` + story + `</p><p>` + story + `</p>` +
		`<div id="comments" class="comment-wrapper"><h3>27 comments</h3><div class="comment"><p>Anonymous</p><p>` + comment +
		`</p><p>reply</p></div></div></div></body></html>`
	a, err := ExtractHTML([]byte(page), "text/html", nil, ExtractOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "disgrace") || strings.Contains(a.Text, "27 comments") || !strings.Contains(a.Text, "14 schools") {
		t.Errorf("comments kept or story lost:\n%s", a.Text)
	}
	wrapped := `<html><body><div id="comments-area"><article><h1>Schools shut</h1><p>` + story + `</p><p>` + story + `</p></article></div></body></html>`
	a, err = ExtractHTML([]byte(wrapped), "text/html", nil, ExtractOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "14 schools") {
		t.Errorf("a story inside a block named for comments is lost:\n%s", a.Text)
	}
}

// A story whose second half is hidden behind "read more" keeps it, and the
// page's widgets stay out; a menu hidden the same way stays hidden, and so
// does a list of topics hidden by a class that is only "hidden".
func TestExtractShowsHiddenRestOfStory(t *testing.T) {
	para := func(i int) string {
		return fmt.Sprintf("<p>Paragraph %d: the council said on Monday that %d schools in the valley would stay shut until the water had gone down, and that buses would run from Wednesday.</p>", i, 10+i)
	}
	var rest strings.Builder
	for i := 1; i < 20; i++ {
		rest.WriteString(para(i))
	}
	page := `<html><body><div class="articleInner"><div class="articleContent">` + para(0) +
		`<div class="toggle-group hideOnInit">` + rest.String() + `</div></div>` +
		`<div class="related_stories widget"><h3>You might also like</h3><div><p>Mayor resigns after a year of rows over the port contract</p><p>Storm season starts early on the coast this year</p></div></div>` +
		`<div class="menu hidden"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></div>` +
		`<ul class="hidden"><li>Politics &amp; Government</li><li>Arts &amp; Entertainment</li></ul>` +
		`</div></body></html>`
	a, err := ExtractHTML([]byte(page), "text/html", nil, ExtractOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 20 {
		if !strings.Contains(a.Text, fmt.Sprintf("Paragraph %d:", i)) {
			t.Errorf("paragraph %d lost:\n%s", i, a.Text)
		}
	}
	for _, junk := range []string{"You might also like", "Mayor resigns", "Sport", "Politics"} {
		if strings.Contains(a.Text, junk) {
			t.Errorf("%q kept:\n%s", junk, a.Text)
		}
	}
}

func TestHidingToken(t *testing.T) {
	for _, tok := range []string{"hidden", "hide", "hideOnInit", "is-hidden", "u-visually-hidden", "js-continue-reading-hidden", "HIDDEN"} {
		if !hidingToken(tok) {
			t.Errorf("%q is not read as hiding", tok)
		}
	}
	for _, tok := range []string{"hi", "content", "article-body", "show", "toggle-group"} {
		if hidingToken(tok) {
			t.Errorf("%q is read as hiding", tok)
		}
	}
}

// A picture's caption is read as a paragraph where the picture stands; a
// figure without a caption leaves nothing.
func TestExtractKeepsCaptions(t *testing.T) {
	story := strings.Repeat("The council said on Monday that the schools in the valley would stay shut until the water had gone down. ", 3)
	page := `<html><body><article><h1>Under the streets</h1><p>` + story + `</p>` +
		`<figure class="media photo"><img src="a.jpg"><figcaption class="caption"><span class="caption-text">There are typically between 400 and 600 water main breaks each year, an official said.</span> <span class="credit">Credit Jane Roe</span></figcaption></figure>` +
		`<p>` + story + `</p><figure><img src="b.jpg"></figure></article></body></html>`
	a, err := ExtractHTML([]byte(page), "text/html", nil, ExtractOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "between 400 and 600 water main breaks each year") {
		t.Errorf("caption lost:\n%s", a.Text)
	}
}

// A short story wrapped whole in a hidden block (shown by a script once the
// page loads) is the story, not a hidden block.
func TestExtractKeepsStoryHiddenWhole(t *testing.T) {
	page := `<html><body><div class="hidden"><article><h1>Schools shut</h1><p>Flooding closed 14 schools in the valley on Monday, the council said, and buses will run from Wednesday.</p>` +
		`<p>Exams set for Thursday move to next week, the education office said.</p></article></div></body></html>`
	a, err := ExtractHTML([]byte(page), "text/html", nil, ExtractOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "Flooding closed 14 schools") || !strings.Contains(a.Text, "Exams set for Thursday") {
		t.Errorf("story lost:\n%s", a.Text)
	}
}

func TestHiddenOutright(t *testing.T) {
	for _, class := range []string{"hidden", "menu hide", "is-hidden share", "d-none", "Hidden", "d-none d-md-none"} {
		if !hiddenOutright(class) {
			t.Errorf("%q is not read as hidden", class)
		}
	}
	for _, class := range []string{"hidden md:block", "d-none d-lg-block", "hidden-xs", "toggle hideOnInit", "overflow-hidden", "shown"} {
		if hiddenOutright(class) {
			t.Errorf("%q is read as hidden outright", class)
		}
	}
}

func TestCaptionToken(t *testing.T) {
	for _, tok := range []string{"caption", "media-caption", "wp-caption-text", "inline-video-caption", "captiontext", "image_caption", "photocaption"} {
		if !captionToken(tok) {
			t.Errorf("%q is not read as a caption", tok)
		}
	}
	for _, tok := range []string{"no_caption", "has-caption", "buzz_attr_no_caption", "with-caption", "media", "captain", "copy"} {
		if captionToken(tok) {
			t.Errorf("%q is read as a caption", tok)
		}
	}
}
