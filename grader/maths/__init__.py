"""The shared maths language: reading text into statements, the semantic model, probability terms and the interpreters that evaluate them."""
