"""Self-evaluation checks (EV-*): weights, score and grade recomputation, explanations of gaps."""
