"""Demo data: one realistic workshop and a Kyrgyz action plan, or the large yardstick database."""
