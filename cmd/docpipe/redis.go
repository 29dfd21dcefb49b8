package main

import "github.com/redis/rueidis"

type rueidisEntry = rueidis.XRangeEntry

func isNil(err error) bool { return rueidis.IsRedisNil(err) }
