package scrape

import (
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
	for _, tok := range []string{"commentary", "commentator", "opinion-commentary-body", "content", "article-body", "recommended", "comm"} {
		if commentName(tok) {
			t.Errorf("%q is read as a comment section", tok)
		}
	}
}

// The readers' comments under a story, inside the container extraction
// chooses, are not the story; a story wrapped in a block named for its
// comments is.
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
	wrapped := `<html><body><div class="comments-on"><article><h1>Schools shut</h1><p>` + story + `</p><p>` + story + `</p></article></div></body></html>`
	a, err = ExtractHTML([]byte(wrapped), "text/html", nil, ExtractOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "14 schools") {
		t.Errorf("a story inside a block named for comments is lost:\n%s", a.Text)
	}
}
