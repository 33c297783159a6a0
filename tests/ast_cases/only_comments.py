# only a comment

   # another, indented
