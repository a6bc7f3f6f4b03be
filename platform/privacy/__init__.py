"""Privacy for free text that others read: the privacy guard (no data that
identifies a child) and the HTML sanitiser. Every pillar's forms use them."""
