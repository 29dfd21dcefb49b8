package nertrain

// LoadCourt reads the hand-labelled court documents.
func LoadCourt(shared, dir string) ([]Doc, error) {
	return nil, nil
}
