"""The fairness monitor (issue 16, item 3): exposure of priority groups in search,
recommendations and employers' candidate lists, against their share of the eligible pool."""
