# Sample modelled on the "data reordering" obfuscation of arXiv 2512.04338: the statement to run
# is assembled from chr() calls so that no keyword appears in the file.
exec(chr(112) + chr(114) + chr(105) + chr(110) + chr(116) + chr(40) + chr(39) + chr(115) + chr(97)
     + chr(109) + chr(112) + chr(108) + chr(101) + chr(39) + chr(41))
