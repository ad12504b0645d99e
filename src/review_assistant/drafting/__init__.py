"""Rendering results for people: markdown, text tables, the review-opinion .docx, batch workbooks."""
