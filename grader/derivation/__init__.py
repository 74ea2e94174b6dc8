"""The derivation question: a problem file, the step checker, diagnosis of misconceptions, the worked solution and what a student may see."""
