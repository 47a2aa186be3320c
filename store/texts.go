package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// TextReads reads the articles' main texts back, as the rules read them:
// what `claimtrack rules misses --store` searches for a metric's misses.
type TextReads interface {
	// ArticleTexts calls fn with the stored text of each article q
	// selects, in the order they were stored, until fn returns an error.
	ArticleTexts(ctx context.Context, q TextQuery, fn func(ArticleText) error) error
	// ArticlesWithoutText counts the articles q selects whose words are
	// not stored: neither their text nor that of an article with the same
	// text (an exact copy's original). They were stored before claimtrack
	// kept texts, or their text is past retention.
	ArticlesWithoutText(ctx context.Context, q TextQuery) (int, error)
}

// TextQuery selects stored articles: those fetched since a time (all when
// zero), of one source (all when empty).
type TextQuery struct {
	Since  time.Time
	Source string
}

// where is the query's condition on articles a, and its arguments.
func (q TextQuery) where() (string, []any) {
	cond, args := "a.fetched_ms >= ?", []any{ms(q.Since)}
	if q.Source != "" {
		cond += " AND a.source = ?"
		args = append(args, q.Source)
	}
	return cond, args
}

// ArticleText is a stored article's main text and where it came from.
type ArticleText struct {
	ArticleID    int64
	Source       string
	CanonicalURL string
	// Published is the article's date (the zero time for an undated
	// archive's), which the rules read years against.
	Published time.Time
	Fetched   time.Time
	Text      string
}

const (
	sqlPutText = `INSERT INTO article_texts (article_id, fetched_ms, text) VALUES (?, ?, ?)
	ON CONFLICT (article_id) DO UPDATE SET fetched_ms = excluded.fetched_ms, text = excluded.text`
	sqlDeleteText = `DELETE FROM article_texts WHERE article_id = ?`
)

// putText stores an article's text in the transaction that stores the
// article, replacing the text of an earlier version. An article stored
// without a text (an exact copy, whose words are its original's) keeps
// none: a stored text is always the words of the article's text hash.
func (t *Tx) putText(ctx context.Context, articleID int64, fetched time.Time, text string) error {
	var err error
	if text == "" {
		_, err = t.s.exec(ctx, t.tx, sqlDeleteText, articleID)
	} else {
		_, err = t.s.exec(ctx, t.tx, sqlPutText, articleID, ms(fetched), text)
	}
	return err
}

// ArticleText returns the text stored for the article at canonicalURL
// (its version read last), in the transaction; ok is false when none is
// kept (a new article, one stored before claimtrack kept texts, or past
// retention).
func (t *Tx) ArticleText(ctx context.Context, canonicalURL string) (text string, ok bool, err error) {
	err = t.s.qrow(ctx, t.tx, `SELECT t.text FROM article_texts t JOIN articles a ON a.id = t.article_id WHERE a.canonical_url = ?`, canonicalURL).Scan(&text)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	if err != nil {
		return "", false, fmt.Errorf("store: text of %s: %w", canonicalURL, err)
	}
	return text, true, nil
}

// textPage is how many texts ArticleTexts reads in one query: a page of
// texts in memory at a time, and no read held open while fn works.
const textPage = 100

// ArticleTexts reads the selected texts a page at a time, by article id.
func (s *sqlStore) ArticleTexts(ctx context.Context, q TextQuery, fn func(ArticleText) error) error {
	cond, args := q.where()
	query := `SELECT a.id, a.source, a.canonical_url, a.published_ms, a.fetched_ms, t.text FROM article_texts t JOIN articles a ON a.id = t.article_id
		WHERE t.article_id > ? AND ` + cond + ` ORDER BY t.article_id LIMIT ?`
	var after int64
	for {
		rows, err := s.query(ctx, nil, query, append(append([]any{after}, args...), textPage)...)
		if err != nil {
			return fmt.Errorf("store: read article texts: %w", err)
		}
		page, err := collect(rows, func(r *sql.Rows) (t ArticleText, err error) {
			var published, fetched int64
			err = r.Scan(&t.ArticleID, &t.Source, &t.CanonicalURL, &published, &fetched, &t.Text)
			t.Published, t.Fetched = fromMS(published), fromMS(fetched)
			return t, err
		})
		if err != nil {
			return fmt.Errorf("store: read article texts: %w", err)
		}
		for _, t := range page {
			if err := fn(t); err != nil {
				return err
			}
		}
		if len(page) < textPage {
			return nil
		}
		after = page[len(page)-1].ArticleID
	}
}

// ArticlesWithoutText counts the selected articles whose words no stored
// text holds. An exact copy shares its original's text hash (the articles
// index has it), and is read as its original.
func (s *sqlStore) ArticlesWithoutText(ctx context.Context, q TextQuery) (int, error) {
	cond, args := q.where()
	var n int
	err := s.qrow(ctx, nil, `SELECT COUNT(*) FROM articles a WHERE `+cond+`
		AND NOT EXISTS (SELECT 1 FROM articles o JOIN article_texts t ON t.article_id = o.id WHERE o.text_hash = a.text_hash)`, args...).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("store: count articles without text: %w", err)
	}
	return n, nil
}
