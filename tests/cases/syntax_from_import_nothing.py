from  import x
